import type {Segment} from '@tolmach/core'
import type {TmxUnit} from '@tolmach/formats'
import {segmentMarkdown} from '@tolmach/segmenter'
import {expect, test} from 'vitest'
import {createMemory, tmxPairs, xliffPairs} from './export-memory.js'

const variant = (lang: string, text: string) => ({lang, text, placeholders: [], props: [], notes: [], position: {line: 1, column: 1, offset: 0}})
const unit = (ru: string, en: string): TmxUnit => ({props: [], notes: [], attributes: {}, position: {line: 1, column: 1, offset: 0}, variants: [variant('ru-RU', ru), variant('EN', en)]})

test('exact matches ignoring whitespace, only when the placeholders fit', () => {
  const segments = segmentMarkdown('Казахстан и **США** подписали.\n\nПервое предложение.\n\nДругое.\n', {lang: 'ru'})
  const lookup = createMemory(
    tmxPairs(
      [unit('Казахстан и  {1}США{/1}\nподписали.', 'Kazakhstan and the {1}U.S.{/1} signed.'), unit('Первое предложение.', 'First {1/} sentence.'), unit('Другое.', '')],
      'ru',
      'en'
    )
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

test('markup that wraps a whole segment does not prevent a match, either way round', () => {
  const segments = segmentMarkdown('**Итоги встречи**\n\nФото: МИД\n\n*Второе* слово.\n', {lang: 'ru'})
  expect(segments.map((s) => s.text)).toEqual(['{1}Итоги встречи{/1}', 'Фото: МИД', '{1}Второе{/1} слово.'])
  const lookup = createMemory([
    {source: 'Итоги  встречи', target: 'Results of the meeting'},
    {source: '{1}Фото: МИД{/1}', target: '{1}Photo: MFA{/1}'},
    {source: 'Второе слово.', target: 'Second word.'}
  ])
  expect(segments.map((s) => lookup(s)?.text)).toEqual(['{1}Results of the meeting{/1}', 'Photo: MFA', undefined])
})

test('a translated XLIFF is a memory; copies of the source are not', () => {
  const position = {line: 1, column: 1, offset: 0}
  const pairs = xliffPairs([
    {
      file: 'old.md',
      units: [
        {id: 'a', source: 'Первое.', target: 'First.', placeholders: [], position},
        {id: 'b', source: 'Второе.', target: 'Второе. ', placeholders: [], position},
        {id: 'c', source: 'Третье.', placeholders: [], position}
      ]
    }
  ])
  expect(pairs).toEqual([{source: 'Первое.', target: 'First.'}])
})
