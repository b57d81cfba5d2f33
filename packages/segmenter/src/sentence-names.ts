import {DASH, LETTER, SPACE, UPPER} from './sentence-chars.js'
import type {SentenceLanguage} from './sentence-language.js'
import {lettersEnd, wordStart} from './sentence-left.js'

// Initials and names: А. В. Иванов, Дж. Д. Вэнс, Шарлапаев К.Б.

const SURNAME = /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ой|енко|ук|юк|ян|янц|дзе|швили|улы|кызы)$/
const FIRST_NAMES = new Set(['валентин', 'константин', 'мартин', 'вениамин', 'марин', 'кристин'])

/**
 * «Шарлапаев К.Б. Встреча…», «министр Иванов А. Встреча…»: initials after
 * a surname close the name, so a capital word after them starts a sentence
 * (unless it is itself an initial). Before the surname (К. Токаев) they do not.
 */
export function followsSurname(text: string, flags: Uint16Array, start: number, right: number): boolean {
  const end = lettersEnd(text, flags, right)
  if (text.charCodeAt(end) === 46 && end - right <= 3) return false
  let p = start
  for (let k = 0; k < 2; k++) {
    let q = p - 1
    if (text.charCodeAt(q) === 32) q--
    if (text.charCodeAt(q) !== 46 || !(flags[text.charCodeAt(q - 1)]! & UPPER)) break
    if (flags[text.charCodeAt(q - 2)]! & LETTER) break
    p = q - 1
  }
  if (text.charCodeAt(p - 1) !== 32) return false
  const s = wordStart(text, flags, p - 1)
  const word = text.slice(s, p - 1)
  if (word.length < 4 || !(flags[word.charCodeAt(0)]! & UPPER)) return false
  const lower = word.toLowerCase()
  return SURNAME.test(lower) && !FIRST_NAMES.has(lower)
}

/** Whether `[start, dot)` is a first-name initial: А., Дж., the S of U.S. — not Objective-C or Твртко I. */
export function isInitial(text: string, flags: Uint16Array, lang: SentenceLanguage, start: number, dot: number, key: string): boolean {
  if (dot - start > 1) return lang.initials.has(key)
  const before = start > 0 ? text.charCodeAt(start - 1) : 32
  if (before === 46) return true
  if (before === 47) return false // A/S, w/o
  if (flags[before]! & DASH) return start > 1 && text.charCodeAt(start - 2) === 46
  if (lang.code === 'en') return true
  // In Russian text a Latin capital after a Cyrillic word is a numeral or a
  // letter name (Пётр I, витамин C), not an initial.
  const latin = text.charCodeAt(start) < 0x80
  if (!latin) return true
  let p = start - 1
  while (p > 0 && flags[text.charCodeAt(p)]! & SPACE && start - p < 3) p--
  return text.charCodeAt(p) < 0x80
}

/** After an initial: a sentence starts only with a starter word that is not itself an initial (А. В. Иванов). */
export function isStarter(text: string, flags: Uint16Array, lang: SentenceLanguage, right: number): boolean {
  const end = lettersEnd(text, flags, right)
  if (end === right) return false
  // О'Брайен, д'Артаньян: a letter and an apostrophe open a name, not the word «о».
  const apostrophe = text.charCodeAt(end)
  if ((apostrophe === 39 || apostrophe === 0x2019) && flags[text.charCodeAt(end + 1)]! & LETTER) return false
  if (text.charCodeAt(end) === 46 && end - right <= 3) return false
  return lang.starters.has(text.slice(right, end).toLowerCase())
}
