import {readFileSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readTmx} from '@tolmach/formats'
import {describe, expect, it} from 'vitest'
import {copyProject, goldPairs} from './align-helpers.js'
import {runCli} from './run-cli.js'

const pairs = goldPairs()

describe('tolmach corpus build: alignment', () => {
  it('aligns every ru/en pair, writes approved TMX and a review list, and matches the gold', () => {
    const dir = copyProject()
    const run = runCli(['corpus', 'build', 'corpus', '--out', 'build', '--json'], {cwd: dir})
    expect(run.status).toBe(0)
    const summary = JSON.parse(run.stdout)
    const aligned = summary.aligned
    expect(aligned.glossary).toBe(path.join('glossary', 'termbase.csv'))
    expect(aligned.pairs.map((p: {name: string}) => p.name)).toEqual(pairs.map((p) => `${p.name}.md`))
    expect(aligned.gold).toEqual({pairs: pairs.length, exact: pairs.length})
    expect(aligned.verdicts.error).toBe(0)
    expect(aligned.verdicts.ok + aligned.verdicts.warning).toBe(aligned.beads)
    for (const pair of aligned.pairs) {
      expect(pair.gold.exact).toBe(true)
      const tmx = readTmx(readFileSync(path.join(dir, pair.tmx), 'utf8'))
      expect(tmx.findings).toEqual([])
      expect(tmx.units).toHaveLength(pair.units)
      expect(pair.units).toBeLessThanOrEqual(pair.verdicts.ok)
      expect(pair.units).toBeGreaterThan(pair.verdicts.ok - 2)
    }
    expect(run.stderr).toMatch(/Aligned 2 document pairs: \d+ beads \(\d+ ok, \d+ warning, 0 error\)/)
    expect(run.stderr).toContain(`Gold alignments matched exactly: ${pairs.length} of ${pairs.length}`)
    const review = readFileSync(path.join(dir, aligned.review), 'utf8')
    // The review list names the file of each finding and points at line:column.
    expect(review).toMatch(/^corpus\/ru\/\S+\.md$/m)
    expect(review).toMatch(/^\s+\d+:\d+\s+(warning|info|error)\s/m)
  })

  it('rebuilds the same TMX from the same corpus, even after a fresh checkout touches the files', () => {
    const dir = copyProject()
    runCli(['corpus', 'build'], {cwd: dir})
    const first = readFileSync(path.join(dir, 'corpus/aligned', `${pairs[0]!.name}.tmx`), 'utf8')
    const later = new Date(Date.now() + 86_400_000)
    for (const file of [pairs[0]!.ru, pairs[0]!.en]) utimesSync(path.join(dir, file), later, later)
    runCli(['corpus', 'build'], {cwd: dir})
    expect(readFileSync(path.join(dir, 'corpus/aligned', `${pairs[0]!.name}.tmx`), 'utf8')).toBe(first)
  })

  it('fails when the alignment differs from the gold', () => {
    const dir = copyProject()
    const goldFile = path.join(dir, pairs[1]!.gold)
    const gold = JSON.parse(readFileSync(goldFile, 'utf8'))
    // Split the 2-1 merge into a 1-1 and a deletion the aligner does not make.
    const merged = gold.beads.findIndex((b: {ru: string[]}) => b.ru.length === 2)
    expect(merged).toBeGreaterThan(0)
    const [first, second] = gold.beads[merged].ru
    gold.beads.splice(merged, 1, {ru: [first], en: gold.beads[merged].en}, {ru: [second], en: []})
    writeFileSync(goldFile, JSON.stringify(gold))
    const run = runCli(['corpus', 'build'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/gold bead ru \[\d+\] ↔ en \[\] is not in the alignment/)
    expect(run.stderr).toMatch(/bead ru \[\d+,\d+\] ↔ en \[\d+\] is not in the gold alignment/)
    expect(run.stderr).toContain(`Gold alignments matched exactly: ${pairs.length - 1} of ${pairs.length}`)
  })

  it('fails on an error verdict and points at the number that changed', () => {
    const dir = copyProject()
    const enFile = path.join(dir, pairs[1]!.en)
    const en = readFileSync(enFile, 'utf8')
    expect(en).toContain('September 19, 2023')
    writeFileSync(enFile, en.replace('September 19, 2023', 'September 19, 2024'))
    const run = runCli(['corpus', 'build'], {cwd: dir})
    expect(run.status).toBe(1)
    const line = en.split('\n').findIndex((l) => l.includes('September 19, 2023')) + 1
    const column = en.split('\n')[line - 1]!.indexOf('2023') + 1
    expect(run.stderr).toContain(`${pairs[1]!.en}:${line}:${column}: error number \`2024\` does not match \`2023\` in the source [number-mismatch]`)
    // The bad pair stays out of the approved TMX.
    const tmx = readFileSync(path.join(dir, 'corpus/aligned', `${pairs[1]!.name}.tmx`), 'utf8')
    expect(tmx).not.toContain('September 19, 2024')
    expect(tmx).toContain('On February 8')
  })
})
