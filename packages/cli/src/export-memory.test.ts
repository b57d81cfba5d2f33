import type {Segment} from '@tolmach/core'
import type {TmxUnit} from '@tolmach/formats'
import {segmentMarkdown} from '@tolmach/segmenter'
import {expect, test} from 'vitest'
import {createMemory} from './export-memory.js'

const variant = (lang: string, text: string) => ({lang, text, placeholders: [], props: [], notes: [], position: {line: 1, column: 1, offset: 0}})
const unit = (ru: string, en: string): TmxUnit => ({props: [], notes: [], attributes: {}, position: {line: 1, column: 1, offset: 0}, variants: [variant('ru-RU', ru), variant('EN', en)]})

test('exact matches ignoring whitespace, only when the placeholders fit', () => {
  const segments = segmentMarkdown('Казахстан и **США** подписали.\n\nПервое предложение.\n\nДругое.\n', {lang: 'ru'})
  const lookup = createMemory(
    [unit('Казахстан и  {1}США{/1}\nподписали.', 'Kazakhstan and the {1}U.S.{/1} signed.'), unit('Первое предложение.', 'First {1/} sentence.'), unit('Другое.', '')],
    'ru',
    'en'
  )
  const hits = segments.map((s: Segment) => lookup(s))
  expect(hits[0]).toEqual({
    text: 'Kazakhstan and the {1}U.S.{/1} signed.',
    state: 'translated',
    subState: 'tolmach:exact-match',
    xliff12State: 'needs-review-translation',
    stateQualifier: 'exact-match'
  })
  // A placeholder the source lacks, and an empty target, are no matches.
  expect(hits.slice(1)).toEqual([undefined, undefined])
})
