import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseGlossary} from './parse-glossary.js'

const fixture = (name: string) => parseGlossary(readFileSync(new URL(`fixtures/${name}`, import.meta.url)), {fileName: name})
const texts = (r: ReturnType<typeof fixture>) => r.glossary.concepts.flatMap((c) => c.terms.map((t) => t.text))
const at = (r: ReturnType<typeof fixture>, ruleId: string) =>
  r.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.file}:${m.place?.start.line}:${m.place?.start.column}`)

describe('malformed glossaries: positioned messages, good rows kept', () => {
  it('a quote that is never closed costs only its own line', () => {
    const r = fixture('truncated-quote.csv')
    expect(at(r, 'glossary-row-unreadable')).toEqual(['truncated-quote.csv:3:4'])
    expect(texts(r)).toEqual(['критические минералы', 'critical minerals', 'литий', 'lithium', 'уран', 'uranium'])
  })

  it('CRLF files (as Excel saves them): a CRLF inside a quoted cell does not shift later lines', () => {
    const r = fixture('crlf-multiline-cell.csv')
    expect(at(r, 'glossary-row-unreadable')).toEqual(['crlf-multiline-cell.csv:4:1'])
    expect(texts(r)).toEqual(['МИД', 'Ministry of Foreign Affairs', 'Кошербаев', 'Yermek Kosherbayev'])
    const raw = readFileSync(new URL('fixtures/crlf-multiline-cell.csv', import.meta.url), 'utf8')
    expect(r.messages.find((m) => m.ruleId === 'glossary-row-unreadable')?.place?.start.offset).toBe(raw.indexOf('"open'))
  })

  it('rows with another delimiter than the header are reported, not misread', () => {
    const r = fixture('mixed-delimiters.csv')
    expect(at(r, 'glossary-row-width')).toEqual(['mixed-delimiters.csv:3:1', 'mixed-delimiters.csv:5:1'])
    expect(texts(r)).toEqual(['критические минералы', 'critical minerals', 'литий', 'lithium'])
  })

  it('windows-1251 bytes are decoded and the fallback is reported', () => {
    const r = fixture('cp1251.csv')
    expect(r.encoding).toBe('windows-1251')
    expect(at(r, 'glossary-encoding')).toEqual(['cp1251.csv:1:1'])
    expect(texts(r)).toContain('критические минералы')
  })

  it('UTF-16 with and without BOM', () => {
    expect(fixture('utf16le-nobom.csv')).toMatchObject({encoding: 'utf-16le'})
    expect(texts(fixture('utf16le-nobom.csv'))).toEqual(['критические минералы', 'critical minerals', 'уран', 'uranium'])
    expect(texts(fixture('utf16be-bom.tsv'))).toEqual(['литий', 'lithium'])
  })

  it('duplicates merge with notices; conflicting statuses are warnings; empty rows are skipped', () => {
    const r = fixture('duplicates-conflicts.csv')
    expect(r.glossary.concepts).toHaveLength(2)
    expect(at(r, 'glossary-status-conflict')).toEqual(['duplicates-conflicts.csv:5:1'])
    expect(at(r, 'glossary-duplicate')).toEqual([
      'duplicates-conflicts.csv:3:1',
      'duplicates-conflicts.csv:4:1',
      'duplicates-conflicts.csv:5:1',
      'duplicates-conflicts.csv:8:1'
    ])
    expect(r.glossary.concepts[0]!.terms.find((t) => t.text === 'Foreign Office')?.status).toBe('forbidden')
  })

  it('TBX with an external entity or billion laughs is rejected at the declaration', () => {
    const xxe = fixture('tbx-external-entity.tbx')
    expect(at(xxe, 'glossary-xml-entity')).toEqual(['tbx-external-entity.tbx:3:3'])
    expect(xxe.glossary.concepts).toEqual([])
    const lol = fixture('tbx-billion-laughs.tbx')
    expect(at(lol, 'glossary-xml-entity')).toEqual(['tbx-billion-laughs.tbx:3:2'])
  })

  it('truncated TBX keeps the complete concepts and reports where it broke', () => {
    const r = fixture('tbx-truncated.tbx')
    expect(texts(r)).toEqual(['литий', 'lithium', 'уран'])
    expect(at(r, 'glossary-tbx-term')).toEqual(['tbx-truncated.tbx:9:54'])
    expect(at(r, 'glossary-xml-invalid')[0]).toBe('tbx-truncated.tbx:14:1')
  })
})
