import {normalizeText} from '@tolmach/core'

// Latin letters that print like Cyrillic ones. Publishers mix them in
// tokens such as C5+1 / С5+1 (Latin C vs Cyrillic С).
const latinToCyrillic: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у'
}
const cyrillicToLatin: Record<string, string> = Object.fromEntries(Object.entries(latinToCyrillic).map(([l, c]) => [c, l]))


/**
 * Folds look-alike letters inside a token that mixes scripts or letters
 * with digits (C5+1 → С5+1, МИДa → МИДа), onto the script of the token's
 * majority; pure Latin words (USGS) and pure Cyrillic words are untouched.
 * Length-preserving, so offsets stay valid.
 */
export function foldLookalikes(token: string): string {
  // One pass over code units: count Cyrillic, Latin, digits.
  let c = 0
  let l = 0
  let d = false
  let onlyLookalikes = true
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i)
    if (code >= 0x400 && code <= 0x4ff) c++
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      l++
      if (!(token[i]! in latinToCyrillic)) onlyLookalikes = false
    } else if (code >= 48 && code <= 57) d = true
  }
  if (!(c > 0 && l > 0) && !((c > 0 || l > 0) && d)) return token
  // Tokens like C5+1 with only look-alike letters go to Cyrillic: one key for both.
  const table = c >= l || onlyLookalikes ? latinToCyrillic : cyrillicToLatin
  let out = ''
  for (const ch of token) out += table[ch] ?? ch
  return out
}

/** True for acronyms such as МИД, USGS, РК, G20: they match case-sensitively by default. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '')
  const long = letters.length >= 2 || (letters.length === 1 && /\d/.test(word))
  return long && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** Lower-cases code unit by code unit, keeping the length (offsets stay valid). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/**
 * The key two spellings of one term share: NFC, typographic variants
 * folded, ё → е, look-alikes folded, lower case unless the term is an acronym.
 */
export function termKey(text: string): string {
  const norm = normalizeText(text)
    .split(' ')
    .map((w) => foldLookalikes(w))
    .join(' ')
  return norm
    .split(' ')
    .map((w) => (isAcronym(w) ? w : w.toLowerCase()))
    .join(' ')
}
