import {DIGIT, LETTER, LOWER, SPACE, TERMINATOR, UPPER, WORD} from './sentence-chars.js'

// Chat and comment text (Taiga's social part) ends sentences without final
// punctuation: with an emoticon «бывает )) После того…», a run of hashtags
// «#мотокросс #titanic Вау!», or an emoji before the next reply's @mention.
// Each scan is bounded, so the scanner stays linear.

const WINDOW = 200

/** U+2800, the blank Braille cell Instagram posts use for an empty line: it belongs to the text before it. */
export const BLANK_LINE = 0x2800

/** `@name` starts the next reply: `…крокодилами 😃 @screened-18 деревни…`. */
export function isMention(text: string, flags: Uint16Array, at: number): boolean {
  return text.charCodeAt(at) === 64 && (flags[text.charCodeAt(at + 1)]! & WORD) !== 0
}

/** A capital or a mention after an emoticon, hashtags or emoji starts a new sentence. */
export function startsAfterMarker(text: string, flags: Uint16Array, at: number): boolean {
  return (flags[text.charCodeAt(at)]! & UPPER) !== 0 || isMention(text, flags, at)
}

/**
 * End of the emoticon made of brackets at `at` (`))`, `)))`, `((`, `=)`,
 * `:(`, or a lone `)` that closes no bracket), or -1. It must be followed by a
 * space or the end of the text; `1)` and `а)` are list markers, not emoticons.
 * A lone `)` counts in Russian only.
 */
export function emoticonEnd(text: string, flags: Uint16Array, at: number, sentenceStart: number, russian: boolean): number {
  const c = text.charCodeAt(at)
  let end = at
  while (end < text.length && end - at < 16 && text.charCodeAt(end) === c) end++
  if (end < text.length && !(flags[text.charCodeAt(end)]! & SPACE)) return -1
  const before = at > 0 ? text.charCodeAt(at - 1) : 32
  const face = before === 58 || before === 59 || before === 61 // :) ;) =)
  if (face) return end
  const run = end - at
  if (c === 40) return run >= 2 ? end : -1
  // `1)`, `б)`: a list marker after a digit or a single letter.
  const bf = flags[before]!
  if (bf & DIGIT || (bf & LETTER && !(flags[text.charCodeAt(at - 2)]! & LETTER))) return -1
  // A lone `)` smile is a Russian chat habit («спасибо) Спасибо большое»).
  if (run === 1 && !russian) return -1
  return run > openBrackets(text, at, sentenceStart) ? end : -1
}

/** How many `(` are still open before `at` in the sentence (within WINDOW). */
function openBrackets(text: string, at: number, sentenceStart: number): number {
  let open = 0
  for (let p = Math.max(sentenceStart, at - WINDOW); p < at; p++) {
    const c = text.charCodeAt(p)
    if (c === 40) open++
    else if (c === 41 && open > 0) open--
  }
  return open
}

/**
 * End of the run of hashtags starting at `at` (`#a #b`, `#a#b`) and how many
 * it holds, or `count` 0 when `at` does not open a hashtag.
 */
export function hashtagRun(text: string, flags: Uint16Array, at: number): {end: number; count: number} {
  let p = at
  let count = 0
  let end = at
  while (p < text.length && p - at < WINDOW && text.charCodeAt(p) === 35 && flags[text.charCodeAt(p + 1)]! & LETTER) {
    p++
    while (p < text.length && (flags[text.charCodeAt(p)]! & WORD || text.charCodeAt(p) === 95)) p++
    count++
    end = p
    if (text.charCodeAt(p) === 32 && text.charCodeAt(p + 1) === 35) p++
  }
  return {end, count}
}

/**
 * Whether the sentence ends after a hashtag run: before a capitalised word,
 * when the run holds two tags or more or follows final punctuation (the tags
 * of a post: `…зимой! #база #рыбалка Здравствуйте, лед встал…`).
 */
export function endsAfterHashtags(text: string, flags: Uint16Array, start: number, count: number, next: number): boolean {
  if (!capitalisedWord(text, flags, next)) return false
  if (count >= 2) return true
  let p = start
  while (p > 0 && start - p < 4 && flags[text.charCodeAt(p - 1)]! & SPACE) p--
  return p > 0 && (flags[text.charCodeAt(p - 1)]! & TERMINATOR) !== 0
}

/** A keycap digit (`1⃣`, `2️⃣`) opens a list item: the emoji run at `at` is U+20E3 (perhaps after U+FE0F) after one digit. */
export function isKeycap(text: string, flags: Uint16Array, at: number): boolean {
  const k = text.charCodeAt(at) === 0xfe0f ? at + 1 : at
  return (
    at >= 1 &&
    text.charCodeAt(k) === 0x20e3 &&
    (flags[text.charCodeAt(at - 1)]! & DIGIT) !== 0 &&
    (at === 1 || !(flags[text.charCodeAt(at - 2)]! & WORD))
  )
}

/**
 * End of the web address whose `://` is at `colon` (`https://www.roi.ru/42375/`),
 * when it ends in a letter, digit or slash (a final `.` is left to the
 * punctuation rules), or -1.
 */
export function urlEnd(text: string, flags: Uint16Array, colon: number): number {
  if (text.charCodeAt(colon + 1) !== 47 || text.charCodeAt(colon + 2) !== 47) return -1
  const scheme = text.slice(Math.max(0, colon - 5), colon).toLowerCase()
  if (!scheme.endsWith('http') && !scheme.endsWith('https')) return -1
  let p = colon + 3
  while (p < text.length && p - colon < WINDOW && !(flags[text.charCodeAt(p)]! & SPACE)) p++
  const last = text.charCodeAt(p - 1)
  return p > colon + 3 && (flags[last]! & WORD || last === 47) ? p : -1
}

/** A capitalised word (a capital, then a lowercase letter) at `at`. */
export function capitalisedWord(text: string, flags: Uint16Array, at: number): boolean {
  return (flags[text.charCodeAt(at)]! & UPPER) !== 0 && (flags[text.charCodeAt(at + 1)]! & LOWER) !== 0
}
