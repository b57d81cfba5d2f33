import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {outermost} from './check-terms.js'
import {parseGlossary} from './parse-glossary.js'
import {createTermMatcher} from './term-matcher.js'
import type {Glossary} from './types.js'

// Near misses in real sentences (fixtures/near-misses.json, built from TICO-19, Tatoeba,
// NTREX-128 and FLORES-200 by scripts/bench/terms-near-misses-build.mjs): a sibling word
// (критика / критические минералы), one word of a phrase term (иностранных инвестиций),
// a longer word holding a short term (мидии / МИД) or a case variant (us / US). None may
// match the concept it nearly is.
interface Row {
  conceptId: string
  kind: string
  word: string
  start: number
  text: string
}
const near = JSON.parse(readFileSync(new URL('./fixtures/near-misses.json', import.meta.url), 'utf8')) as Record<'ru' | 'en', Row[]>
const phenomena = JSON.parse(readFileSync(new URL('./fixtures/phenomena.json', import.meta.url), 'utf8')) as {extraConcepts: Glossary['concepts']}
const termbase = parseGlossary(readFileSync(new URL('../../../glossary/termbase.csv', import.meta.url))).glossary
const glossary: Glossary = {languages: ['ru', 'en'], concepts: [...termbase.concepts, ...phenomena.extraConcepts]}

describe('near misses in real sentences', () => {
  for (const lang of ['ru', 'en'] as const) {
    it(`${lang}: at least 200 rows, each word where it says`, () => {
      expect(near[lang].length).toBeGreaterThanOrEqual(200)
      for (const row of near[lang]) expect(row.text.slice(row.start, row.start + row.word.length)).toBe(row.word)
    })
    it(`${lang}: no concept is found over its near miss`, () => {
      const matcher = createTermMatcher(glossary, {lang})
      const falseHits = near[lang].flatMap((row) => {
        const end = row.start + row.word.length
        const hit = outermost(matcher.find(row.text)).find((m) => m.conceptId === row.conceptId && m.start < end && m.end > row.start)
        return hit ? [`${row.conceptId} over ${row.kind} «${row.word}»: ${row.text}`] : []
      })
      expect(falseHits).toEqual([])
    })
  }
})
