import {DIGIT, LETTER, LOWER, SPACE, UPPER} from './sentence-chars.js'
import type {SentenceLanguage} from './sentence-language.js'
import {dottedKey, isListMarker, isSentenceInitial, lettersEnd, previousToken, wordStart} from './sentence-left.js'
import {isDateline} from './sentence-dateline.js'
import {followsSurname, isInitial, isStarter} from './sentence-names.js'

// The hard case: a `.` after a word, with a capital, a digit or a symbol
// after the space. Is the word an abbreviation, an initial, a list number?

const YEARS = new Set(['г', 'гг', 'в', 'вв'])

/** The `.` at `dot` ends a sentence before the word at `right` (capital, digit or symbol)? */
export function endsAfterDot(
  text: string,
  flags: Uint16Array,
  lang: SentenceLanguage,
  dot: number,
  right: number,
  sentenceStart: number,
  dash: boolean
): boolean {
  let start = wordStart(text, flags, dot)
  const rf = flags[text.charCodeAt(right)]!
  const rightDigit = (rf & DIGIT) !== 0
  // «N°. 1026», «№. 5»: a number sign before a number.
  if (start === dot) return !(rightDigit && isNumberSign(text, dot))
  if (isDateline(text, flags, sentenceStart, dot, right)) return false
  let afterNumber = false
  if (flags[text.charCodeAt(start)]! & DIGIT) {
    let s = start
    while (s < dot && flags[text.charCodeAt(s)]! & DIGIT) s++
    if (s === dot) return !isListMarker(text, flags, start, sentenceStart, lang)
    if (!(flags[text.charCodeAt(s)]! & LETTER)) return true
    start = s // 2022г., 1996-1999гг.
    afterNumber = true
  }
  const first = flags[text.charCodeAt(start)]!
  // `a. The first item`: a lowercase letter opening the sentence marks a list item.
  if (dot - start === 1 && first & LOWER && opensSentence(text, flags, start, sentenceStart)) return false
  const word = text.slice(start, dot)
  const key = word.toLowerCase()
  const dotted = dottedKey(text, flags, start, dot)
  // S.A., N.V. after a company name are tails, not initials (but Н. Э. Ончуков is a name).
  if (first & UPPER && !(lang.dotted.get(dotted) === 'tail' && text.charCodeAt(start) < 0x80)) {
    if (isInitial(text, flags, lang, start, dot, key)) {
      if (rightDigit) return false
      return isStarter(text, flags, lang, right) || ((rf & UPPER) !== 0 && lang.code === 'ru' && followsSurname(text, flags, start, right))
    }
    if (/^[IVXLCDM]+$/.test(word)) {
      if (isSentenceInitial(text, flags, start, sentenceStart) || isListMarker(text, flags, start, sentenceStart, lang)) return false
    }
  }
  let kind: string | undefined
  for (let k = dotted; k && !kind; ) {
    kind = lang.dotted.get(k)
    const at = k.indexOf('.')
    k = at < 0 ? '' : k.slice(at + 1)
    if (!k.includes('.')) break
  }
  if (kind === 'head') return false
  // An unknown dotted abbreviation (п.п., с.-х.) ends like a tail one.
  kind ??= /^(?:[^.]\.)+[^.]$/.test(dotted) && flags[text.charCodeAt(start)]! & LOWER ? 'tail' : lang.kinds.get(key)
  if (kind === undefined) return true
  if (kind === 'head') return lang.code === 'ru' && isStarter(text, flags, lang, right)
  if (kind === 'numberHead') return !rightDigit
  if (kind === 'context') {
    const previous = afterNumber ? 'number' : previousToken(text, flags, start, sentenceStart, lang)
    if (previous === 'comma-number' && key === 'г') return false // «Дом, где родился Л.Н.Толстой, 1898 г. В 1854 году…»
    if (previous === 'word' || previous === 'none') {
      if (key !== 'пр' || !followsAnd(text, start)) return isStarter(text, flags, lang, right) && lang.code === 'ru'
    }
  }
  // «2022 г. — …», «В 2010-2012 гг. Виктор…», «1 января 49 года до н. э. Марк Антоний…»: a date phrase
  // opening the sentence, not a sentence of its own.
  if (dash || !hasLongWord(text, flags, sentenceStart, start) || (lang.code === 'ru' && isDatePhrase(text, sentenceStart, start))) return false
  // ст. 15 п. 3, в 10 ч. 30 мин.: only years and centuries end before a number.
  if (kind === 'context' && rightDigit && !YEARS.has(key)) return false
  return endsAfterTail(text, flags, lang, key, word, right)
}

// Words a date phrase is made of: prepositions and particles, time nouns («веке», «года», «середине»),
// month names and the adverbs that open a dated sentence («Одновременно», «Позднее»). Two letters or
// fewer pass too (в, с, до, н, э, the «х» of «1970-х»).
const dateWord =
  /^(?:.{1,2}|после|около|примерно|приблизительно|уже|ещё|еще|лишь|только|между|начиная|век[а-я]*|вв|год[а-я]*|лет|середин[а-я]*|начал[а-я]*|конц[а-я]*|конец|половин[а-я]*|течени[а-я]*|рубеж[а-я]*|исход[а-я]*|квартал[а-я]*|январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе]|июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|декабр[а-я]*|одновременно|тогда|затем|позднее|позже|ранее|впоследствии|также|вскоре|наконец|сначала)$/

/** `[from, to)` is only a date phrase: numbers and date words, no verb or subject (bounded look). */
function isDatePhrase(text: string, from: number, to: number): boolean {
  if (to - from > 80) return false
  const words = text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? []
  return words.length > 0 && /\d/.test(text.slice(from, to)) && words.every((w) => dateWord.test(w))
}

/** Whether `[from, to)` holds a word of three letters or more (bounded look). */
function hasLongWord(text: string, flags: Uint16Array, from: number, to: number): boolean {
  if (to - from > 48) return true
  let run = 0
  for (let p = from; p < to; p++) {
    if (flags[text.charCodeAt(p)]! & LETTER) {
      if (++run >= 3) return true
    } else run = 0
  }
  return false
}

/** A tail abbreviation (5 млн., 2022 г., и т. д., Inc.) ends the sentence before a capital or a number. */
function endsAfterTail(
  text: string,
  flags: Uint16Array,
  lang: SentenceLanguage,
  key: string,
  word: string,
  right: number
): boolean {
  const rf = flags[text.charCodeAt(right)]!
  if (rf & DIGIT) return true
  if (text.charCodeAt(right) === 0x2116) return false // от 1 сентября 2024 г. № 123
  if (rf & LETTER) {
    const next = text.slice(right, lettersEnd(text, flags, right)).toLowerCase()
    if (lang.keptBefore.has(key + '.' + next)) return false
    // Inc. The…, P.M. Mr. Smith…: a starter word or a title opens the next sentence.
    if (lang.code === 'en' && flags[word.charCodeAt(0)]! & UPPER) {
      return lang.starters.has(next) || (lang.kinds.get(next) === 'head' && text.charCodeAt(right + next.length) === 46)
    }
  }
  return true
}

/** Only spaces stand between the sentence start and `at`. */
function opensSentence(text: string, flags: Uint16Array, at: number, sentenceStart: number): boolean {
  let p = at
  while (p > sentenceStart && at - p < 8 && flags[text.charCodeAt(p - 1)]! & SPACE) p--
  return p === sentenceStart
}

function isNumberSign(text: string, dot: number): boolean {
  const c = text.charCodeAt(dot - 1)
  return c === 0x2116 || (c === 0xb0 && (text.charCodeAt(dot - 2) | 0x20) === 110)
}

function followsAnd(text: string, start: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === 32 && (text.charCodeAt(start - 2) | 0x20) === 0x438 &&
    (start === 2 || !/[\p{L}\d]/u.test(text.charAt(start - 3)))
}
