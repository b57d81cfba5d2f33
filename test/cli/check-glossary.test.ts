import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixture} from './check-helpers.js'
import {root, runCli, tempDir} from './run-cli.js'

// Saved by Excel: BOM, CRLF rows, a quoted comma, doubled quotes, a line break inside a cell,
// an empty row, a repeated row, an unknown status and a quote that is never closed.
const teamCsv = fixture('team-glossary.csv')

interface JsonGlossary {
  concepts: Array<{terms: Array<{text: string; lang: string; status: string}>; note?: string}>
}

describe('tolmach glossary import', () => {
  it('says which layout it read, lists every unusable row with its place and keeps the good ones', () => {
    expect(readFileSync(path.join(root, teamCsv)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    const out = path.join(tempDir(), 'team.json')
    const run = runCli(['glossary', 'import', teamCsv, '-o', out])
    expect(run.status).toBe(1)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      `${teamCsv}:4:1: error row has no term in any language column; skipped [glossary-row-empty]`,
      `${teamCsv}:8:1: info merged into the concept from line 7 (shared term "Госдеп") [glossary-duplicate]`,
      `${teamCsv}:9:27: error unknown status "sometimes": "Republic of Kazakhstan" is read as admitted, not preferred [glossary-cell-invalid]`,
      `${teamCsv}:10:1: error quoted field is never closed; this line was skipped and reading resumed on the next line [glossary-row-unreadable]`,
      `${teamCsv}: generic-csv layout, utf-8 (BOM): 6 concepts, 12 terms`,
      `Wrote 6 concepts → ${out} (2 unusable rows reported above)`
    ])
    const glossary = JSON.parse(readFileSync(out, 'utf8')) as JsonGlossary
    const pairs = glossary.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}`).join(' = '))
    expect(pairs).toEqual([
      'ru:критические минералы = en:critical minerals',
      'ru:МИД = en:Ministry of Foreign Affairs',
      'ru:цепочки поставок = en:supply chains, minerals',
      'ru:Госдеп = en:State Department',
      'ru:РК = en:Republic of Kazakhstan',
      'ru:Кошербаев = en:Yermek Kosherbayev'
    ])
    expect(glossary.concepts.map((c) => c.note)).toEqual(['USGS term, plural', 'short form: "MFA" is not used', 'a quoted comma\ninside a note', 'repeated row', 'unknown status', undefined])
  })

  it('writes TBX-Basic, CSV and OmegaT TSV that import back to the same termbase', () => {
    const dir = tempDir()
    for (const ext of ['tbx', 'csv', 'tsv']) {
      const out = path.join(dir, `team.${ext}`)
      expect(runCli(['glossary', 'import', teamCsv, '-o', out, '--quiet']).status).toBe(1)
      const back = path.join(dir, `back-${ext}.json`)
      const run = runCli(['glossary', 'import', out, '-o', back])
      expect(run.status).toBe(0)
      const concepts = (JSON.parse(readFileSync(back, 'utf8')) as JsonGlossary).concepts
      expect(concepts).toHaveLength(6)
      expect(concepts.map((c) => c.terms.find((t) => t.lang === 'en')?.text)).toContain('supply chains, minerals')
    }
    expect(readFileSync(path.join(dir, 'team.tbx'), 'utf8')).toContain('<martif type="TBX-Basic"')
    expect(runCli(['glossary', 'import', teamCsv, '-o', path.join(dir, 'v3.tbx'), '--to', 'tbx-2019', '--quiet']).status).toBe(1)
    expect(readFileSync(path.join(dir, 'v3.tbx'), 'utf8')).toMatch(/<tbx\b[^>]*type="TBX-Basic"/)
  })

  it('says what the output format cannot hold: OmegaT loses the termbase\'s statuses and examples, CSV nothing', () => {
    const dir = tempDir()
    const tsv = runCli(['glossary', 'import', 'glossary/termbase.csv', '-o', path.join(dir, 'tb.tsv')])
    expect(tsv.status).toBe(0)
    const losses = tsv.stderr.split('\n').filter((l) => l.includes('cannot hold'))
    expect(losses.map((l) => l.replace(/^.* cannot hold ([^;(]+?)[;(].*$/, '$1').trim())).toEqual(expect.arrayContaining(['term statuses', 'domains', 'example sentences']))
    expect(losses[0]).toMatch(/; this affects \d+ concepts \(the first: [\w-]+\); \.csv and \.json keep everything$/)
    expect(runCli(['glossary', 'import', 'glossary/termbase.csv', '-o', path.join(dir, 'tb.csv')]).stderr).not.toContain('cannot hold')
    const ru = runCli(['glossary', 'import', 'glossary/termbase.csv', '-o', path.join(dir, 'tb2.tsv')], {env: {TOLMACH_LANG: 'ru'}})
    expect(ru.stderr).toMatch(/нет места для данных «примеры»; затронуто: \d+ понят/)
  })

  it('exits 2 without -o, on an unknown output format and on a missing file', () => {
    expect(runCli(['glossary', 'import', teamCsv]).status).toBe(2)
    expect(runCli(['glossary', 'import', teamCsv, '-o', path.join(tempDir(), 'x.docx')])).toMatchObject({status: 2, stderr: expect.stringContaining('cannot tell the output format')})
    expect(runCli(['glossary', 'import', 'nope.csv', '-o', path.join(tempDir(), 'x.tbx')])).toMatchObject({status: 2, stderr: 'error: nope.csv: no such file\n'})
  })

  it('reports in Russian', () => {
    const out = path.join(tempDir(), 'team.tbx')
    const run = runCli(['glossary', 'import', teamCsv, '-o', out], {env: {TOLMACH_LANG: 'ru'}})
    expect(run.stderr).toContain(`${teamCsv}: формат generic-csv, кодировка utf-8 (BOM): 6 понятий, 12 терминов`)
    expect(run.stderr).toContain(`Записано 6 понятий → ${out} (2 непригодные строки, см. выше)`)
  })
})

describe('tolmach glossary import --merge (issue 10 §3)', () => {
  it('two sheets with Russian headers: concepts sharing a term become one, each merge and status conflict named at its row', () => {
    const [a, b] = [fixture('glossary-ru-headers.csv'), fixture('glossary-ru-headers-bom.csv')]
    const out = path.join(tempDir(), 'merged.json')
    const run = runCli(['glossary', 'import', a, b, '--merge', '-o', out])
    expect(run.stderr.split('\n').filter((l) => / (info|warning|error) /.test(l))).toEqual([
      `${b}:2:1: warning “ambassador” is admitted here but preferred in the concept it was merged into; preferred is kept [glossary-status-conflict]`,
      `${b}:2:1: info c1 merged into c1 of ${a} (shared term “ambassador”) [glossary-merged]`,
      `${b}:3:1: warning “Foreign Ministry” is forbidden here but preferred in the concept it was merged into; preferred is kept [glossary-status-conflict]`,
      `${b}:3:18: info c2 merged into c2 of ${a} (shared term “МИД”) [glossary-merged]`,
      `${a}:5:47: error unknown status "ок": "critical minerals" is read as admitted, not preferred [glossary-cell-invalid]`
    ])
    expect(run.stderr).toContain('Wrote 4 concepts')
    expect(run.stderr).toContain('(0 unusable rows reported above)')
    const glossary = JSON.parse(readFileSync(out, 'utf8')) as JsonGlossary
    expect(glossary.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`).join(' '))).toEqual([
      'ru:посол:preferred en:ambassador:preferred',
      'ru:МИД:preferred en:Foreign Ministry:preferred',
      'ru:министерство иностранных дел:preferred en:MFA:forbidden',
      'ru:критически важные минералы:preferred en:critical minerals:admitted'
    ])
    // Without --merge the concepts stay side by side.
    const apart = runCli(['glossary', 'import', a, b, '-o', path.join(tempDir(), 'apart.json')])
    expect(apart.stderr).toContain('Wrote 6 concepts')
  })

  it('lint of both files names a term another file\'s concept also has', () => {
    const [a, b] = [fixture('glossary-ru-headers.csv'), fixture('glossary-ru-headers-bom.csv')]
    const run = runCli(['glossary', 'lint', a, b, '-f', 'json'])
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; file: string; message: string; place: {start: {line: number; column: number}}}>}).findings
    expect(found.filter((f) => f.ruleId === 'glossary-duplicate-term').map((f) => `${f.file}:${f.place.start.line}:${f.place.start.column} ${f.message}`)).toEqual([
      `${b}:2:1 “ambassador” of c1 is also a term of c1 in ${a}`,
      `${b}:3:18 “МИД” of c2 is also a term of c2 in ${a}`
    ])
  })
})

describe('tolmach glossary lint', () => {
  it('finds duplicates after normalisation, conflicting statuses, concepts without translation and failing examples', () => {
    const file = fixture('lint-glossary.csv')
    const run = runCli(['glossary', 'lint', file, '-f', 'json'])
    expect(run.status).toBe(1)
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; severity: string; place: {start: {line: number; column: number}}}>}).findings
    expect(found.map((f) => `${f.place.start.line}:${f.place.start.column} ${f.severity} ${f.ruleId}`)).toEqual([
      '2:115 error glossary-example-fails',
      '2:115 error glossary-example-fails',
      '3:12 warning glossary-duplicate-term',
      '3:34 warning glossary-duplicate-term',
      '4:1 warning glossary-no-translation',
      '6:1 warning glossary-status-conflict',
      '6:1 info glossary-duplicate'
    ])
  })

  it('passes the project termbase: every example passes the check', () => {
    const run = runCli(['glossary', 'lint', 'glossary/termbase.csv', '-f', 'json'])
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; severity: string; message: string}>}).findings
    expect(found.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([])
    expect(found.filter((f) => f.ruleId === 'glossary-example-fails')).toEqual([])
    expect(run.status).toBe(0)
  })
})
