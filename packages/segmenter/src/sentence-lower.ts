import {DIGIT, LETTER, LOWER, SPACE, UPPER, WORD} from './sentence-chars.js'
import type {SentenceLanguage} from './sentence-language.js'
import {dottedKey, wordStart} from './sentence-left.js'
import type {Cluster} from './sentence-rules.js'

/**
 * English mail, chat and web text often starts sentences in lowercase:
 * «interested. jill allen finishes…», «where did you grow up? india?». A lone
 * `?`/`!`, or a `.` after an ordinary word (not an abbreviation, an initial or a
 * dotted sequence like U.S.), ends the sentence before a lowercase word when
 * nothing (no quote, no bracket) stands between. Russian keeps the old rule: a
 * lowercase word after final punctuation continues the sentence (ellipses,
 * «…», — сказал он).
 */
export function endsBeforeLowercase(text: string, flags: Uint16Array, lang: SentenceLanguage, cluster: Cluster, right: number): boolean {
  if (cluster.start !== cluster.term || cluster.end !== cluster.term + 1) return false
  if (lang.code !== 'en') return endsAfterFullWord(text, flags, lang, cluster.term)
  const term = text.charCodeAt(cluster.term)
  if (term === 33 || term === 63) {
    // `as i do ? i dont know`: chat puts a space before the mark.
    const at = text.charCodeAt(cluster.term - 1) === 32 ? cluster.term - 1 : cluster.term
    // `Yahoo! in the accounting department`: a brand name carries its `!`.
    return wordBefore(text, flags, at) && !(term === 33 && flags[text.charCodeAt(wordStart(text, flags, at))]! & UPPER)
  }
  if (term !== 46) return false
  const start = wordStart(text, flags, cluster.term)
  const length = cluster.term - start
  if (length < 2 || !wordBefore(text, flags, cluster.term)) return false
  const key = text.slice(start, cluster.term).toLowerCase()
  if (lang.kinds.has(key) || lang.initials.has(key) || dottedKey(text, flags, start, cluster.term)) return false
  // `www.adobe.com. then`, `4.0. and` end; `i.e. you`, `p.m. and` are dotted and do not.
  const c = text.charCodeAt(start - 1)
  if (c === 46 && !(flags[text.charCodeAt(start - 2)]! & WORD)) return false
  // A lowercase right word that is itself a unit or abbreviation (`5 p. m.`) continues.
  const end = lettersEndLower(text, flags, right)
  return text.charCodeAt(end) !== 46 || end - right > 3
}

// Russian spelling never cuts an abbreviation after a vowel, ь or й
// (сокр., англ., чуваш., прилаг.), so a period after a lowercase word that
// ends in one closes a sentence even before a lowercase word: «…в трёх сценах
// фильма. уровень программы…» (Wikipedia text with its headings and table
// cells flattened in). Single letters and dotted sequences (до н. э., т. е.)
// are left to the abbreviation rules.
const RU_FULL_ENDING = new Set('аеёиоуыэюяйь')

function endsAfterFullWord(text: string, flags: Uint16Array, lang: SentenceLanguage, dot: number): boolean {
  const start = wordStart(text, flags, dot)
  if (text.charCodeAt(dot) !== 46 || dot - start < 3 || !RU_FULL_ENDING.has(text[dot - 1]!)) return false
  for (let p = start; p < dot; p++) if (!(flags[text.charCodeAt(p)]! & LOWER)) return false
  if (start > 0 && !(flags[text.charCodeAt(start - 1)]! & SPACE)) return false
  const key = text.slice(start, dot)
  return !lang.kinds.has(key) && !dottedKey(text, flags, start, dot)
}

/** A word (letters or digits, two or more characters, or a number) stands right before `at`. */
function wordBefore(text: string, flags: Uint16Array, at: number): boolean {
  const f = flags[text.charCodeAt(at - 1)]!
  if (!(f & (LETTER | DIGIT))) return false
  return at >= 2 && (flags[text.charCodeAt(at - 2)]! & WORD) !== 0
}

function lettersEndLower(text: string, flags: Uint16Array, from: number): number {
  let e = from
  while (e < text.length && e - from < 40 && flags[text.charCodeAt(e)]! & LOWER) e++
  return e
}
