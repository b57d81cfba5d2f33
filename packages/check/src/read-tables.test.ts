import {readFileSync} from 'node:fs'
import {createLineIndex, offsetToPoint} from '@tolmach/core'
import {describe, expect, it} from 'vitest'
import {targetPoint} from './read-pair.js'
import {readJsonlPairs, readTsvPairs} from './read-tables.js'

const fixture = (name: string) => ({file: name, text: readFileSync(new URL(`./fixtures/fuzz/${name}`, import.meta.url), 'utf8')})

describe('pair tables: positions by core line rule (issue 9)', () => {
  it('a JSONL target is placed by its key, not by the first "target" in the line', () => {
    const input = fixture('check-jsonl-id-target.jsonl')
    const [pair] = readJsonlPairs(input).pairs
    const at = targetPoint(pair!, pair!.target.indexOf('Kosherbaev'))
    expect(input.text.slice(at.offset, at.offset + 10)).toBe('Kosherbaev')
    expect(at).toEqual(offsetToPoint(createLineIndex(input.text), at.offset))
  })

  it('target.text of align records, escapes counted, last key wins', () => {
    const text = '{"target": {"lang": "en", "text": "a\\u00e9 \\"b\\" ambassador"}, "source": {"text": "посол"}}\n{"target": "x", "source": "y", "target": "the ambassador"}'
    const pairs = readJsonlPairs({file: 'p.jsonl', text}).pairs
    const place = (k: number) => targetPoint(pairs[k]!, pairs[k]!.target.indexOf('ambassador'))
    expect(text.slice(place(0).offset, place(0).offset + 10)).toBe('ambassador')
    expect([place(1).line, text.slice(place(1).offset, place(1).offset + 10)]).toEqual([2, 'ambassador'])
  })

  it('a lone CR ends a TSV line: rows and their places', () => {
    const input = fixture('cli-check-place-2.tsv')
    const lines = createLineIndex(input.text)
    const read = readTsvPairs(input, 'ru', 'en')
    expect(read.pairs.length).toBeGreaterThan(1)
    for (const pair of read.pairs) {
      const at = targetPoint(pair, 0)
      expect(at).toEqual(offsetToPoint(lines, at.offset))
      expect(at.line).toBe(Number(pair.id))
      expect(input.text.slice(at.offset).startsWith(pair.target.slice(0, 5))).toBe(true)
    }
    for (const f of read.findings) expect(f.place!.start).toEqual(offsetToPoint(lines, f.place!.start.offset))
  })

  it('JSONL lines split by lone CRs are read one by one', () => {
    const text = '{"source": "посол", "target": "ambassador"}\r{"source": "дом", "target": "house"}\rnot json'
    const read = readJsonlPairs({file: 'p.jsonl', text})
    expect(read.pairs.map((p) => [p.id, targetPoint(p, 0).line])).toEqual([
      ['1', 1],
      ['2', 2]
    ])
    expect(read.findings.map((f) => f.place!.start)).toEqual([{line: 3, column: 1, offset: text.indexOf('not json')}])
  })

  it('a header naming `source` twice is refused at the second one (fuzz seed 133772: a record run into the header was lost)', () => {
    const input = fixture('cli-check-header-twice.tsv')
    const read = readTsvPairs(input, 'ru', 'en')
    expect(read.pairs).toEqual([])
    const [finding] = read.findings
    expect([finding!.ruleId, finding!.severity]).toEqual(['check-header-columns', 'error'])
    expect(finding!.message).toContain('(columns 2 and 6)')
    expect(input.text.slice(finding!.place!.start.offset).startsWith('source\t')).toBe(true)
    expect(finding!.place!.start).toEqual(offsetToPoint(createLineIndex(input.text), finding!.place!.start.offset))
  })

  it('one source and one target column in any order are read', () => {
    const read = readTsvPairs({file: 'p.tsv', text: 'id\ten\tru\n1\tThe ambassador\tпосол\n'}, 'ru', 'en')
    expect([read.findings, read.pairs.map((p) => [p.source, p.target])]).toEqual([[], [['посол', 'The ambassador']]])
  })

  it('a row of align TSV whose rules cell holds a position and a text was two rows run together: a warning at that cell', () => {
    const text = 'id\tsource\ttarget\tverdict\tscore\tsource_position\ttarget_position\trules\nb8\t\tA closing line.\terror\t0\t\ten.md:12:посол\tambassador\nb9\tпосол\tambassador\tok\t0.9\tru.md:1:1\ten.md:1:1\t\n'
    const read = readTsvPairs({file: 'p.tsv', text}, 'ru', 'en')
    expect(read.pairs.map((p) => p.target)).toEqual(['A closing line.', 'ambassador'])
    expect(read.findings.map((f) => [f.severity, f.place!.start.line, text.slice(f.place!.start.offset).split('\t')[0]])).toEqual([['warning', 2, 'en.md:12:посол']])
  })
})

