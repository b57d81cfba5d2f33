// Fuzz target: the segmenter's laws on generated text and Markdown.
//  - segmentText: each sentence is `text.slice(start, end)`, sentences are in
//    order, and only whitespace lies between and around them (segment → join → same text);
//  - segmentMarkdown: never throws but a MarkdownDepthError (too deep, exit 2),
//    and every segment's position agrees with its offsets and lies in the document.
import fc from 'fast-check'
import {createLineIndex, offsetToPoint} from '../../../packages/core/dist/index.js'
import {MarkdownDepthError, segmentMarkdown, segmentText} from '../../../packages/segmenter/dist/index.js'
import {deepMarkdown, markdownSoup} from './markdown-gen.mjs'

const prose = fc
  .array(fc.constantFrom('Министр', 'г.', 'т.е.', 'U.S.', 'Dr.', '2024.', '«Цитата.»', '—', 'Ок!', '...', '?', ' ', '\n', '  ', 'a', 'Б'), {maxLength: 50})
  .map((p) => p.join(' '))

function textLaw(text, lang) {
  const sentences = segmentText(text, {lang})
  let at = 0
  for (const s of sentences) {
    if (s.text !== text.slice(s.start, s.end)) throw new Error(`sentence text differs from its range ${s.start}–${s.end}`)
    if (s.start < at) throw new Error('sentences overlap or go backwards')
    if (text.slice(at, s.start).trim() !== '') throw new Error(`text lost between sentences at ${at}`)
    at = s.end
  }
  if (text.slice(at).trim() !== '') throw new Error(`text lost after the last sentence at ${at}`)
}

function markdownLaw(markdown) {
  let segments
  try {
    segments = segmentMarkdown(markdown, {lang: 'ru', file: 'fuzz.md'})
  } catch (error) {
    if (error instanceof MarkdownDepthError) return
    throw error
  }
  const lines = createLineIndex(markdown)
  for (const s of segments) {
    for (const point of [s.position.start, s.position.end]) {
      const expected = offsetToPoint(lines, point.offset)
      if (expected.line !== point.line || expected.column !== point.column) throw new Error(`segment ${s.id}: position ${point.line}:${point.column} disagrees with offset ${point.offset}`)
    }
  }
}

export default {
  name: 'segmenter',
  run(seed, budgetMs) {
    const deadline = Date.now() + budgetMs
    let tried = 0
    const property = fc.property(fc.oneof(prose, markdownSoup), fc.constantFrom('ru', 'en'), (text, lang) => {
      textLaw(text, lang)
      markdownLaw(text)
      tried++
    })
    fc.assert(property, {seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false})
    // Deep documents are slow to parse (micromark): a few per run.
    fc.assert(
      fc.property(deepMarkdown, (markdown) => {
        if (Date.now() < deadline + budgetMs / 4) markdownLaw(markdown)
        tried++
      }),
      {seed, numRuns: 5}
    )
    return {tried}
  }
}
