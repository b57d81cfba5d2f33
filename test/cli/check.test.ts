import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {corpusPairs, fixture, glossary} from './check-helpers.js'
import {root, runCli, tempDir} from './run-cli.js'

const check = (args: string[], env: Record<string, string> = {}) => runCli(['check', '--no-config', '-g', glossary, ...args], {env})

describe('tolmach check on the project corpus', () => {
  it('finds no terminology errors in corpus/en with the project glossary (from tolmach.config.json)', () => {
    const pairs = corpusPairs()
    const run = runCli(['check', '--format', 'json', '--pair', ...pairs])
    const report = JSON.parse(run.stdout) as {counts: {error: number}; findings: Array<{ruleId: string; file: string; message: string; place: {start: {line: number}}}>}
    const errors = report.findings.filter((f) => (f as {severity?: string}).severity === 'error')
    expect(errors.map((f) => `${f.file}:${f.place.start.line} ${f.message} [${f.ruleId}]`)).toEqual([])
    expect(report.counts.error).toBe(0)
    expect(run.status).toBe(0)
    // The config was found and used: every pair of every release was checked.
    expect(run.stderr).toMatch(new RegExp(`^Checked \\d+ pairs in ${pairs.length} files: 0 errors, \\d+ warnings?\\n$`))
    expect(Number(/Checked (\d+) pairs/.exec(run.stderr)?.[1])).toBeGreaterThanOrEqual(pairs.length / 2 * 5)
  })
})

describe('tolmach check positions', () => {
  it('places XLIFF findings inside <target>, past markup and entities', () => {
    const run = check([fixture('release.xlf')])
    expect(run.status).toBe(1)
    const lines = run.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)).map((l) => l.trim().replace(/\s{2,}/g, ' | '))
    expect(lines).toEqual([
      '7:71 | error | “crucial minerals” is a forbidden rendering; use “critical minerals” | term-forbidden',
      '11:67 | error | “Yermek Kosherbaev” is a forbidden rendering; use “Yermek Kosherbayev” | term-forbidden',
      // One problem, one finding (issue 12): МИД left in Cyrillic is untranslated, not also missing.
      '15:57 | error | “МИД” is left untranslated (МИД): expected “Ministry of Foreign Affairs” or “Foreign Ministry” | term-untranslated'
    ])
    // The columns point at the words themselves in the file.
    const xml = readFileSync(path.join(root, fixture('release.xlf')), 'utf8').split('\n')
    expect(xml[6]!.slice(70, 86)).toBe('crucial minerals')
    expect(xml[10]!.slice(66, 83)).toBe('Yermek Kosherbaev')
    expect(xml[14]!.slice(56, 59)).toBe('МИД')
  })

  it('places XLIFF 2 findings inside <target>, past <pc> and entities', () => {
    const run = check([fixture('release.xlf2'), '-f', 'json'])
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; actual?: string; place: {start: {line: number; column: number}; end: {column: number}}}>}).findings
    expect(found.map((f) => `${f.place.start.line}:${f.place.start.column}-${f.place.end.column} ${f.ruleId} ${f.actual}`)).toEqual([
      '10:71-88 term-forbidden Yermek Kosherbaev',
      '10:100-116 term-forbidden crucial minerals'
    ])
  })

  it('places TMX, TSV and JSONL findings in their files and reports unusable rows without dropping the rest', () => {
    const run = check([fixture('memory.tmx'), fixture('pairs.tsv'), fixture('pairs.jsonl'), '-f', 'json'])
    expect(run.status).toBe(1)
    const found = (JSON.parse(run.stdout) as {findings: Array<{file: string; ruleId: string; actual?: string; place: {start: {line: number; column: number}}}>}).findings
    expect(found.map((f) => `${f.file}:${f.place.start.line}:${f.place.start.column} ${f.ruleId} ${f.actual ?? ''}`.trim())).toEqual([
      // The forbidden spelling is one term finding, not also a name spelled two ways.
      'test/cli/check-fixtures/memory.tmx:7:100 term-forbidden Yermek Kosherbaev',
      // Every pair check runs on these files too: the target ends without the source's full stop.
      'test/cli/check-fixtures/memory.tmx:7:116 end-punctuation none',
      'test/cli/check-fixtures/pairs.jsonl:1:60 term-forbidden Crucial minerals',
      'test/cli/check-fixtures/pairs.jsonl:2:1 check-jsonl-record',
      // Two spellings of a name once each across the inputs: the name check cannot tell which is the slip.
      'test/cli/check-fixtures/pairs.jsonl:3:71 name-mismatch Kosherbayev',
      // One rendering against the two of pairs.tsv: consistency is judged across all inputs.
      'test/cli/check-fixtures/pairs.jsonl:3:99 term-inconsistent Ministry of Foreign Affairs',
      'test/cli/check-fixtures/pairs.tsv:4:18 term-forbidden State Dept',
      'test/cli/check-fixtures/pairs.tsv:5:1 check-row-columns'
    ])
    expect(run.stderr).toBe('Checked 6 pairs in 3 files: 5 errors, 3 warnings\n')
  })

  it('places term-inconsistent on the one odd rendering among thousands, whose uses are kept on disk', {timeout: 120_000}, () => {
    // More uses than RecordSpill keeps in memory (4,096), so the majority's places are read back from its file.
    const dir = tempDir()
    const rows = Array.from({length: 6000}, (_, k) => (k === 5999 ? 'МИД сообщил.\tThe Ministry of Foreign Affairs said.' : `МИД сообщил ${k}.\tThe Foreign Ministry said ${k}.`))
    writeFileSync(path.join(dir, 'pairs.tsv'), `${rows.join('\n')}\n`)
    const run = check([path.join(dir, 'pairs.tsv'), '-f', 'json'])
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; actual?: string; place: {start: {line: number; column: number}}}>}).findings
    expect(found.filter((f) => f.ruleId === 'term-inconsistent').map((f) => `${f.place.start.line}:${f.place.start.column} ${f.actual}`)).toEqual(['6000:18 Ministry of Foreign Affairs'])
  })

  it('places findings of a Markdown pair in the English document', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ru.md'), '# Критические минералы\n\nМинистр иностранных дел Ермек Кошербаев встретился с представителями Госдепа.\n\nМИД сообщил, что стороны обсудили поставки критических минералов.\n')
    writeFileSync(path.join(dir, 'en.md'), '# Critical Minerals\n\nForeign Minister *Yermek Kosherbaev* met representatives of the State Department.\n\nThe Ministry said the sides discussed supplies of crucial minerals.\n')
    const run = check(['-f', 'json', '--pair', path.join(dir, 'ru.md'), path.join(dir, 'en.md')])
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; actual?: string; place: {start: {line: number; column: number}}}>}).findings
    expect(found.map((f) => `${f.place.start.line}:${f.place.start.column} ${f.ruleId} ${f.actual ?? ''}`.trim())).toEqual([
      // Emphasis the Russian does not have (a warning of @tolmach/check), then the terms.
      '3:18 markup-mismatch *',
      '3:19 term-forbidden Yermek Kosherbaev',
      '5:1 term-missing',
      '5:51 term-forbidden crucial minerals'
    ])
    expect(run.status).toBe(1)
  })
})

describe('tolmach check output formats', () => {
  const input = fixture('release.xlf')

  it('writes GitHub workflow commands and the job summary', () => {
    const dir = tempDir()
    const summary = path.join(dir, 'summary.md')
    writeFileSync(summary, '')
    const run = check(['--format', 'github', input], {GITHUB_STEP_SUMMARY: summary})
    expect(run.status).toBe(1)
    const commands = run.stdout.split('\n').filter(Boolean)
    expect(commands).toHaveLength(3)
    expect(commands[0]).toMatch(/^::error file=test\/cli\/check-fixtures\/release\.xlf,line=7,(end[lL]ine=7,)?col=71,.*title=term-forbidden.*::/)
    // Workflow command data escape their line breaks and percent signs; properties their commas and colons.
    for (const line of commands) expect(line).not.toMatch(/\r/)
    const text = readFileSync(summary, 'utf8')
    expect(text).toContain('term-untranslated')
    expect(text).toContain('release.xlf')
  })

  it('writes SARIF 2.1.0 with stable rule ids and descriptions', () => {
    const run = check(['--format', 'sarif', input])
    const log = JSON.parse(run.stdout) as {version: string; runs: Array<{tool: {driver: {name: string; rules: Array<{id: string; shortDescription?: {text: string}}>}}; results: Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number}}}>}>}>}
    expect(log.version).toBe('2.1.0')
    const [sarifRun] = log.runs
    expect(sarifRun!.tool.driver.name).toBe('tolmach')
    const rules = sarifRun!.tool.driver.rules.map((r) => r.id)
    expect(rules).toEqual(expect.arrayContaining(['term-forbidden', 'term-untranslated']))
    expect(sarifRun!.tool.driver.rules.find((r) => r.id === 'term-forbidden')?.shortDescription?.text).toBe('The target uses a forbidden or deprecated rendering.')
    const first = sarifRun!.results[0]!
    expect(first.ruleId).toBe('term-forbidden')
    expect(first.level).toBe('error')
    expect(first.locations[0]!.physicalLocation.region).toMatchObject({startLine: 7, startColumn: 71})
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe('test/cli/check-fixtures/release.xlf')
  })

  it('writes JUnit XML with one failure per finding', () => {
    const run = check(['--format', 'junit', input])
    expect(run.stdout).toMatch(/^<\?xml/)
    expect(run.stdout.match(/<failure\b/g)).toHaveLength(3)
    expect(run.stdout).toContain('release.xlf')
    expect(run.status).toBe(1)
  })

  it('writes GitLab Code Quality JSON', () => {
    const run = check(['--format', 'codequality', input])
    const issues = JSON.parse(run.stdout) as Array<{check_name: string; severity: string; location: {path: string; lines?: {begin: number}; positions?: {begin: {line: number}}}}>
    expect(issues.map((i) => i.check_name)).toEqual(['term-forbidden', 'term-forbidden', 'term-untranslated'])
    expect(issues[0]!.location.path).toBe('test/cli/check-fixtures/release.xlf')
    expect(issues[0]!.location.lines?.begin ?? issues[0]!.location.positions?.begin.line).toBe(7)
  })

  it('writes the report to a file with -o', () => {
    const out = path.join(tempDir(), 'terms.json')
    const run = check(['--format', 'json', '-o', out, input])
    expect(run.stdout).toBe('')
    expect((JSON.parse(readFileSync(out, 'utf8')) as {counts: {error: number}}).counts.error).toBe(3)
    expect(run.status).toBe(1)
  })
})

describe('tolmach check exit codes', () => {
  it('exits 0 on a clean file', () => {
    const dir = tempDir()
    const file = path.join(dir, 'clean.tsv')
    writeFileSync(file, 'ru\ten\nКритические минералы обсудили в МИД.\tCritical minerals were discussed at the Ministry of Foreign Affairs.\n')
    const run = check([file])
    expect(run).toEqual({status: 0, stdout: '', stderr: 'Checked 1 pair in 1 file: 0 errors, 0 warnings\n'})
  })

  it('warns about a file with nothing to check', () => {
    const file = path.join(tempDir(), 'untranslated.xlf')
    writeFileSync(file, '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a"><body><trans-unit id="1"><source>МИД</source></trans-unit></body></file></xliff>')
    const run = check([file])
    expect(run.stdout).toContain('1:1  warning  no translated ru → en pair in this file: nothing was checked  check-no-pairs')
    expect(run.status).toBe(0)
  })

  it('exits 1 on warnings only with --fail-on warning, 0 with --fail-on error', () => {
    const dir = tempDir()
    const file = path.join(dir, 'mixed.tsv')
    writeFileSync(file, 'ru\ten\nМИД сообщил.\tThe Ministry of Foreign Affairs said.\nМИД добавил.\tThe Foreign Ministry added.\nМИД отметил.\tThe Foreign Ministry noted.\n')
    expect(check([file]).status).toBe(0)
    expect(check([file, '--fail-on', 'warning']).status).toBe(1)
    expect(check([file, '--fail-on', 'never', '--format', 'json']).status).toBe(0)
  })

  it('exits 2 on usage and input errors', () => {
    expect(check(['test/cli/check-fixtures/missing.xlf'])).toMatchObject({status: 2, stderr: 'error: test/cli/check-fixtures/missing.xlf: no such file\n'})
    expect(check(['--format', 'html', fixture('release.xlf')])).toMatchObject({status: 2, stderr: expect.stringContaining('unknown format "html"')})
    expect(check(['--fail-on', 'sometimes', fixture('release.xlf')]).status).toBe(2)
    expect(check(['--pair', 'corpus/ru/a.md']).stderr).toContain('--pair takes documents two by two')
    expect(check([]).status).toBe(2)
    expect(check(['README.md'])).toMatchObject({status: 2, stderr: 'error: README.md: a Markdown document needs its translation: use --pair RU.md EN.md, or give both named ru/X.md and en/X.md (or X.ru.md and X.en.md)\n'})
    // No glossary is no usage error: an XLIFF has checks of its own (here Cyrillic left in the English target).
    expect(runCli(['check', '--no-config', fixture('release.xlf')])).toMatchObject({status: 1, stderr: 'Checked 3 pairs in 1 file: 1 error, 0 warnings\n'})
    const dir = tempDir()
    const broken = path.join(dir, 'broken.xlf')
    writeFileSync(broken, 'not XML at all')
    const run = check([broken])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(`${broken}:1:15: error`)
    expect(run.stderr).toContain(`Nothing checked: no translation pair could be read from ${broken}`)
    // A truncated file still yields its units: its problems are findings, the pair is checked.
    const truncated = path.join(dir, 'truncated.xlf')
    writeFileSync(truncated, '<xliff version="1.2"><file original="a"><body><trans-unit id="1"><source>МИД</source><target>MFA')
    const partial = check([truncated, '-f', 'json'])
    expect(partial.status).toBe(1)
    const rules = (JSON.parse(partial.stdout) as {findings: Array<{ruleId: string; severity: string; place: {start: {column: number}}}>}).findings.map((f) => `${f.ruleId}:${f.severity}:${f.place.start.column}`)
    expect(rules).toContain('term-forbidden:warning:94')
    expect(rules).toContain('xml-malformed:error:97')
  })
})

describe('tolmach check in Russian', () => {
  it('speaks Russian with TOLMACH_LANG=ru', () => {
    const run = check([fixture('release.xlf')], {TOLMACH_LANG: 'ru'})
    expect(run.stdout).toContain('«crucial minerals» — запрещённый вариант перевода; используйте «critical minerals»')
    expect(run.stdout).toContain('«МИД» оставлено без перевода (МИД): ожидается «Ministry of Foreign Affairs» или «Foreign Ministry»')
    expect(run.stdout).toContain('ошибка')
    expect(run.stderr).toBe('Проверка: 3 пары, 1 файл; 3 ошибки, 0 предупреждений\n')
    const usage = runCli(['check', '--no-config', fixture('release.xlf')], {env: {TOLMACH_LANG: 'ru'}})
    expect(usage.stderr).toBe('Проверка: 3 пары, 1 файл; 1 ошибка, 0 предупреждений\n')
    expect(usage.stdout).toContain('кириллица «МИД» в английском переводе')
    expect(runCli(['check', '--help'], {env: {TOLMACH_LANG: 'ru'}}).stdout).toContain('проверить терминологию переводов по глоссарию')
    const summary = path.join(tempDir(), 'summary.md')
    writeFileSync(summary, '')
    check(['--format', 'github', fixture('release.xlf')], {TOLMACH_LANG: 'ru', GITHUB_STEP_SUMMARY: summary})
    const text = readFileSync(summary, 'utf8')
    expect(text).toContain('Важность')
    expect(text).toContain('запрещённый вариант перевода')
    const clean = path.join(tempDir(), 'clean.md')
    writeFileSync(clean, '')
    check(['--format', 'github', fixture('release.xlf2'), '--fail-on', 'never'], {TOLMACH_LANG: 'ru', GITHUB_STEP_SUMMARY: clean})
    expect(readFileSync(clean, 'utf8')).toContain('2 ошибки')
  })
})
