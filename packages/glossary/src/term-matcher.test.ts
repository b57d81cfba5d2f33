import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {sharedDir} from '../../../scripts/shared-dir.mjs'
import {outermost} from './check-terms.js'
import {parseGlossary} from './parse-glossary.js'
import {createTermMatcher} from './term-matcher.js'
import type {Concept, Glossary} from './types.js'

interface Case {
  lang: 'ru' | 'en'
  seed?: boolean
  phenomena: string[]
  text: string
  hits: Array<[string, string]>
}

const phenomena = JSON.parse(readFileSync(new URL('fixtures/phenomena.json', import.meta.url), 'utf8')) as {extraConcepts: Concept[]; cases: Case[]}
const termbase = parseGlossary(readFileSync(new URL('../../../glossary/termbase.csv', import.meta.url))).glossary
const glossary: Glossary = {languages: ['ru', 'en'], concepts: [...termbase.concepts, ...phenomena.extraConcepts]}
const matchers = {ru: createTermMatcher(glossary, {lang: 'ru'}), en: createTermMatcher(glossary, {lang: 'en'})}
const seeds = readdirSync(path.join(sharedDir(), 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(sharedDir(), 'seeds', f), 'utf8'))
  .join('\n')

describe('createTermMatcher on the phenomenon set', () => {
  for (const c of phenomena.cases) {
    it(`${c.lang}: ${c.phenomena.join(', ')}: ${c.text.slice(0, 60)}`, () => {
      if (c.seed) expect(seeds.includes(c.text)).toBe(true)
      const found = outermost(matchers[c.lang].find(c.text)).map((m) => [m.conceptId, c.text.slice(m.start, m.end)])
      expect(found).toEqual(c.hits)
    })
  }
})

describe('createTermMatcher details', () => {
  it('reports UTF-16 offsets, longest match first, nested matches too', () => {
    const text = 'В сообщении МИД РК 🙂 и МИДа'
    const found = matchers.ru.find(text)
    expect(found.map((m) => [m.conceptId, m.start, m.end, text.slice(m.start, m.end)])).toEqual([
      ['mfa-kz', 12, 18, 'МИД РК'],
      ['mfa', 12, 15, 'МИД'],
      ['republic-kazakhstan', 16, 18, 'РК'],
      ['mfa', 24, 28, 'МИДа']
    ])
    expect(found[0]).toMatchObject({term: 'МИД РК', status: 'preferred'})
  })

  it('acronyms are case-sensitive, other terms are not, unless the entry says so', () => {
    expect(matchers.en.find('tell us').length).toBe(0)
    expect(outermost(matchers.en.find('CRITICAL MINERALS')).map((m) => m.conceptId)).toEqual(['critical-minerals'])
    const strict = createTermMatcher({languages: ['en'], concepts: [{id: 'x', terms: [{text: 'Board of Peace', lang: 'en', status: 'preferred', caseSensitive: true}]}]}, {lang: 'en'})
    expect(strict.find('board of peace')).toEqual([])
    expect(strict.find('Board of Peace').length).toBe(1)
  })

  it('extra forms and exact terms from the entry are honoured', () => {
    const g: Glossary = {
      languages: ['ru'],
      concepts: [
        {id: 'f', terms: [{text: 'Акорда', lang: 'ru', status: 'preferred', exact: true, forms: ['Акорды', 'Акорде']}]}
      ]
    }
    const m = createTermMatcher(g, {lang: 'ru'})
    expect(m.find('в Акорде и Акорды, но не Акордой').map((x) => x.start)).toEqual([2, 11])
  })

  it('throws TypeError on misuse', () => {
    expect(() => createTermMatcher(glossary, {lang: 'de' as 'ru'})).toThrow(TypeError)
    expect(() => createTermMatcher({} as Glossary, {lang: 'ru'})).toThrow(TypeError)
    expect(() => matchers.ru.find(5 as unknown as string)).toThrow(TypeError)
  })
})
