import {DIGIT, LETTER, LOWER, SPACE, UPPER} from './sentence-chars.js'

// A news dateline opens a paragraph and belongs to its first sentence:
// «Астана. 5 марта. KAZAKHSTAN TODAY - Министр…», «ASTANA. KAZINFORM – Глава…».
// The city (one or two capitalised words), then perhaps a date (day, month,
// year), each closed by a period; an agency name in capitals or the date
// follows. A period inside it does not end a sentence.

const CITY = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?$/u
const CITY_DATE = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?[.,] \d{1,2} \p{L}{3,9}\.?(?: \d{4}(?: г)?\.?)?$/u

export function isDateline(text: string, flags: Uint16Array, sentenceStart: number, dot: number, right: number): boolean {
  if (dot - sentenceStart > 48 || right !== dot + 2 || !opensParagraph(text, flags, sentenceStart)) return false
  const head = text.slice(sentenceStart, dot)
  const rf = flags[text.charCodeAt(right)]!
  if (CITY.test(head)) return (rf & DIGIT) !== 0 || capitalsWord(text, flags, right)
  return CITY_DATE.test(head) && capitalsWord(text, flags, right)
}

function opensParagraph(text: string, flags: Uint16Array, at: number): boolean {
  let p = at
  while (p > 0 && flags[text.charCodeAt(p - 1)]! & SPACE) {
    const c = text.charCodeAt(p - 1)
    if (c === 10 || c === 13) return true
    p--
  }
  return p === 0
}

/** A word of two or more capitals (KAZINFORM, KAZAKHSTAN, РИА is not enough alone: it must run to a space). */
function capitalsWord(text: string, flags: Uint16Array, at: number): boolean {
  let p = at
  while (p < text.length && p - at < 40 && flags[text.charCodeAt(p)]! & UPPER) p++
  if (p - at < 2) return false
  const f = flags[text.charCodeAt(p)]!
  return !(f & LOWER) && (p === text.length || !(f & LETTER))
}
