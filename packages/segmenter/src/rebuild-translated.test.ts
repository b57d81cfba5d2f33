import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lawDocuments, shapeWithoutReferenceTypes, translatedRoundTrip, translatedShape, upper} from './fixtures/rebuild/law.js'

// A pseudo-translation changes every letter and no markup, so the rebuilt
// document must have the source's tree with only its text changed. The
// rebuilt hard fixtures are also kept as goldens (`UPDATE=1` rewrites them)
// so a change in layout shows up as a reviewable diff.
describe('rebuild with a pseudo-translation (upper case)', () => {
  for (const {name, markdown, lang} of lawDocuments) {
    test(`${name}: the source tree with translated text`, () => {
      const result = translatedRoundTrip(markdown, lang, upper)
      expect(result.findings).toEqual([])
      expect(shapeWithoutReferenceTypes(result.markdown)).toEqual(translatedShape(markdown, upper))
      if (name.includes('/rebuild/')) {
        const golden = new URL(`./fixtures/rebuild/upper/${name.split('/').at(-1)!}`, import.meta.url)
        if (process.env['UPDATE']) writeFileSync(golden, result.markdown)
        expect(existsSync(golden), `${golden.pathname} is missing: run with UPDATE=1 and review it`).toBe(true)
        expect(result.markdown).toBe(readFileSync(golden, 'utf8'))
      }
    })
  }
})
