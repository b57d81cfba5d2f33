import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {segmentText} from './segment-text.js'
import type {Sentence} from './types.js'

const OBJECT = '\uFFFC'

/** The laws of issue 2: in order, non-overlapping, trimmed, covering every non-whitespace character. */
function checkLaws(text: string, sentences: Sentence[]): void {
  let previous = 0
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previous)
    expect(s.end).toBeGreaterThan(s.start)
    expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(s.text.trim()).toBe(s.text)
    expect(text.slice(previous, s.start).trim()).toBe('')
    previous = s.end
  }
  expect(text.slice(previous).trim()).toBe('')
}

describe('segmentText', () => {
  it('returns UTF-16 offsets into the input', () => {
    const text = '  Первое предложение.\n\tВторое — с эмодзи 🇰🇿! Третье?  '
    const got = segmentText(text, {lang: 'ru'})
    const at = (s: string) => ({text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length})
    expect(got).toEqual([at('Первое предложение.'), at('Второе — с эмодзи 🇰🇿!'), at('Третье?')])
    expect(got[1]).toEqual({text: 'Второе — с эмодзи 🇰🇿!', start: 23, end: 46})
    checkLaws(text, got)
  })

  it('gives no sentences for empty or blank text', () => {
    expect(segmentText('', {lang: 'ru'})).toEqual([])
    expect(segmentText(' \n\t\u00a0 ', {lang: 'en'})).toEqual([])
  })

  it('reads U+FFFC as a word: it neither ends nor starts a sentence by itself', () => {
    const sentences = (text: string) => segmentText(text, {lang: 'ru'}).map((s) => s.text)
    expect(sentences(`Команда ${OBJECT} устанавливает пакет.`)).toEqual([`Команда ${OBJECT} устанавливает пакет.`])
    expect(sentences(`Текст сноски.${OBJECT} Далее идет текст.`)).toEqual([`Текст сноски.${OBJECT}`, 'Далее идет текст.'])
    expect(sentences(`Подпись к фото. ${OBJECT}`)).toEqual([`Подпись к фото. ${OBJECT}`])
    expect(sentences(`Первое. ${OBJECT} работает так.`)).toEqual([`Первое. ${OBJECT} работает так.`])
    expect(sentences(`Ключ ${OBJECT}.${OBJECT} Новая строка.`)).toEqual([`Ключ ${OBJECT}.${OBJECT}`, 'Новая строка.'])
  })

  it('throws a TypeError naming the option on misuse', () => {
    const call = segmentText as (text: unknown, options: unknown) => Sentence[]
    expect(() => call('Текст.', {lang: 'de'})).toThrow(TypeError)
    expect(() => call('Текст.', {lang: 'de'})).toThrow(/options\.lang/)
    expect(() => call('Текст.', {})).toThrow(/options\.lang/)
    expect(() => call('Текст.', undefined)).toThrow(/options/)
    expect(() => call(42, {lang: 'ru'})).toThrow(/text must be a string/)
  })

  it('handles long inputs without blowing up', () => {
    const paragraph = 'В 2022 г. объем торговли вырос на 12,5%. Стороны подписали меморандум. '
    const text = paragraph.repeat(5_000)
    const got = segmentText(text, {lang: 'ru'})
    expect(got).toHaveLength(10_000)
    expect(got[9_999]!.end).toBe(text.length - 1)
    const dots = '.'.repeat(50_000) + 'a.B'.repeat(20_000)
    checkLaws(dots, segmentText(dots, {lang: 'en'}))
  }, 30_000)
})

// Strings built from the characters the rules look at, so fast-check reaches
// abbreviations, quotes, dashes, line breaks and U+FFFC, not only noise.
const pieces = [
  'г', 'т', 'д', 'п', 'и', 'др', 'млн', 'Иванов', 'А', 'Б', 'США', 'Mr', 'U', 'S', 'Inc', 'a', 'm', 'word', 'Word',
  '1', '2022', '12,5', '%', '.', '..', '...', '…', '!', '?', '?!', ',', ':', ';', '«', '»', '"', "'", '(', ')', '[', ']',
  '—', '–', '-', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028', OBJECT, '@', '/', 'www', '://', '<', '>',
  '🇰🇿', '😀', '\ud800', 'é', 'ß'
]
const arbitraryText = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: 'binary', maxLength: 200}),
  fc.array(fc.constantFrom(...pieces), {maxLength: 80}).map((parts) => parts.join(''))
)

describe('segmentText laws (fast-check)', () => {
  for (const lang of ['ru', 'en'] as const) {
    it(`${lang}: segments are in order, non-overlapping, trimmed and cover all non-whitespace`, () => {
      fc.assert(
        fc.property(arbitraryText, (text) => {
          checkLaws(text, segmentText(text, {lang}))
        }),
        {numRuns: 3000}
      )
    }, 60_000)

    it(`${lang}: joining the segments with the whitespace between gives back the input`, () => {
      fc.assert(
        fc.property(arbitraryText, (text) => {
          const got = segmentText(text, {lang})
          let rebuilt = ''
          let at = 0
          for (const s of got) {
            rebuilt += text.slice(at, s.start) + s.text
            at = s.end
          }
          rebuilt += text.slice(at)
          expect(rebuilt).toBe(text)
          expect(got.map((s) => s.text).join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''))
        }),
        {numRuns: 2000}
      )
    }, 60_000)
  }
})
