import type {Finding} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {samplePairs} from './fixtures/pairs-sample.js'
import type {PairsJsonlRecord} from './pairs-jsonl.js'
import {writePairsJsonl} from './pairs-jsonl.js'
import {readLadder, writeLadder} from './pairs-ladder.js'
import {pairsTsvHeader, writePairsTsv} from './pairs-tsv.js'
import {unescapeTsvField} from './tsv-escape.js'

describe('ladder', () => {
  test('reading a written ladder gives back every bead with its sentences and score', () => {
    const pairs = samplePairs()
    const {beads, findings} = readLadder(writeLadder(pairs))
    expect(findings).toEqual([])
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2, 3], [2]],
      [[4], [3]],
      [[5], [4]],
      [[6], []],
      [[7], []],
      [[], [5]]
    ])
    expect(beads.map((b) => b.score)).toEqual([0.9731, 0.88, 0.7512, 0.41, 0.93, 0, 0.05, 0])
  })

  test('covers every sentence even when include would leave pairs out, from (0,0) to the counts', () => {
    const rows = writeLadder(samplePairs()).trimEnd().split('\n')
    expect(rows[0]).toBe('0\t0\t0.9731')
    expect(rows.at(-1)).toBe('8\t6\t0')
  })

  test('pairs out of document order are reported', () => {
    const [a, b] = samplePairs()
    const findings: Finding[] = []
    writeLadder([b!, a!], {onFinding: (f) => findings.push(f)})
    expect(findings.map((f) => [f.ruleId, f.actual, f.expected])).toEqual([
      ['ladder-order', '1', ['0']],
      ['ladder-order', '0', ['1']]
    ])
  })

  test("hunalign's two-column hand ladders read; bad rows are findings with their line", () => {
    const {beads, findings} = readLadder('0\t0\n1\t2\nx\ty\n1\t1\n3\t3\n', {file: 'hand.ladder'})
    expect(beads.map((b) => [b.src, b.tgt, b.score])).toEqual([
      [[0], [0, 1], 0],
      [[1, 2], [2], 0]
    ])
    expect(findings.map((f) => `${f.file}:${f.place?.start.line} ${f.ruleId}`)).toEqual(['hand.ladder:3 ladder-row', 'hand.ladder:4 ladder-row'])
  })
})

describe('TSV and JSONL', () => {
  test('TSV: one escaped row per included pair, the columns of the header', () => {
    const rows = writePairsTsv(samplePairs(), {include: 'warning'}).slice(0, -1).split('\n')
    expect(rows[0]).toBe(pairsTsvHeader.join('\t'))
    const fields = rows.slice(1).map((row) => row.split('\t').map((f) => unescapeTsvField(f).value))
    expect(fields.every((f) => f.length === pairsTsvHeader.length)).toBe(true)
    expect(fields.map((f) => f[0])).toEqual(['b1', 'b2', 'b3', 'b4', 'b5'])
    expect(fields[3]).toEqual([
      'b4',
      "Первая строка{1/}вторая  строка\tс табуляцией и \"кавычками\" 'одиночными'  ",
      'First line{1/}second  line\twith a tab and "quotes"',
      'warning',
      '0.41',
      'fixtures/inline-markup.md:6:1',
      'fixtures/inline-markup.en.md:7:1',
      'length-ratio'
    ])
  })

  test('JSONL: one pair per line, both sides joined, findings kept', () => {
    const records = writePairsJsonl(samplePairs(), {include: 'all'})
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as PairsJsonlRecord)
    expect(records).toHaveLength(8)
    const merged = records[2]!
    expect(merged.source.segments).toEqual(['p-2-2', 'p-2-3'])
    expect(merged.source.positions).toEqual(['fixtures/inline-markup.md:3:1', 'fixtures/inline-markup.md:4:1'])
    expect(merged.score).toBe(0.7512345)
    expect(records[5]!.target).toEqual({text: '', placeholders: [], segments: [], positions: []})
    expect(records[5]!.findings.map((f) => f.ruleId)).toEqual(['unaligned-source'])
  })

  test('misuse throws', () => {
    expect(() => writePairsTsv([], {include: 'none' as 'ok'})).toThrow(/options.include/)
    expect(() => writePairsJsonl([null as never])).toThrow(/pairs\[0\]/)
  })
})
