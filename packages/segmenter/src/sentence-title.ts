import {LETTER, SPACE, TERMINATOR, UPPER} from './sentence-chars.js'

// A heading is one segment even with a period inside: «Удобство работы с
// JSON. Мульти-интервалы» on a line of its own. It is a short line that opens
// its paragraph, ends without final punctuation and is followed by a blank
// line. A line that runs on to the next (hard-wrapped prose) or ends the text
// is not taken for one: chat and reviews end their last sentence without a
// period just as often («Ya can't. They don't show it»). The scan ahead is
// bounded, so the scanner stays linear.

const TITLE_MAX = 160

/** Whether the `.` at `dot` sits inside a title line that starts at `start` and goes on at `next`. */
export function isTitleLine(text: string, flags: Uint16Array, start: number, dot: number, next: number): boolean {
  if (dot - start > TITLE_MAX || !opensLine(text, flags, start)) return false
  let p = next
  let last = 0
  while (p < text.length && p - next < TITLE_MAX) {
    const c = text.charCodeAt(p)
    const f = flags[c]!
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break
    if (f & TERMINATOR || c === 58 || c === 59 || c === 44) return false
    if (!(f & SPACE)) last = f
    p++
  }
  if (p - next >= TITLE_MAX || !blankLineAt(text, flags, p)) return false
  return (last & LETTER) !== 0 && (flags[text.charCodeAt(next)]! & UPPER || text.charCodeAt(next) === 0x2013 || text.charCodeAt(next) === 0x2014) !== 0
}

/** A blank line follows: a heading stands alone, hard-wrapped prose runs on to the next line. */
function blankLineAt(text: string, flags: Uint16Array, at: number): boolean {
  let breaks = 0
  for (let p = at; p < text.length && p - at < 16 && flags[text.charCodeAt(p)]! & SPACE; p++) {
    const c = text.charCodeAt(p)
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(p + 1) !== 10)) breaks++
  }
  return breaks >= 2
}

function opensLine(text: string, flags: Uint16Array, at: number): boolean {
  let p = at
  while (p > 0 && flags[text.charCodeAt(p - 1)]! & SPACE) {
    const c = text.charCodeAt(p - 1)
    if (c === 10 || c === 13) return true
    p--
  }
  return p === 0
}
