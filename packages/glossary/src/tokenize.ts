import {foldLookalikes, lowerSameLength} from './term-key.js'

export interface Token {
  start: number
  end: number
  /** The token as written. */
  raw: string
  /** Same case, ё → е, look-alikes folded, U.S. → US, ’ → '. */
  exact: string
  /** `exact` in lower case. */
  lower: string
  /** Joined to the previous token by a hyphen (rare-earth, Касым-Жомарт). */
  hyphen: boolean
}

const otherWordChar = /[\p{L}\p{N}\p{M}]/u
const otherLetter = /\p{L}/u
const otherSpace = /\s/u
const placeholder = /\{\/?\d+\/?\}/y

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0x400 && c <= 0x52f) return true
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7
  return otherWordChar.test(String.fromCharCode(c))
}

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0x400 && c <= 0x52f) return c < 0x482 || c > 0x489
  return otherLetter.test(String.fromCharCode(c))
}

function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true
  return c > 127 && otherSpace.test(String.fromCharCode(c))
}

const isDigit = (c: number) => c >= 48 && c <= 57
const hyphens = new Set([45, 0x2010, 0x2011])
// Quotes are transparent: a term matches inside «…», "…", ‘…’.
const quotes = new Set([...'«»"“”„‟\'‘’‚'].map((q) => q.charCodeAt(0)))

/** `U.S.`, `U.K.`: two or more capital letters each followed by a dot. */
function initialismEnd(text: string, i: number): number {
  let j = i
  let count = 0
  while (j + 1 < text.length && text.charCodeAt(j + 1) === 46) {
    const ch = text[j]!
    if (ch === ch.toLowerCase() || !isLetterCode(text.charCodeAt(j))) break
    j += 2
    count++
  }
  return count >= 2 ? j : -1
}

/**
 * Splits text into word and punctuation tokens with UTF-16 offsets. Words
 * are letter/digit runs joined by apostrophes (Department's), pluses (C5+1)
 * or decimal marks (2,5); dotted initialisms (U.S.) are one word. Hyphens
 * join words (the next token is marked), quotes and placeholders ({1},
 * {/1}, {2/}) are transparent, every other character is a punctuation
 * token. A hand-written scanner: a Unicode RegExp was 3× slower.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let hyphen = false
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c) || quotes.has(c)) {
      i++
      continue
    }
    if (hyphens.has(c)) {
      hyphen = true
      i++
      continue
    }
    if (c === 123) {
      placeholder.lastIndex = i
      if (placeholder.test(text)) {
        i = placeholder.lastIndex
        continue
      }
    }
    const start = i
    let end: number
    let dotted = false
    if (isWordCode(c)) {
      end = initialismEnd(text, i)
      dotted = end > 0
      if (!dotted) {
        end = i + 1
        while (end < n && isWordCode(text.charCodeAt(end))) end++
        for (;;) {
          const joiner = text.charCodeAt(end)
          const next = text.charCodeAt(end + 1)
          if ((joiner === 39 || joiner === 0x2019) && isLetterCode(next)) {
            end += 2
            while (end < n && isLetterCode(text.charCodeAt(end))) end++
          } else if (joiner === 43 && end + 1 < n && isWordCode(next)) {
            end += 2
            while (end < n && isWordCode(text.charCodeAt(end))) end++
          } else if ((joiner === 46 || joiner === 44) && isDigit(text.charCodeAt(end - 1)) && isDigit(next)) {
            end += 2
            while (end < n && isDigit(text.charCodeAt(end))) end++
          } else break
        }
      }
    } else {
      end = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1)
    }
    const raw = text.slice(start, end)
    let exact = raw
    if (dotted) exact = raw.replace(/\./g, '')
    else if (isWordCode(c)) {
      if (raw.includes('ё') || raw.includes('Ё')) exact = exact.replace(/ё/g, 'е').replace(/Ё/g, 'Е')
      if (raw.includes('’')) exact = exact.replace(/’/g, "'")
      exact = foldLookalikes(exact)
    }
    tokens.push({start, end, raw, exact, lower: lowerSameLength(exact), hyphen})
    hyphen = false
    i = end
  }
  return tokens
}
