import {DIGIT, LETTER, OBJECT, SPACE, TERMINATOR, UPPER, WORD} from './sentence-chars.js'
import type {SentenceLanguage} from './sentence-language.js'

// Reading the words around a candidate boundary. Every scan here is bounded
// by a small window so the segmenter stays linear on any input.

export const WORD_WINDOW = 40

/** Start of the word that ends at `end` (letters and digits, at most WORD_WINDOW back). */
export function wordStart(text: string, flags: Uint16Array, end: number): number {
  let s = end
  while (s > 0 && end - s < WORD_WINDOW) {
    const c = text.charCodeAt(s - 1)
    if (c === OBJECT || !(flags[c]! & WORD)) break
    s--
  }
  return s
}

/** End of the run of letters starting at `start` (at most WORD_WINDOW long). */
export function lettersEnd(text: string, flags: Uint16Array, start: number): number {
  let e = start
  const n = text.length
  while (e < n && e - start < WORD_WINDOW && flags[text.charCodeAt(e)]! & LETTER) e++
  return e
}

/**
 * The dotted letter sequence ending at `[start, end)`, read backwards:
 * `т. д`, `т.е`, `U.S`, `к.т.н`. Returns the lowercase parts joined by dots,
 * or '' when the word is not preceded by a dotted short part.
 */
export function dottedKey(text: string, flags: Uint16Array, start: number, end: number): string {
  let key = text.slice(start, end).toLowerCase()
  let parts = 1
  let p = start
  while (parts < 4) {
    let dot = p - 1
    if (dot >= 0 && text.charCodeAt(dot) === 32) dot--
    if (dot < 1 || text.charCodeAt(dot) !== 46) break
    let s = dot
    while (s > 0 && dot - s < 4 && flags[text.charCodeAt(s - 1)]! & LETTER) s--
    if (s === dot || dot - s > 3) break
    if (s > 0 && flags[text.charCodeAt(s - 1)]! & WORD) break
    key = text.slice(s, dot).toLowerCase() + '.' + key
    parts++
    p = s
  }
  return parts > 1 ? key : ''
}

export type PreviousToken = 'none' | 'number' | 'name' | 'word' | 'comma-number'

/**
 * What stands before the word at `start`: a number (2022 г.), a capitalised
 * name in mid-sentence (Тверской ул.), another word, or nothing.
 */
export function previousToken(
  text: string,
  flags: Uint16Array,
  start: number,
  sentenceStart: number,
  lang: SentenceLanguage
): PreviousToken {
  let p = start
  while (p > sentenceStart && start - p < 4 && flags[text.charCodeAt(p - 1)]! & SPACE) p--
  if (p === start && p > 0 && text.charCodeAt(p - 1) === 45) p-- // 1996-1999 гг., 5-й
  if (p > sentenceStart && text.charCodeAt(p - 1) === 46) {
    // 5 тыс. т.: a quantity abbreviation counts as a number.
    const s = wordStart(text, flags, p - 1)
    return lang.kinds.get(text.slice(s, p - 1).toLowerCase()) === 'tail' ? 'number' : 'none'
  }
  const e = p
  const s = wordStart(text, flags, e)
  if (s === e || s < sentenceStart) return 'none'
  const first = flags[text.charCodeAt(s)]!
  if (first & DIGIT) {
    let b = s
    while (b > sentenceStart && s - b < 4 && flags[text.charCodeAt(b - 1)]! & SPACE) b--
    return b > 0 && text.charCodeAt(b - 1) === 44 ? 'comma-number' : 'number'
  }
  const word = text.slice(s, e)
  if (/^[IVXLCDM]+$/.test(word)) return 'number'
  // 1,2 млрд т.: a quantity word counts as a number.
  if (lang.kinds.get(word.toLowerCase()) === 'tail') return 'number'
  if (!(first & UPPER) || e - s < 2) return 'word'
  return isSentenceInitial(text, flags, s, sentenceStart) ? 'word' : 'name'
}

/** Whether only openers, dashes and spaces stand between `start` and the sentence start. */
export function isSentenceInitial(text: string, flags: Uint16Array, start: number, sentenceStart: number): boolean {
  let p = start
  while (p > sentenceStart && start - p < 8) {
    const f = flags[text.charCodeAt(p - 1)]!
    if (f & (WORD | TERMINATOR)) return (f & TERMINATOR) !== 0
    p--
  }
  return p <= sentenceStart
}

/**
 * Whether the number at `start` is a list marker or a heading number: `1.`,
 * `1.2.` opening its sentence or after a colon or semicolon, `Статья 5.`, `Раздел II.`,
 * `Chapter 3.` (a heading word alone before it).
 */
export function isListMarker(
  text: string,
  flags: Uint16Array,
  start: number,
  sentenceStart: number,
  lang: SentenceLanguage
): boolean {
  let p = start
  while (p > sentenceStart && start - p < 12) {
    const c = text.charCodeAt(p - 1)
    const f = flags[c]!
    // «Порядок: 1. Подать…» is an item; «Номер горячей линии: 1414.» is a number.
    if (c === 58 || c === 59) return p < start && digitsFrom(text, flags, start) <= 2
    if (f & LETTER && p < start) {
      const s = wordStart(text, flags, p)
      return lang.headings.has(text.slice(s, p).toLowerCase()) && isSentenceInitial(text, flags, s, sentenceStart)
    }
    if (!(f & (DIGIT | SPACE)) && c !== 46) return isBulletMark(c) && bulletOpens(text, flags, p - 1, sentenceStart)
    p--
  }
  return p <= sentenceStart
}

function digitsFrom(text: string, flags: Uint16Array, start: number): number {
  let p = start
  while (p < text.length && p - start < 8 && flags[text.charCodeAt(p)]! & DIGIT) p++
  return p - start
}

/** Bullets that may stand before a list number: `• 9. The first item`, `⁃10.`. */
export function isBulletMark(c: number): boolean {
  return c === 0x2022 || c === 0x2043 || c === 0x25aa || c === 0x25cf || c === 0xb7
}

function bulletOpens(text: string, flags: Uint16Array, at: number, sentenceStart: number): boolean {
  let p = at
  while (p > sentenceStart && at - p < 4 && flags[text.charCodeAt(p - 1)]! & SPACE) p--
  return p <= sentenceStart
}
