import {isAcronym} from './term-key.js'

/**
 * Whether one rendering is a short form of the other, so that using both is
 * not an inconsistency: an abbreviation and its full form (SEC / Securities
 * and Exchange Commission, the letters being the initials of its words) or
 * the surname and the full name (Landau / Christopher Landau).
 */
export function isShortFormOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  const longWords = words(long)
  if (isAcronym(short) && !short.includes(' ')) {
    const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase()
    const initials = longWords.filter((w) => w[0] !== w[0]!.toLowerCase()).map((w) => w[0]!.toLowerCase()).join('')
    if (letters.length >= 2 && initials.includes(letters)) return true
  }
  // The surname closes the full name; State Department and U.S. Department of State are two namings.
  const shortWords = words(short).map((w) => w.toLowerCase())
  const tail = longWords.slice(-shortWords.length).map((w) => w.toLowerCase())
  return shortWords.length > 0 && shortWords.length < longWords.length && shortWords.every((w, i) => w === tail[i])
}

function words(text: string): string[] {
  return text.split(/[\s,]+/u).filter((w) => /\p{L}/u.test(w))
}
