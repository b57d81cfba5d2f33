import {CLOSER, charFlags, DASH, DIGIT, EMOJI, LOWER, OBJECT, OPENER, SPACE, TERMINATOR, UPPER, WORD } from './sentence-chars.js'
import {endsGlued} from './sentence-glued.js'
import type {SentenceLanguage} from './sentence-language.js'
import {nextBulletItem, nextListItem, nextParenItem} from './sentence-list.js'
import {isTitleLine} from './sentence-title.js'
import {type Cluster, endsBeforeSpace, type ScanState } from './sentence-rules.js'
import {capitalisedWord, emoticonEnd, endsAfterHashtags, hashtagRun, isKeycap, startsAfterMarker, urlEnd} from './sentence-social.js'

/**
 * Offsets where sentences end, in order (the end of the text is not listed).
 * One pass over the text; the rules look at a bounded window around each
 * run of final punctuation and at line breaks, so cost is linear.
 */
export function findSentenceEnds(text: string, lang: SentenceLanguage): number[] {
  const flags = charFlags()
  const n = text.length
  const ends: number[] = []
  const state: ScanState = {sentenceStart: 0, quoteDepth: 0, authorAfterQuestion: false}
  let hasWord = false
  let floor = 0
  const endAt = (end: number): void => {
    ends.push(end)
    state.sentenceStart = end
    state.authorAfterQuestion = false
    hasWord = false
  }
  let i = 0
  while (i < n) {
    let c = text.charCodeAt(i)
    let f = flags[c]!
    if (f & WORD && !(f & EMOJI)) {
      // The common case: run through a word in a tight loop.
      hasWord = true
      do {
        if (++i >= n) break
        c = text.charCodeAt(i)
        f = flags[c]!
      } while (f & WORD && !(f & EMOJI))
      if (i >= n) break
    }
    if (c === 32) {
      i++
      continue
    }
    if (f & EMOJI) {
      const end = emojiEnd(text, flags, i)
      if (isKeycap(text, flags, i)) {
        // «…на годовые премии 4⃣ Отменить налоги…»: a keycap digit opens the next item.
        const before = lastNonSpace(text, flags, i - 1, state.sentenceStart)
        const b = text.charCodeAt(before - 1)
        if (before > state.sentenceStart && before < i - 1 && !(flags[b]! & TERMINATOR) && b !== 58) endAt(before)
        hasWord = true
        i = end
        continue
      }
      // «Вунгтау🌅 Угадай…», «крокодилами 😃 @screened-18 деревни…»: a run of
      // emoji before a capital or the next reply's mention ends the sentence.
      const next = skipSpace(text, flags, end)
      if (hasWord && next.index > end && next.index < n && startsAfterMarker(text, flags, next.index)) endAt(end)
      else hasWord = true
      i = end
      continue
    }
    if (f & SPACE) {
      if (!isLineBreak(c, text, i)) {
        i++
        continue
      }
      const next = skipSpace(text, flags, i)
      if (next.index < n && hasWord && lineEnds(text, flags, i, next.index, next.breaks)) {
        endAt(lastNonSpace(text, flags, i, state.sentenceStart))
      }
      if (next.breaks > 1) state.quoteDepth = 0
      i = next.index
      continue
    }
    if (c === 35) {
      // «#мотокросс #titanic Вау! Красота!»: the tags of a post end it.
      const run = hashtagRun(text, flags, i)
      if (run.count > 0) {
        const next = skipSpace(text, flags, run.end)
        if (next.breaks === 0 && next.index > run.end && next.index < n && endsAfterHashtags(text, flags, i, run.count, next.index)) endAt(run.end)
        else hasWord = true
        i = run.end
        continue
      }
    }
    if (c === 58) {
      // «…тот же автор: http://xxxxxx Что было дальше — вы знаете.»: a link closes its sentence.
      const end = urlEnd(text, flags, i)
      if (end > 0) {
        const next = skipSpace(text, flags, end)
        if (next.breaks === 0 && next.index > end && next.index < n && capitalisedWord(text, flags, next.index)) endAt(end)
        i = end
        continue
      }
    }
    if ((c === 41 || c === 40) && hasWord) {
      // «бывает )) После того…», «спасибо) Спасибо большое»: a bracket smile ends the sentence.
      const end = emoticonEnd(text, flags, i, state.sentenceStart, lang.code === 'ru')
      const next = end > 0 ? skipSpace(text, flags, end) : undefined
      if (next && next.breaks === 0 && next.index > end && next.index < n && startsAfterMarker(text, flags, next.index)) {
        endAt(end)
        i = next.index
        continue
      }
    }
    if (c === 0xab) state.quoteDepth++
    else if (c === 0xbb && state.quoteDepth > 0) state.quoteDepth--
    if (!(f & TERMINATOR) || !hasWord) {
      // `1) The first item 2) The second item`, `item • 10. The second`: inline list markers.
      const item = !hasWord ? -1 : c === 41 ? nextParenItem(text, flags, i, state.sentenceStart) : nextBulletItem(text, flags, i, state.sentenceStart)
      if (item > 0) {
        endAt(lastNonSpace(text, flags, item, state.sentenceStart))
        hasWord = true
      }
      i++
      continue
    }
    const cluster = readCluster(text, flags, i, floor, lang.code === 'en')
    for (let p = i + 1; p < cluster.end; p++) {
      if (text.charCodeAt(p) === 0xbb && state.quoteDepth > 0) state.quoteDepth--
    }
    floor = cluster.end
    const next = skipSpace(text, flags, cluster.end)
    if (next.index >= n) break
    const item = cluster.bareDot && next.breaks === 0 && next.index > cluster.end && flags[text.charCodeAt(next.index)]! & UPPER
      ? nextListItem(text, flags, cluster.term, text.slice(cluster.term, cluster.end), state.sentenceStart)
      : -1
    if (item > 0) {
      // «1. Создать фонд 2. Обеспечить…»: the new item starts a new sentence.
      endAt(lastNonSpace(text, flags, item, state.sentenceStart))
      hasWord = true
      i = next.index
      continue
    }
    const ended =
      next.breaks > 1 ||
      (next.breaks === 1 && isBullet(text, flags, next.index)) ||
      (next.index === cluster.end
        ? endsGlued(text, flags, lang, cluster, next.index, state.sentenceStart)
        : endsBeforeSpace(text, flags, lang, cluster, next.index, state))
    if (ended && !(next.breaks === 0 && cluster.bareDot && isTitleLine(text, flags, state.sentenceStart, cluster.term, next.index))) {
      endAt(cluster.end)
    }
    if (next.breaks > 1) state.quoteDepth = 0
    i = next.index
  }
  return ends
}

function readCluster(text: string, flags: Uint16Array, term: number, floor: number, english: boolean): Cluster {
  let start = term
  while (start > floor && (flags[text.charCodeAt(start - 1)]! & CLOSER || text.charCodeAt(start - 1) === 62)) start--
  let end = term + 1
  let terminators = 1
  let strong = text.charCodeAt(term) !== 46
  while (end < text.length) {
    const c = text.charCodeAt(end)
    const f = flags[c]!
    if (f & TERMINATOR) {
      terminators++
      strong = true
    } else if (c === 60 && flags[text.charCodeAt(end + 1)]! & TERMINATOR) {
      strong = true // `<…>` marks an elision in a quotation
    } else if (f & EMOJI) {
      end = emojiEnd(text, flags, end) - 1
    } else if (!(f & CLOSER) && c !== OBJECT && c !== 62) break
    end++
  }
  end = skipFootnote(text, flags, term, end, english)
  // A straight quote glued to the next word opens it: `."Next`.
  const last = text.charCodeAt(end - 1)
  if (end < text.length && (last === 34 || last === 39) && end - 1 > term && flags[text.charCodeAt(end)]! & WORD) end--
  return {start, term, end, bareDot: terminators === 1 && start === term, strong}
}

/**
 * A footnote reference glued to the end of a sentence belongs to it:
 * `Dulwich. [17] Placed…`, `rights.4 Even though…`.
 */
function skipFootnote(text: string, flags: Uint16Array, term: number, end: number, english: boolean): number {
  if (english && spacedNoteNumber(text, flags, term, end)) return end + 1 + (flags[text.charCodeAt(end + 2)]! & DIGIT ? 2 : 1)
  const spaced = text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 91
  const c = text.charCodeAt(spaced ? end + 1 : end)
  let p = spaced ? end + 1 : end
  if (c === 91) {
    const open = p
    p++
    while (p < text.length && p - end < 12 && (flags[text.charCodeAt(p)]! & (DIGIT | DASH) || text.charCodeAt(p) === 44)) p++
    if (p === open + 1 || text.charCodeAt(p) !== 93) return end
    p++
  } else if (flags[c]! & DIGIT && text.charCodeAt(term) === 46 && term === end - 1 && flags[text.charCodeAt(term - 1)]! & LOWER) {
    while (p < text.length && p - end < 3 && flags[text.charCodeAt(p)]! & DIGIT) p++
    if (!(flags[text.charCodeAt(p)]! & SPACE) || !(flags[text.charCodeAt(p + 1)]! & UPPER)) return end
  } else return end
  return p === text.length || flags[text.charCodeAt(p)]! & SPACE ? p : end
}

/**
 * English academic text sets endnote numbers apart: `minority rights. 4 Even
 * though…`, `(Figure 1.6). 5 At the other end…`. One or two digits between
 * the period and a capitalised word belong to the sentence before.
 */
function spacedNoteNumber(text: string, flags: Uint16Array, term: number, end: number): boolean {
  if (text.charCodeAt(term) !== 46 || end !== term + 1 && text.charCodeAt(end - 1) !== 41) return false
  if (!(flags[text.charCodeAt(term - 1)]! & (LOWER | CLOSER)) || text.charCodeAt(end) !== 32) return false
  let p = end + 1
  while (p < text.length && p - end <= 2 && flags[text.charCodeAt(p)]! & DIGIT) p++
  if (p === end + 1 || p - end > 3) return false
  return text.charCodeAt(p) === 32 && (flags[text.charCodeAt(p + 1)]! & UPPER) !== 0 && (flags[text.charCodeAt(p + 2)]! & LOWER) !== 0
}

/** End of the run of emoji starting at `at` (surrogate pairs, joiners, variation selectors). */
function emojiEnd(text: string, flags: Uint16Array, at: number): number {
  let p = at
  while (p < text.length) {
    const c = text.charCodeAt(p)
    if (flags[c]! & EMOJI) p += c >= 0xd800 && c <= 0xdbff ? 2 : 1
    else if (c >= 0xdc00 && c <= 0xdfff && p > at) p++
    else break
  }
  return Math.min(p, text.length)
}

function isLineBreak(c: number, text: string, i: number): boolean {
  return c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)
}

function skipSpace(text: string, flags: Uint16Array, from: number): {index: number; breaks: number} {
  let k = from
  let breaks = 0
  while (k < text.length) {
    const c = text.charCodeAt(k)
    if (!(flags[c]! & SPACE)) break
    if (isLineBreak(c, text, k)) breaks++
    k++
  }
  return {index: k, breaks}
}

function lastNonSpace(text: string, flags: Uint16Array, from: number, floor: number): number {
  let p = from
  while (p > floor && flags[text.charCodeAt(p - 1)]! & SPACE) p--
  return p
}

/**
 * A line break without final punctuation before it. A blank line always ends
 * the sentence; a single break does when the next line opens a list item or
 * starts with a capital, digit or quote after a line that does not run on
 * (comma, open bracket, dash, or a hard-wrapped lowercase continuation).
 */
function lineEnds(text: string, flags: Uint16Array, at: number, next: number, breaks: number): boolean {
  if (breaks > 1 || isBullet(text, flags, next)) return true
  const fq = flags[text.charCodeAt(next)]!
  if (fq & LOWER || !(fq & (WORD | OPENER))) return false
  let p = at
  while (p > 0 && flags[text.charCodeAt(p - 1)]! & SPACE) p--
  if (p === 0) return false
  const pc = text.charCodeAt(p - 1)
  const pf = flags[pc]!
  return !(pf & (LOWER | DASH | OPENER)) && pc !== 44 && pc !== 59
}

/** `- item`, `• item`, `* item`, `1. item`, `2) item` at the start of a line. */
function isBullet(text: string, flags: Uint16Array, at: number): boolean {
  const c = text.charCodeAt(at)
  const after = text.charCodeAt(at + 1)
  if (c === 0x2022 || c === 42 || c === 0xb7 || c === 0x25aa || c === 0x25cf || flags[c]! & DASH) {
    return (flags[after]! & SPACE) !== 0
  }
  if (!(flags[c]! & DIGIT)) return false
  let p = at
  while (p < text.length && p - at < 4 && flags[text.charCodeAt(p)]! & DIGIT) p++
  const mark = text.charCodeAt(p)
  return (mark === 46 || mark === 41) && (flags[text.charCodeAt(p + 1)]! & SPACE) !== 0
}
