import {describe, expect, test} from 'vitest'
import {cutBlock, translatableRanges} from './markdown-cut.js'
import {flattenInline} from './markdown-inline.js'
import {parseMarkdown} from './markdown-parse.js'
import type {Sentence} from './types.js'

const sentence = (text: string, part: string, from = 0): Sentence => {
  const start = text.indexOf(part, from)
  return {text: part, start, end: start + part.length}
}

describe('translatableRanges', () => {
  test('a letterless sentence joins the one before, or the one after when first', () => {
    const text = '2024. Итоги года. 12,5%. Конец.'
    const sentences = ['2024.', 'Итоги года.', '12,5%.', 'Конец.'].map((s) => sentence(text, s))
    expect(translatableRanges(text, sentences)).toEqual([
      [0, 24],
      [25, text.length]
    ])
  })
  test('no letters, no ranges', () => {
    expect(translatableRanges('1. 2.', [sentence('1. 2.', '1.'), sentence('1. 2.', '2.')])).toEqual([])
  })
})

describe('cutBlock', () => {
  const cut = (markdown: string, parts: string[]) => {
    const root = parseMarkdown(markdown)
    const paragraph = root.children[0]
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph')
    const block = flattenInline(paragraph.children, markdown)
    let from = 0
    const sentences = parts.map((part) => {
      const s = sentence(block.plain, part, from)
      from = s.end
      return s
    })
    const pieces = cutBlock(block.events, block.plain.length, translatableRanges(block.plain, sentences))
    return pieces.map((piece) => ({
      plain: block.plain.slice(piece.charStart, piece.charEnd),
      events: block.events.slice(piece.eventStart, piece.eventEnd).map((e) => `${e.kind}:${e.node}`)
    }))
  }

  test('closing markers stay with the sentence before, opening ones go after', () => {
    expect(cut('**One.** *Two.*', ['One.', 'Two.'])).toEqual([
      {plain: 'One.', events: ['open:strong', 'close:strong']},
      {plain: 'Two.', events: ['open:emphasis', 'close:emphasis']}
    ])
  })

  test('whitespace inside a link that opens between sentences stays inside', () => {
    expect(cut('One. [ Two.](u)', ['One.', 'Two.'])).toEqual([
      {plain: 'One.', events: []},
      {plain: ' Two.', events: ['open:link', 'close:link']}
    ])
  })

  test('a break between sentences and an empty link stay with the sentence before', () => {
    expect(cut('One.  \nTwo. [](u) Three.', ['One.', 'Two.', 'Three.'])).toEqual([
      {plain: 'One.\n', events: ['atomic:break']},
      {plain: 'Two. ', events: ['open:link', 'close:link']},
      {plain: 'Three.', events: []}
    ])
  })

  test('glued sentences: a close at the boundary goes before, an open after', () => {
    expect(cut('[One.](u)Two.[Three.](v)', ['One.', 'Two.', 'Three.'])).toEqual([
      {plain: 'One.', events: ['open:link', 'close:link']},
      {plain: 'Two.', events: []},
      {plain: 'Three.', events: ['open:link', 'close:link']}
    ])
  })
})
