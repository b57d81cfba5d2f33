import {CLOSER, DASH, DIGIT, LETTER, LOWER, OBJECT, OPENER, SPACE, TERMINATOR, UPPER, WORD} from './sentence-chars.js'
import {endsAfterDot} from './sentence-dot.js'
import type {SentenceLanguage} from './sentence-language.js'
import {wordStart} from './sentence-left.js'
import {endsBeforeLowercase} from './sentence-lower.js'
import {BLANK_LINE} from './sentence-social.js'

/** A run of final punctuation with the closing quotes and brackets around it. */
export interface Cluster {
  /** First character (a closer before the terminator, as in `».`). */
  start: number
  /** The first terminator. */
  term: number
  /** After the last character. */
  end: number
  /** One `.` right after a word, perhaps followed by closers: the only case where an abbreviation can hide. */
  bareDot: boolean
  /** `!`, `?`, `…` or several dots: always final unless a lowercase word follows. */
  strong: boolean
}

/** What the scanner knows about the sentence in progress. */
export interface ScanState {
  /** Where the current sentence began (after the previous end). */
  sentenceStart: number
  /** Depth of «…» quotes open at this point. */
  quoteDepth: number
  /** Inside «…», a `?`/`!` was followed by the author's words after a dash: «Куда? – спросила мама. – …». */
  authorAfterQuestion: boolean
}

/** Whether a sentence ends after `cluster` when whitespace follows it and the next text starts at `next`. */
export function endsBeforeSpace(
  text: string,
  flags: Uint16Array,
  lang: SentenceLanguage,
  cluster: Cluster,
  next: number,
  state: ScanState
): boolean {
  const n = text.length
  const q = text.charCodeAt(next)
  const fq = flags[q]!
  if (insideEllipsis(text, cluster)) return false
  // `compounds. . . . The practice`: a period, then a spaced ellipsis opening the next sentence.
  if (q === 46 && flags[text.charCodeAt(cluster.term - 1)]! & WORD && spacedEllipsisAt(text, next)) return capitalAfter(text, flags, next + 5)
  // `т. д. ,`, `верю! ".`, `чел. /км2`: the sentence goes on.
  if (q === 44 || q === 59 || q === 58 || q === 47 || q === 37 || fq & TERMINATOR || (fq & CLOSER && !(fq & OPENER))) {
    return false
  }
  // `…зимой! #база #рыбалка`, `зрелище! ⠀`: the tags of a post and Instagram's blank line belong to the sentence before.
  if ((q === 35 && flags[text.charCodeAt(next + 1)]! & LETTER) || q === BLANK_LINE) return false
  // `: "...` opens a quotation with an ellipsis; nothing ends here.
  if (cluster.start < cluster.term && opensQuote(text, flags, cluster.start)) return false
  let r = next
  let dash = false
  let bracket = false
  while (r < n && r - next < 8) {
    const c = text.charCodeAt(r)
    const f = flags[c]!
    if (f & DASH) dash = true
    else if (!(f & (OPENER | SPACE))) break
    if (c === 40) {
      bracket = true
      // `детей. () Родился`, `номера. (*) до перенумерации`: a bracket holding
      // only symbols (a removed transcription, a footnote star) says nothing;
      // the word after it decides.
      const close = symbolBracketEnd(text, flags, r)
      if (close > r) r = close - 1
    }
    r++
  }
  if (r >= n) return false
  const rc = text.charCodeAt(r)
  const rf = flags[rc]!
  if ((rf & (TERMINATOR | CLOSER) && !(rf & OPENER)) || rc === 44 || rc === 59 || rc === 58) return false
  // «…», — сказал он; ellipsis then a lowercase continuation; but iPhone, iCamp start sentences.
  if (rf & LOWER && !(flags[text.charCodeAt(r + 1)]! & UPPER)) {
    if (dash && cluster.strong && state.quoteDepth > 0) state.authorAfterQuestion = true
    // `…properties. (credit: modification of work…)`: an English aside in brackets stands alone.
    const aside = r === next + 1 && q === 40 && lang.code === 'en'
    return (r === next || aside) && endsBeforeLowercase(text, flags, lang, cluster, r)
  }
  if (rc === OBJECT && !objectStartsSentence(text, flags, r)) return false
  // «Как это делалось...» (1992)
  if (bracket && rf & DIGIT) return false
  // «К чему ты готовишься? – спросила мама. – Завтра ведь выходной»: the
  // dash resumes the quoted speech after the author's words.
  if (dash && state.authorAfterQuestion && state.quoteDepth > 0 && text.charCodeAt(cluster.term) === 46) return false
  // «директор Yahoo! Марисса Майер»: the mark belongs to the name.
  if (cluster.end === cluster.term + 1 && text.charCodeAt(cluster.term) === 33) {
    const start = wordStart(text, flags, cluster.term)
    if (lang.exclaimed.has(text.slice(start, cluster.term).toLowerCase())) return false
  }
  if (cluster.strong || !cluster.bareDot || cluster.start < cluster.term) return true
  return endsAfterDot(text, flags, lang, cluster.term, r, state.sentenceStart, dash)
}

/**
 * Dots that never end a sentence: `[...]` and `<...>` mark an elision, the
 * dots of a spaced ellipsis `. . .` after its first, and `..` after a space
 * is a placeholder in code (`CREATE TABLE .. AS`, `ALTER TABLE .. ADD COLUMN`).
 */
function insideEllipsis(text: string, cluster: Cluster): boolean {
  const before = text.charCodeAt(cluster.term - 1)
  if (before === 91) return true
  if (before !== 32 || text.charCodeAt(cluster.term) !== 46) return false
  if (cluster.end === cluster.term + 1) {
    // `. . . .` is an ellipsis and a period: its fourth dot may end the sentence.
    let dots = 0
    for (let p = cluster.term; p >= 2 && dots < 4 && text.charCodeAt(p - 1) === 32 && text.charCodeAt(p - 2) === 46; p -= 2) dots++
    return dots > 0 && dots < 3
  }
  return cluster.end === cluster.term + 2 && text.charCodeAt(cluster.term + 1) === 46
}

function spacedEllipsisAt(text: string, at: number): boolean {
  return text.startsWith('. . .', at)
}

function capitalAfter(text: string, flags: Uint16Array, from: number): boolean {
  let p = from
  while (p < text.length && p - from < 4 && flags[text.charCodeAt(p)]! & SPACE) p++
  return p > from && (flags[text.charCodeAt(p)]! & UPPER) !== 0
}

/** A straight quote after a space opens a quotation, unless final punctuation stands before the space (`верю! ".`). */
export function opensQuote(text: string, flags: Uint16Array, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c !== 34 && c !== 39) return false
  if (at === 0) return true
  if (!(flags[text.charCodeAt(at - 1)]! & SPACE)) return false
  let p = at - 1
  while (p > 0 && at - p < 4 && flags[text.charCodeAt(p)]! & SPACE) p--
  return !(flags[text.charCodeAt(p)]! & TERMINATOR)
}

/** After `(` at `open`: the index after its `)` when only symbols stand between (`()`, `(*)`), else -1. */
function symbolBracketEnd(text: string, flags: Uint16Array, open: number): number {
  for (let p = open + 1; p < text.length && p - open < 5; p++) {
    const c = text.charCodeAt(p)
    if (c === 41) return p + 1
    if (flags[c]! & (WORD | TERMINATOR | OPENER | SPACE)) return -1
  }
  return -1
}

/** After atomic markup, what decides is the word that follows it. */
function objectStartsSentence(text: string, flags: Uint16Array, at: number): boolean {
  let r = at
  while (r < text.length && r - at < 64) {
    const c = text.charCodeAt(r)
    if (c !== OBJECT && !(flags[c]! & SPACE)) return (flags[c]! & LOWER) === 0
    r++
  }
  return r < text.length
}
