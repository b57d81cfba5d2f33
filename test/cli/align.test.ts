import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readTmx} from '@tolmach/formats'
import {describe, expect, it} from 'vitest'
import {goldBeads, goldPairs, ladderBeads} from './align-helpers.js'
import {root, runCli, tempDir} from './run-cli.js'

const pairs = goldPairs()

describe('tolmach align', () => {
  it.each(pairs.map((p) => [p.name, p] as const))('aligns %s exactly as its gold alignment says', (_name, pair) => {
    const run = runCli(['align', pair.ru, pair.en, '--format', 'ladder', '--glossary', 'glossary/termbase.csv'])
    expect(run.status).toBe(0)
    expect(ladderBeads(run.stdout)).toEqual(goldBeads(pair.gold))
  })

  it.each(pairs.map((p) => [p.name, p] as const))('writes %s as TMX of approved pairs and lists the rest for review', (_name, pair) => {
    const dir = tempDir()
    const out = path.join(dir, 'pair.tmx')
    const review = path.join(dir, 'review.json')
    const run = runCli(['align', pair.ru, pair.en, '-o', out, '--review', review, '--review-format', 'json', '--glossary', 'glossary/termbase.csv'])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/^Aligned \d+ beads: \d+ ok, \d+ warning, 0 error → /m)
    const tmx = readTmx(readFileSync(out, 'utf8'), {file: out})
    expect(tmx.findings).toEqual([])
    const units = tmx.units
    expect(units.length).toBeGreaterThan(8)
    for (const unit of units) expect(unit.props.find((p) => p.type === 'x-verdict')?.value).toBe('ok')
    const listed = JSON.parse(readFileSync(review, 'utf8')) as {findings: Array<{ruleId: string; file: string; place?: {start: {line: number}}}>}
    // Every finding of the review list points into one of the two files.
    for (const f of listed.findings) {
      expect([pair.ru, pair.en]).toContain(f.file)
      expect(f.place?.start.line).toBeGreaterThan(0)
    }
  })

  it('keeps only ok pairs by default and more with --include', () => {
    const [pair] = pairs
    const count = (include: string) => runCli(['align', pair!.ru, pair!.en, '--format', 'jsonl', '--include', include, '--glossary', 'glossary/termbase.csv']).stdout.trim().split('\n').length
    const ladder = ladderBeads(runCli(['align', pair!.ru, pair!.en, '--format', 'ladder']).stdout)
    expect(count('all')).toBe(ladder.length)
    expect(count('ok')).toBeLessThan(count('all'))
    expect(count('ok')).toBeLessThanOrEqual(count('warning'))
  })

  it('refuses two Russian files with an error and writes nothing', () => {
    const dir = tempDir()
    const out = path.join(dir, 'pair.tmx')
    const [pair] = pairs
    const run = runCli(['align', pair!.ru, pair!.ru, '-o', out])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`${pair!.ru}: error the target does not look English (ru detected) [language-mismatch]`)
    expect(existsSync(out)).toBe(false)
  })

  it('turns an empty English side into deletions with a warning', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'empty.md'), '')
    const [pair] = pairs
    const run = runCli(['align', path.join(root, pair!.ru), 'empty.md', '--format', 'ladder', '--include', 'all'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('empty.md: warning the target has no sentences')
    const beads = ladderBeads(run.stdout)
    expect(beads.length).toBeGreaterThan(5)
    for (const b of beads) expect(b).toMatch(/^ru \[\d+\] ↔ en \[\]$/)
  })

  it('warns when the English side is ten times longer, and still covers every sentence', () => {
    const dir = tempDir()
    const [pair] = pairs
    const en = readFileSync(path.join(root, pair!.en), 'utf8').replace(/^---[\s\S]*?---\n/, '')
    writeFileSync(path.join(dir, 'long.md'), Array.from({length: 10}, () => en).join('\n'))
    const run = runCli(['align', path.join(root, pair!.ru), 'long.md', '--format', 'ladder'], {cwd: dir})
    expect(run.stderr).toContain('long.md')
    expect(run.stderr).toContain('[length-mismatch]')
    expect(run.status).toBe(0)
    const last = run.stdout.trim().split('\n').at(-1)!.split('\t')
    const enSentences = runCli(['segment', 'long.md', '--lang', 'en'], {cwd: dir}).stdout.trim().split('\n').length
    expect(Number(last[1])).toBe(enSentences)
    // The first copy aligns as the gold says; the nine others are deletions.
    const beads = ladderBeads(run.stdout)
    const gold = goldBeads(pair!.gold)
    expect(beads.slice(0, gold.length)).toEqual(gold)
    expect(beads.slice(gold.length).every((b) => /^ru \[\] ↔ en \[\d+\]$/.test(b))).toBe(true)
  })

  it('rejects unknown formats and include values as usage errors', () => {
    const [pair] = pairs
    expect(runCli(['align', pair!.ru, pair!.en, '--include', 'some']).status).toBe(2)
    expect(runCli(['align', pair!.ru, pair!.en, '--format', 'xliff']).status).toBe(2)
    expect(runCli(['align', pair!.ru, 'missing.md']).stderr).toBe('error: missing.md: no such file\n')
  })
})
