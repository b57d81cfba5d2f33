import {DIGIT, LETTER, LOWER, SPACE, UPPER} from './sentence-chars.js'
import {isBulletMark} from './sentence-left.js'

// Inline lists without final punctuation: «Меры: 1. Создать фонд 2. Обеспечить…»,
// `1.) The first item 2.) The second item`, `1) … 2) …`, `a. … b. …`,
// `• 9. The first item • 10. The second item`. A marker starts a new sentence
// when the marker before it in the sequence (1 before 2, a before b, the same
// bullet) stands earlier in the same sentence, within LIST_WINDOW characters.

const LIST_WINDOW = 300

/**
 * Where the next item starts when the marker ends with the `.` at `dot` (and
 * `suffix` is what follows the number up to the space: `.`, `.)`), or -1.
 */
export function nextListItem(text: string, flags: Uint16Array, dot: number, suffix: string, sentenceStart: number): number {
  return itemBefore(text, flags, dot, suffix, sentenceStart)
}

/** The same for a marker closed by a bracket without a dot: `2) The second item` (`paren` is the `)`). */
export function nextParenItem(text: string, flags: Uint16Array, paren: number, sentenceStart: number): number {
  const after = text.charCodeAt(paren + 1)
  if (!(flags[after]! & SPACE) || !(flags[text.charCodeAt(paren + 2)]! & UPPER)) return -1
  return itemBefore(text, flags, paren, ')', sentenceStart)
}

/** A bullet in mid-line (`… first item • 10. The second`) after the same bullet opened the sentence. */
export function nextBulletItem(text: string, flags: Uint16Array, at: number, sentenceStart: number): number {
  const c = text.charCodeAt(at)
  if (!isBulletMark(c) || at === 0 || !(flags[text.charCodeAt(at - 1)]! & SPACE)) return -1
  let p = sentenceStart
  while (p < at && flags[text.charCodeAt(p)]! & SPACE) p++
  return text.charCodeAt(p) === c && p < at ? at : -1
}

function itemBefore(text: string, flags: Uint16Array, end: number, suffix: string, sentenceStart: number): number {
  let s = end
  while (s > 0 && end - s < 2 && flags[text.charCodeAt(s - 1)]! & DIGIT) s--
  let previous: string
  if (s < end) {
    const current = Number(text.slice(s, end))
    if (current < 2) return -1
    previous = String(current - 1)
  } else if (end >= 1 && flags[text.charCodeAt(end - 1)]! & LOWER && !(flags[text.charCodeAt(end - 2)]! & LETTER)) {
    s = end - 1
    const letter = text.charCodeAt(s)
    if (letter === 97 || letter === 0x430) return -1 // a, а open a list, they never continue one
    previous = String.fromCharCode(letter - 1)
  } else return -1
  // The bullet before the number belongs to the item: `• 10.`.
  let start = s
  if (start >= 2 && flags[text.charCodeAt(start - 1)]! & SPACE && isBulletMark(text.charCodeAt(start - 2))) start -= 2
  else if (start >= 1 && isBulletMark(text.charCodeAt(start - 1))) start -= 1
  if (start < 2 || !(flags[text.charCodeAt(start - 1)]! & SPACE)) return -1
  const b = text.charCodeAt(start - 2)
  if (!(flags[b]! & LETTER) && !(flags[b]! & DIGIT)) return -1
  const from = Math.max(sentenceStart, s - LIST_WINDOW)
  const marker = `${previous}${suffix} `
  const at = text.slice(from, s).lastIndexOf(marker)
  if (at < 0) return -1
  const p = from + at
  if (p > sentenceStart && !(flags[text.charCodeAt(p - 1)]! & SPACE) && text.charCodeAt(p - 1) !== 58 && !isBulletMark(text.charCodeAt(p - 1))) return -1
  return start
}
