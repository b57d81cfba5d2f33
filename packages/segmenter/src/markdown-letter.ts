const letter = /\p{L}/u

/**
 * Whether `text[start, end)` holds a letter: what makes text translatable.
 * Sentences nearly always start with one, so the ASCII and Cyrillic fast
 * paths answer at once; other scripts fall back to the Unicode property.
 */
export function hasLetter(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x400 && c <= 0x4ff)) return true
    if (c < 0xc0) continue
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      if (letter.test(text.slice(i, i + 2))) return true
      i++
    } else if (letter.test(text[i]!)) return true
  }
  return false
}
