import {abbreviationsEn} from './abbreviations-en.js'
import {abbreviationsRu} from './abbreviations-ru.js'
import {compileLanguage, type SentenceLanguage } from './sentence-language.js'
import {findSentenceEnds} from './sentence-scanner.js'
import type {SegmentTextOptions, Sentence} from './types.js'

let languages: Record<'ru' | 'en', SentenceLanguage> | undefined

function language(lang: 'ru' | 'en'): SentenceLanguage {
  languages ??= {ru: compileLanguage(abbreviationsRu, 'ru'), en: compileLanguage(abbreviationsEn, 'en')}
  return languages[lang]
}

/**
 * Splits plain text into sentences. Offsets are UTF-16 code units into
 * `text`; each sentence is trimmed, and joining the sentences with the
 * whitespace between them gives back `text`. U+FFFC stands for atomic inline
 * markup and is read as a word character.
 *
 * Line breaks: a blank line always ends a sentence; a single break ends one
 * before a list item (`- `, `• `, `1. `) or when the line before does not
 * run on (it ends in `:`, a capital, a digit or a bracket, not in a lowercase
 * letter, comma or dash) and the next starts with a capital, digit or quote.
 * Hard-wrapped prose therefore stays whole.
 *
 * @throws {TypeError} when `text` is not a string or `options.lang` is not 'ru' or 'en'.
 */
export function segmentText(text: string, options: SegmentTextOptions): Sentence[] {
  if (typeof text !== 'string') throw new TypeError(`segmentText: text must be a string, got ${typeof text}`)
  if (options === null || typeof options !== 'object') {
    throw new TypeError('segmentText: options must be an object with lang')
  }
  const lang = options.lang
  if (lang !== 'ru' && lang !== 'en') {
    throw new TypeError(`segmentText: options.lang must be 'ru' or 'en', got ${JSON.stringify(lang) ?? typeof lang}`)
  }
  const out: Sentence[] = []
  let from = 0
  for (const end of findSentenceEnds(text, language(lang))) {
    push(text, from, end, out)
    from = end
  }
  push(text, from, text.length, out)
  return out
}

function push(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from
  let end = to
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  if (start < end) out.push({text: text.slice(start, end), start, end})
}

// Exactly the characters String.prototype.trim removes.
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
