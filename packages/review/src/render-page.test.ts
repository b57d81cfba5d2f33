import type {Segment} from '@tolmach/core'
import {describe, expect, it} from 'vitest'
import {renderReviewPage} from './render-page.js'
import {reviewDocument} from './review-document.js'

const segment = (id: string, text: string, index: number): Segment =>
  ({id, text, index, kind: 'paragraph', placeholders: [], map: [[0, 0]], file: 'x', position: {start: {line: index + 1, column: 1, offset: 0}, end: {line: index + 1, column: 2, offset: 1}}}) as unknown as Segment

describe('renderReviewPage', () => {
  const beads = [
    {src: [0], tgt: [0], score: 0.9, verdict: 'ok' as const, source: [segment('r0', '</script><script>alert(1)</script>', 0)], target: [segment('e0', 'a\u2028b "x" & <y>', 0)], findings: []}
  ]
  const page = renderReviewPage([reviewDocument(beads, {sourceFile: 'ru.md', targetFile: 'en.md', sourceLang: 'ru', targetLang: 'en'})], {
    lang: 'en',
    title: 'T <b>',
    messages: {}
  })

  it('cannot be broken out of: text in the data never closes its script element', () => {
    const data = page.slice(page.indexOf('<script type="application/json"'), page.indexOf('</script>', page.indexOf('<script type="application/json"')))
    expect(data).not.toContain('</script')
    expect(data).toContain('\\u003c/script>')
    expect(page).toContain('<title>T &#60;b&#62;</title>')
  })

  it('has nothing to fetch: no external script, style, font or image', () => {
    expect(page).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(/)
  })

  it('carries the data for the client, sentences in document order', () => {
    const json = page.slice(page.indexOf('>', page.indexOf('id="review-data"')) + 1, page.indexOf('</script>', page.indexOf('id="review-data"')))
    const parsed = JSON.parse(json)
    expect(parsed.documents[0].source.sentences[0]).toMatchObject({id: 'r0', text: '</script><script>alert(1)</script>'})
    expect(parsed.documents[0].target.sentences[0].text).toBe('a\u2028b "x" & <y>')
  })
})
