import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {createLineIndex, offsetToPoint} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {checkDelimiterRuns, MarkdownDepthError, maxMarkdownDepth} from './markdown-depth.js'
import {rebuildMarkdown} from './rebuild-markdown.js'
import {segmentMarkdown} from './segment-markdown.js'

const deep = fileURLToPath(new URL('./fixtures/deep/', import.meta.url))

/** The error segmentMarkdown throws for `markdown`, checked to be a depth error whose point agrees with its offset. */
function refusal(markdown: string, file?: string): MarkdownDepthError {
  let caught: unknown
  try {
    segmentMarkdown(markdown, file === undefined ? {lang: 'ru'} : {lang: 'ru', file})
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(MarkdownDepthError)
  const error = caught as MarkdownDepthError
  expect(error.exitCode).toBe(2)
  expect(error.point).toEqual(offsetToPoint(createLineIndex(markdown), error.point.offset))
  return error
}

// Each file from the fuzz campaign overflowed the stack (RangeError) in the segmenter.
// Their long runs of `*` cost micromark up to 20 s of CPU (its emphasis matching is quadratic): they are refused
// by checkDelimiterRuns before it reads them, at the place checkDepth gives.
describe('fuzz repros nested thousands of levels deep are refused at a place, never a RangeError', () => {
  const cases: Array<[string, number, number]> = [
    ['md-blockquote-4000.md', 1, 1001],
    ['md-strong-1500.md', 1, 2007],
    ['md-strong-3000.md', 1, 2005],
    ['markdown-crash-1.txt', 11, 2172],
    ['markdown-crash-2.txt', 11, 2196]
  ]
  for (const [name, line, column] of cases) {
    test(name, () => {
      const error = refusal(readFileSync(deep + name, 'utf8'), name)
      expect([error.point.line, error.point.column]).toEqual([line, column])
      expect(error.message).toContain(`${name}:${line}:${column}:`)
    })
  }
})

describe('the depth limit', () => {
  // `>` × n: n block quotes, a paragraph at n + 1, its text at n + 2 levels below the root.
  const quotes = (n: number, text = ' Цитата. Ещё одна.') => '>'.repeat(n) + text
  test('a document right at the limit is segmented', () => {
    const segments = segmentMarkdown(quotes(maxMarkdownDepth - 2), {lang: 'ru'})
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['blockquote', 'Цитата.'],
      ['blockquote', 'Ещё одна.']
    ])
  })

  test('one level more is refused where the deepest node starts', () => {
    const error = refusal(quotes(maxMarkdownDepth - 1), 'q.md')
    expect(error.point).toEqual({line: 1, column: maxMarkdownDepth + 1, offset: maxMarkdownDepth})
    expect(error.file).toBe('q.md')
  })

  test('a deep list and deep emphasis on later lines are placed there', () => {
    const list = `Текст.\n\n${'- '.repeat(maxMarkdownDepth + 5)}пункт`
    expect(refusal(list).point.line).toBe(3)
    const strong = `Текст.\n\nАбзац ${'**'.repeat(maxMarkdownDepth + 5)}x${'**'.repeat(maxMarkdownDepth + 5)}`
    const error = refusal(strong)
    expect(error.point.line).toBe(3)
  })

  test('a byte order mark moves the place by one column', () => {
    const plain = refusal(quotes(maxMarkdownDepth + 10))
    const bom = refusal(`\ufeff${quotes(maxMarkdownDepth + 10)}`)
    expect(bom.point).toEqual({line: 1, column: plain.point.column + 1, offset: plain.point.offset + 1})
  })

  test('the rebuild refuses the same document the same way', () => {
    const markdown = `# Заголовок\n\n${quotes(maxMarkdownDepth + 3)}`
    expect(() => rebuildMarkdown(markdown, new Map(), {lang: 'ru', file: 'doc.md'})).toThrow(MarkdownDepthError)
  })
})

describe('two long runs of one marker are refused before micromark reads them', () => {
  const run = '*'.repeat(2 * maxMarkdownDepth)
  test('runs that pair into strong emphasis past the limit', () => {
    for (const markdown of [`Текст ${run}Ж${run}.`, `Абзац\nтекст ${run}a\nb${run}`, `a_${'_'.repeat(2 * maxMarkdownDepth)}x${'_'.repeat(2 * maxMarkdownDepth)}_b`]) {
      expect(() => checkDelimiterRuns(markdown)).toThrow(MarkdownDepthError)
    }
  })
  test('runs that cannot pair, or pair too few, are left to the parser', () => {
    const short = '*'.repeat(2 * maxMarkdownDepth - 2)
    for (const markdown of [
      `Текст ${run} конец.`,
      `Текст ${run}Ж\n\nДругой абзац Ж${run}.`,
      `Текст Ж${run} и ${run}Ж.`,
      `Текст ${short}Ж${short}.`,
      `${run}\n\n${run}\n`
    ]) {
      expect(() => checkDelimiterRuns(markdown)).not.toThrow()
    }
  })
})
