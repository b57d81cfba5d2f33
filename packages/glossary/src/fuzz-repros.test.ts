import {readdirSync, readFileSync} from 'node:fs'
import {createLineIndex, type Finding, offsetToPoint} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {parseGlossary} from './parse-glossary.js'

// Inputs from the fuzz campaign of issue 9: each broke a glossary reader once.
const dir = new URL('./fixtures/fuzz/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8')
// The `*.txt` repros are CSV or TSV (the campaign wrote them as text) unless they start with `<`.
const fileName = (name: string) => name.replace(/\.txt$/, fixture(name).includes('\t') && !fixture(name).startsWith('<') ? '.tsv' : '.csv')
const read = (name: string) => parseGlossary(fixture(name), {fileName: fileName(name)})
const terms = (name: string) => read(name).glossary.concepts.map((c) => c.terms.map((t) => t.text))
const where = (findings: readonly Finding[]) => findings.map((f) => `${f.place?.start.line}:${f.place?.start.column} ${f.ruleId}`)

function misplaced(text: string, findings: readonly Finding[]): string[] {
  const lines = createLineIndex(text)
  return findings.flatMap((f) =>
    (f.place ? [f.place.start, f.place.end] : [])
      .filter((p) => !(p.offset >= 0 && p.offset <= text.length) || JSON.stringify(offsetToPoint(lines, p.offset)) !== JSON.stringify(p))
      .map((p) => `${f.ruleId} ${JSON.stringify(p)}`)
  )
}

describe('glossary fuzz repros (issue 9)', () => {
  test.each(readdirSync(dir).sort())('%s: every finding placed by its offset, inside the file', (name) => {
    expect(misplaced(fixture(name), read(name).messages)).toEqual([])
  })

  test('an unclosed quote does not swallow the next row into a bogus concept', () => {
    expect(terms('csv-unclosed-swallow.csv')).toEqual([
      ['министр\nиностранных дел', 'minister'],
      ['дом', 'house']
    ])
    expect(where(read('csv-unclosed-swallow.csv').messages)).toEqual(['2:4 glossary-row-unreadable'])
  })

  test('TSV rows starting with # are terms; only OmegaT glossaries have comment lines', () => {
    expect(terms('tsv-hash-row.tsv')).toEqual([
      ['#хэштег', 'hashtag'],
      ['#1 в мире', 'world No. 1'],
      ['посол', 'ambassador']
    ])
    expect(parseGlossary('# comment\tkept out\nпосол\tambassador\n', {fileName: 'omegat.txt'}).glossary.concepts).toHaveLength(1)
  })

  test('CR-only line ends are line ends, in TSV and CSV', () => {
    for (const name of ['tsv-cr-only.tsv', 'csv-cr-only.csv']) {
      expect(terms(name)).toEqual([
        ['посол', 'ambassador'],
        ['дом', 'house']
      ])
      expect(where(read(name).messages)).toEqual(['3:1 glossary-row-width'])
    }
  })

  test('a TBX langSet outside a termEntry is a concept of its own, named', () => {
    const result = read('struct-tbx-broken-silent_term-outside.txt')
    expect(result.glossary.concepts[0]!.terms.map((t) => t.text)).toEqual(["it's иностранных"])
    expect(where(result.messages)).toEqual(['3:1 glossary-tbx-misplaced'])
  })

  test('"concept has no terms" is placed on that concept', () => {
    expect(where(read('tbx-empty-concept-position.tbx').messages)).toEqual(['4:1 glossary-row-empty'])
  })

  test('a ] inside a comment of the internal subset does not hide an <!ENTITY>', () => {
    const tbx = '<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!-- ] -->\n<!ENTITY x "ambassador">\n]>\n<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>'
    const result = parseGlossary(tbx, {fileName: 'x.tbx'})
    expect(where(result.messages)).toEqual(['4:1 glossary-xml-entity'])
    expect(result.glossary.concepts).toEqual([])
  })
})
