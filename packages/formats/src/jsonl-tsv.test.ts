import {describe, expect, test} from 'vitest'
import {loadFixture} from './fixtures/load.js'
import {formatSegments, segmentFormats} from './format-segments.js'
import {readJsonl} from './jsonl-reader.js'
import {writeJsonl} from './jsonl-writer.js'
import {escapeTsvField, unescapeTsvField} from './tsv-escape.js'
import {readTsv} from './tsv-reader.js'
import {writeTsv} from './tsv-writer.js'

const inline = loadFixture('inline-markup')
const at = (f: {ruleId: string; place?: {start: {line: number; column: number}}}) => [f.ruleId, f.place?.start.line, f.place?.start.column]

describe('JSONL', () => {
  test('one segment object per line, file filled in', () => {
    const lines = writeJsonl([inline]).split('\n')
    expect(lines).toHaveLength(inline.segments.length + 1)
    expect(JSON.parse(lines[1]!)).toEqual({...inline.segments[1], file: 'fixtures/inline-markup.md'})
  })

  test('bad lines are findings at their line and column; good lines are kept', () => {
    const good = writeJsonl([inline]).split('\n')
    const text = [good[0], '{"id": "x", "text": 1}', '', '{"id": "y", oops}', good[1], '[1]'].join('\n')
    const {documents, findings} = readJsonl(text, {file: 'seg.jsonl'})
    expect(findings.map(at)).toEqual([
      ['jsonl-invalid-segment', 2, 1],
      ['jsonl-blank-line', 3, 1],
      ['jsonl-invalid-json', 4, 13],
      ['jsonl-invalid-segment', 6, 1]
    ])
    expect(findings.every((f) => f.file === 'seg.jsonl')).toBe(true)
    expect(documents[0]!.units.map((u) => [u.id, u.position.line])).toEqual([
      ['h-1', 1],
      ['p-2-1', 5]
    ])
  })
})

describe('TSV', () => {
  test('escaping scheme: backslash, tab, line feed, carriage return', () => {
    expect(escapeTsvField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re')
    expect(unescapeTsvField('a\\\\b\\tc\\nd\\re')).toEqual({value: 'a\\b\tc\nd\re', unknown: []})
    expect(unescapeTsvField('a\\qb')).toEqual({value: 'a\\qb', unknown: [1]})
  })

  test('header row, then id, text, file, line', () => {
    const rows = writeTsv([inline]).split('\n')
    expect(rows[0]).toBe('id\ttext\tfile\tline')
    expect(rows[5]).toBe('li-5\tПервая строка{1/}вторая  строка\\tс табуляцией и "кавычками" \'одиночными\'  \tfixtures/inline-markup.md\t6')
  })

  test('bad rows are findings at their line; good rows are kept', () => {
    const text = 'id\ttext\nb\tx\ta.md\t2\nc\tshort\nd\ty\\q\ta.md\tzero\ne\tz\\q\ta.md\t7\n'
    const {documents, findings} = readTsv(text, {file: 'seg.tsv'})
    expect(findings.map(at)).toEqual([
      ['tsv-header', 1, 1],
      ['tsv-columns', 3, 1],
      ['tsv-escape', 4, 4],
      ['tsv-line', 4, 12],
      ['tsv-escape', 5, 4]
    ])
    expect(documents[0]!.units.map((u) => [u.id, u.source, u.line])).toEqual([
      ['b', 'x', 2],
      ['e', 'z\\q', 7]
    ])
  })
})

describe('formatSegments', () => {
  test('dispatches on the format name and rejects others', () => {
    expect(segmentFormats).toEqual(['jsonl', 'tsv', 'xliff', 'xliff2'])
    expect(formatSegments([inline], 'tsv')).toBe(writeTsv([inline]))
    expect(formatSegments([inline], 'xliff2')).toContain('version="2.1"')
    expect(() => formatSegments([inline], 'po' as never)).toThrow(TypeError)
  })
})
