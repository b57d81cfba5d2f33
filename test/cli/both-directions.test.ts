import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readTmx} from '@tolmach/formats'
import {describe, expect, it} from 'vitest'
import {copyProject, goldBeads, goldPairs, ladderBeads} from './align-helpers.js'
import {root, runCli, tempDir} from './run-cli.js'

const pairs = goldPairs()

interface JsonlSide {
  segments: string[]
  positions: string[]
  file?: string
}

interface JsonlBead {
  score: number
  source: JsonlSide
  target: JsonlSide
}

/** Every bead of an alignment (deletions too): the segment ids and positions of each side, and the score. */
function beads(stdout: string): JsonlBead[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlBead)
}

const side = (s: JsonlSide) => ({segments: s.segments, positions: s.positions, file: s.file})
const forwardView = (b: JsonlBead) => ({score: b.score, ru: side(b.source), en: side(b.target)})
const mirroredView = (b: JsonlBead) => ({score: b.score, ru: side(b.target), en: side(b.source)})

/** A ladder's rungs with the two columns swapped back: `ru [..] ↔ en [..]` from an English-source ladder. */
function mirroredLadder(ladder: string): string[] {
  const swapped = ladder
    .trim()
    .split('\n')
    .map((line) => {
      const [s, t, ...rest] = line.split('\t')
      return [t, s, ...rest].join('\t')
    })
    .join('\n')
  return ladderBeads(swapped)
}

describe('both directions: tolmach align EN RU', () => {
  it.each(pairs.map((p) => [p.name, p] as const))('gives for %s the beads of the Russian-source run, mirrored', (_name, pair) => {
    const forward = runCli(['align', pair.ru, pair.en, '--format', 'jsonl', '--include', 'all', '--glossary', 'glossary/termbase.csv'])
    // No language options: the English source is detected.
    const backward = runCli(['align', pair.en, pair.ru, '--format', 'jsonl', '--include', 'all', '--glossary', 'glossary/termbase.csv'])
    expect(forward.status).toBe(0)
    expect(backward.status).toBe(0)
    expect(backward.stderr).not.toContain('language-mismatch')
    const a = beads(forward.stdout)
    const b = beads(backward.stdout)
    expect(a.length).toBeGreaterThan(10)
    expect(b.map(mirroredView)).toEqual(a.map(forwardView))
    // Each side names its own file: the English one is the source now.
    expect(b.filter((x) => x.source.segments.length > 0).every((x) => x.source.file === pair.en)).toBe(true)
    expect(b.filter((x) => x.target.segments.length > 0).every((x) => x.target.file === pair.ru)).toBe(true)
  })

  it.each(pairs.map((p) => [p.name, p] as const))('matches the gold of %s with English as the source', (_name, pair) => {
    const run = runCli(['align', pair.en, pair.ru, '--source-lang', 'en', '--target-lang', 'ru', '--format', 'ladder'])
    expect(run.status).toBe(0)
    expect(mirroredLadder(run.stdout)).toEqual(goldBeads(pair.gold))
  })

  it('writes a TMX whose srclang and first variant are English', () => {
    const [pair] = pairs
    const out = path.join(tempDir(), 'en-ru.tmx')
    const run = runCli(['align', pair!.en, pair!.ru, '-o', out])
    expect(run.status).toBe(0)
    const text = readFileSync(out, 'utf8')
    expect(text).toMatch(/<header [^>]*srclang="en"/)
    const tmx = readTmx(text, {file: out})
    expect(tmx.findings).toEqual([])
    expect(tmx.units.length).toBeGreaterThan(8)
    for (const unit of tmx.units) expect(unit.variants.map((v) => v.lang)).toEqual(['en', 'ru'])
  })

  it('places findings in the file they are about', () => {
    const pair = pairs.find((p) => readFileSync(path.join(root, p.ru), 'utf8').includes('Фото: МИД'))!
    const review = path.join(tempDir(), 'review.json')
    const run = runCli(['align', pair.en, pair.ru, '-o', path.join(tempDir(), 'x.tmx'), '--review', review, '--review-format', 'json'])
    expect(run.status).toBe(0)
    const listed = JSON.parse(readFileSync(review, 'utf8')) as {findings: Array<{ruleId: string; file: string; place: {start: {offset: number}}}>}
    // The Russian credit line has no English counterpart: an unaligned target, in the Russian file, at the line.
    const credit = listed.findings.filter((f) => f.ruleId === 'unaligned-target')
    expect(credit.map((f) => f.file)).toEqual([pair.ru])
    const ru = readFileSync(path.join(root, pair.ru), 'utf8')
    expect(ru.slice(credit[0]!.place.start.offset)).toMatch(/^Фото: МИД/)
    expect(listed.findings.some((f) => f.ruleId === 'unaligned-source')).toBe(false)
  })

  it('refuses a direction the documents contradict, naming the file and writing nothing', () => {
    const [pair] = pairs
    const run = runCli(['align', pair!.en, pair!.ru, '--source-lang', 'ru'])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`${pair!.en}: error the source does not look Russian (en detected) [language-mismatch]`)
    expect(run.stderr).toContain('Nothing written: the documents are not a Russian original and its English translation')
    expect(runCli(['align', pair!.en, pair!.ru, '--source-lang', 'en', '--target-lang', 'en']).status).toBe(2)
    expect(runCli(['align', pair!.en, pair!.ru, '--source-lang', 'de']).stderr).toContain('unknown language "de" for --source-lang')
  })

  it('falls back on the config only when neither document has letters', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'tolmach.config.json'), JSON.stringify({sourceLang: 'en', targetLang: 'ru'}))
    writeFileSync(path.join(dir, 'a.md'), '2024\n')
    writeFileSync(path.join(dir, 'b.md'), '2024\n')
    const run = runCli(['align', 'a.md', 'b.md', '--format', 'tmx'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/srclang="en"/)
    // Documents with text win over the config: the positional order says which is the source.
    const [pair] = pairs
    const detected = runCli(['align', path.join(root, pair!.ru), path.join(root, pair!.en), '--format', 'tmx'], {cwd: dir})
    expect(detected.status).toBe(0)
    expect(detected.stdout).toMatch(/srclang="ru"/)
  })
})

describe('both directions: tolmach check and export', () => {
  it('checks an English original against its Russian translation, the direction detected, findings in the Russian file', () => {
    const [pair] = pairs
    const args = ['check', '--no-config', '--glossary', 'glossary/termbase.csv', '--pair', pair!.en, pair!.ru, '--format', 'json']
    const detected = runCli(args)
    const told = runCli([...args, '--source-lang', 'en', '--target-lang', 'ru'])
    expect(detected.stdout).toBe(told.stdout)
    expect(detected.status).toBe(told.status)
    const report = JSON.parse(detected.stdout) as {findings: Array<{ruleId: string; file: string; place: {start: {offset: number}}}>}
    expect(report.findings.some((f) => f.ruleId === 'language-mismatch')).toBe(false)
    for (const f of report.findings) expect(f.file).toBe(pair!.ru)
    // The repository's tolmach.config.json says ru → en: an English original handed to check still wins.
    const configured = runCli(['check', '--glossary', 'glossary/termbase.csv', '--pair', pair!.en, pair!.ru, '--format', 'json'])
    expect(configured.stdout).toContain('"ruleId":')
    expect(configured.stdout).not.toContain('language-mismatch')
    // The same glossary read the usual way round finds the Russian original clean of these.
    const forward = JSON.parse(runCli(['check', '--no-config', '--glossary', 'glossary/termbase.csv', '--pair', pair!.ru, pair!.en, '--format', 'json']).stdout)
    expect(forward.findings.every((f: {file: string}) => f.file === pair!.en)).toBe(true)
  })

  it('exports an English original for translation into Russian, with Russian glossary notes', () => {
    const [pair] = pairs
    const run = runCli(['export', pair!.en, '--glossary', 'glossary/termbase.csv'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('source-language="en" target-language="ru"')
    expect(run.stdout).toMatch(/<note[^>]*>[^<]*Казахстан/)
    const segmented = runCli(['segment', pair!.en, '--source-lang', 'en', '--format', 'xliff'])
    expect(segmented.status).toBe(0)
    expect(segmented.stdout).toContain('source-language="en" target-language="ru"')
    // check reads the direction the XLIFF declares.
    const dir = tempDir()
    writeFileSync(path.join(dir, 'en.xlf'), run.stdout)
    const checked = runCli(['check', '--no-config', '--glossary', path.join(root, 'glossary/termbase.csv'), 'en.xlf', '--format', 'json'], {cwd: dir})
    expect(checked.stdout).toContain('no translated en → ru pair')
  })
})

describe('both directions: tolmach corpus build --source-lang en', () => {
  it('segments the English originals, aligns them with the Russian versions and matches the gold', () => {
    const dir = copyProject()
    const run = runCli(['corpus', 'build', 'corpus', '--out', 'build', '--source-lang', 'en', '--json'], {cwd: dir})
    expect(run.status).toBe(0)
    const summary = JSON.parse(run.stdout)
    expect(summary.outputs).toEqual([path.join('build', 'en.xlf'), path.join('build', 'en.jsonl')])
    expect(summary.files.map((f: {file: string}) => f.file)).toEqual(pairs.map((p) => `en/${p.name}.md`))
    const xliff = readFileSync(path.join(dir, 'build/en.xlf'), 'utf8')
    expect(xliff).toContain(`<file original="en/${pairs[0]!.name}.md" source-language="en" target-language="ru"`)
    const aligned = summary.aligned
    expect(aligned.gold).toEqual({pairs: pairs.length, exact: pairs.length})
    expect(aligned.verdicts.error).toBe(0)

    // The same corpus built the usual way: as many beads, as many TMX units, the other way round.
    const ruDir = copyProject()
    const forward = JSON.parse(runCli(['corpus', 'build', 'corpus', '--out', 'build', '--json'], {cwd: ruDir}).stdout)
    expect(aligned.beads).toBe(forward.aligned.beads)
    for (const [k, pair] of aligned.pairs.entries()) {
      const tmx = readTmx(readFileSync(path.join(dir, pair.tmx), 'utf8'))
      expect(tmx.findings).toEqual([])
      expect(tmx.units).toHaveLength(pair.units)
      for (const unit of tmx.units) expect(unit.variants.map((v) => v.lang)).toEqual(['en', 'ru'])
      expect(pair.beads).toBe(forward.aligned.pairs[k].beads)
    }
    const review = readFileSync(path.join(dir, aligned.review), 'utf8')
    expect(review).toMatch(/^corpus\/en\/\S+\.md$/m)
  })

  it('takes the direction from the config when no option gives it', () => {
    const dir = copyProject()
    writeFileSync(path.join(dir, 'tolmach.config.json'), JSON.stringify({sourceLang: 'en'}))
    const run = runCli(['corpus', 'build', 'corpus', '--out', 'build', '--json'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).outputs).toEqual([path.join('build', 'en.xlf'), path.join('build', 'en.jsonl')])
  })
})
