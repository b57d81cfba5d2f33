import {describe, expect, test} from 'vitest'
import {canonical, copySourceRoundTrip, lawDocuments, shape} from './fixtures/rebuild/law.js'

describe('round-trip law: export → copy source into target → import', () => {
  test('the suite covers the hard cases and the corpus', () => {
    expect(lawDocuments.filter((d) => d.name.includes('/rebuild/')).length).toBeGreaterThanOrEqual(11)
    expect(lawDocuments.filter((d) => d.name.includes('corpus/ru/')).length).toBe(2)
  })

  for (const {name, markdown, lang} of lawDocuments) {
    test(`${name}: same mdast, no findings`, () => {
      const result = copySourceRoundTrip(markdown, lang)
      expect(result.findings).toEqual([])
      expect(result.stats.translated).toBe(result.stats.segments)
      expect(shape(result.markdown)).toEqual(shape(markdown))
    })

    test(`${name}: with CRLF line endings, same bytes as the LF round trip gives`, () => {
      const crlf = markdown.replace(/\r?\n/g, '\r\n')
      const result = copySourceRoundTrip(crlf, lang)
      expect(result.findings).toEqual([])
      expect(shape(result.markdown)).toEqual(shape(crlf))
      expect(result.markdown).toBe(copySourceRoundTrip(markdown, lang).markdown.replace(/\r?\n/g, '\r\n'))
    })

    test(`${name}: byte-identical in remark-stringify's canonical form`, () => {
      const normal = canonical(markdown)
      const result = copySourceRoundTrip(normal, lang)
      expect(result.markdown).toBe(normal)
      if (markdown === normal) expect(copySourceRoundTrip(markdown, lang).markdown).toBe(markdown)
    })
  }
})
