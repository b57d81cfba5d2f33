import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkTerms} from './check-terms.js'
import {parseGlossary} from './parse-glossary.js'
import {createTermMatcher} from './term-matcher.js'

const file = new URL('../../../glossary/termbase.csv', import.meta.url)
const result = parseGlossary(readFileSync(file), {fileName: 'glossary/termbase.csv'})
const {glossary} = result

describe('the project termbase (glossary/termbase.csv)', () => {
  it('parses as the generic layout without any message', () => {
    expect(result.format).toBe('generic-csv')
    expect(result.messages).toEqual([])
  })

  it('has every concept the issue lists', () => {
    const en = (id: string) => glossary.concepts.find((c) => c.id === id)?.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map((t) => t.text)
    expect(en('critical-minerals')).toEqual(['critical minerals'])
    expect(en('deputy-secretary-of-state')).toEqual(['Deputy Secretary of State'])
    expect(en('under-secretary-e')).toEqual(['Under Secretary for Economic Growth, Energy, and the Environment'])
    expect(en('minister-industry')).toEqual(['Minister of Industry and Construction'])
    for (const name of ['Yermek Kosherbayev', 'Kassym-Jomart Tokayev', 'Christopher Landau', 'Marco Rubio', 'JD Vance', 'Jose W. Fernandez', 'Kanat Sharlapayev']) {
      expect(glossary.concepts.some((c) => c.terms.some((t) => t.text === name && t.status === 'preferred'))).toBe(true)
    }
    for (const id of ['supply-chain', 'mfa', 'mfa-kz', 'republic-kazakhstan', 'us-state-department', 'usgs', 'c5-plus-1', 'cmd', 'msp', 'pgii', 'board-of-peace', 'g7', 'g20', 'pdac', 'pax-silica']) {
      expect(glossary.concepts.some((c) => c.id === id)).toBe(true)
    }
    const forbidden = glossary.concepts.flatMap((c) => c.terms.filter((t) => t.status === 'forbidden'))
    expect(forbidden.length).toBeGreaterThanOrEqual(25)
  })

  it('every example pair passes the terminology check', () => {
    const pairs = glossary.concepts.flatMap((c) => (c.examples ?? []).map((e) => ({id: c.id, source: e['ru'] ?? '', target: e['en'] ?? ''})))
    expect(pairs.length).toBeGreaterThanOrEqual(25)
    const matchers = {source: createTermMatcher(glossary, {lang: 'ru'}), target: createTermMatcher(glossary, {lang: 'en'})}
    expect(checkTerms(pairs, matchers, {glossary}).map((f) => `${f.pairId}: ${f.ruleId} ${f.message}`)).toEqual([])
    // and each example really contains its own term on both sides
    for (const p of pairs) {
      expect(matchers.source.find(p.source).some((m) => m.conceptId === p.id), `${p.id}: ${p.source}`).toBe(true)
      expect(matchers.target.find(p.target).some((m) => m.conceptId === p.id), `${p.id}: ${p.target}`).toBe(true)
    }
  })
})
