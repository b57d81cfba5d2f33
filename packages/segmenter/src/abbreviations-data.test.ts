import {describe, expect, it} from 'vitest'
import {abbreviationsEn} from './abbreviations-en.js'
import {abbreviationsRu} from './abbreviations-ru.js'
import type {AbbreviationData} from './sentence-language.js'

// The lists are edited by hand: keep them in the shape the scanner expects.
describe.each([
  ['ru', abbreviationsRu],
  ['en', abbreviationsEn]
] as Array<[string, AbbreviationData]>)('%s abbreviation data', (_lang, data) => {
  it('holds lowercase words without a final dot', () => {
    for (const list of Object.values(data) as string[][]) {
      for (const word of list) {
        expect(word).toBe(word.toLowerCase())
        expect(word.endsWith('.')).toBe(false)
      }
    }
  })

  it('gives every word one kind', () => {
    const seen = new Map<string, string>()
    for (const kind of ['head', 'tail', 'context', 'numberHead'] as const) {
      for (const word of data[kind]) {
        expect(seen.get(word), `${word} is both ${seen.get(word)} and ${kind}`).toBeUndefined()
        seen.set(word, kind)
      }
    }
    const dotted = new Set(data.headDotted)
    for (const word of data.tailDotted) expect(dotted.has(word), word).toBe(false)
    for (const word of [...data.headDotted, ...data.tailDotted]) expect(word).toContain('.')
  })
})
