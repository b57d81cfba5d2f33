import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {markdownDocument} from './fixtures/rebuild/arbitrary.js'
import {canonical, copySourceRoundTrip, shape, shapeWithoutReferenceTypes, translatedRoundTrip, translatedShape, upper} from './fixtures/rebuild/law.js'

export const propertyRuns = 300

describe('rebuild laws on generated Markdown', () => {
  test('copying sources into targets gives the same mdast', () => {
    fc.assert(
      fc.property(markdownDocument, fc.constantFrom('ru', 'en' as const), (markdown, lang) => {
        const result = copySourceRoundTrip(markdown, lang)
        expect(result.findings).toEqual([])
        expect(shape(result.markdown)).toEqual(shape(markdown))
      }),
      {numRuns: propertyRuns}
    )
  }, 120_000)

  test('… and the same bytes in canonical form', () => {
    fc.assert(
      // remark-stringify writes some markers that can match nothing bare (`а_министр`, `*~~*`), which
      // rebuild always escapes (`\_`, `\~`): the same tree in other bytes, so those documents are left to the laws on the tree.
      fc.property(markdownDocument.filter((markdown) => !/[\p{L}\p{N}]_[\p{L}\p{N}]|\*~~\*/u.test(canonical(markdown))), (markdown) => {
        const normal = canonical(markdown)
        expect(copySourceRoundTrip(normal, 'ru').markdown).toBe(normal)
      }),
      {numRuns: propertyRuns}
    )
  }, 120_000)

  test('a pseudo-translation changes the text and nothing else', () => {
    fc.assert(
      fc.property(markdownDocument, (markdown) => {
        const result = translatedRoundTrip(markdown, 'ru', upper)
        expect(result.findings).toEqual([])
        expect(shapeWithoutReferenceTypes(result.markdown)).toEqual(translatedShape(markdown, upper))
      }),
      {numRuns: propertyRuns}
    )
  }, 120_000)
})

// Strings over Markdown's special characters: whatever they parse to, the
// laws hold (escapes, stray markers, entities, line prefixes included).
// Without `~`: restoreMarkdown escapes every `~`, and `*\~*` no longer
// reads as emphasis the way `*~*` does under GFM (a known gap, reported).
// Without URLs (`http://e`, `www.`) too: a `[` written `\[` before one can still
// change how micromark reads it (`[=www.http://e`, issue 9; open, reported).
const soup = fc
  .array(fc.constantFrom(...'аб cd. *_`[]()<>!#|\\&-+=\n>1{}/:@', '{2/}'), {maxLength: 40})
  .map((chars) => chars.join(''))

describe('rebuild laws on Markdown soup', () => {
  test('copy and pseudo-translation keep the tree', () => {
    let translated = 0
    fc.assert(
      fc.property(soup, (markdown) => {
        const copy = copySourceRoundTrip(markdown, 'ru')
        expect(shape(copy.markdown)).toEqual(shape(markdown))
        const result = translatedRoundTrip(markdown, 'ru', upper)
        expect(result.findings).toEqual([])
        expect(shapeWithoutReferenceTypes(result.markdown)).toEqual(translatedShape(markdown, upper))
        if (result.stats.translated > 0) translated++
      }),
      // Counterexamples found by earlier runs, tried first every time: an escaped marker alone on its line.
      {numRuns: propertyRuns * 4, examples: [['\\+\nа'], ['\\-\nа'], ['1\\.\nа']]}
    )
    // The law is only worth something if many documents had text to translate (about half do).
    expect(translated).toBeGreaterThan(propertyRuns)
  }, 120_000)
})
