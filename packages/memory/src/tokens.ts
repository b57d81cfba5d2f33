/** A token of a segment: words, numbers and placeholders count for similarity; punctuation costs little. */
export interface Token {
  text: string
  kind: 'word' | 'number' | 'placeholder' | 'punct'
  start: number
  end: number
}

const placeholderPattern = String.raw`\{\/?\d+\/?\}`
// Numbers keep their grouping and decimal separators (1 000,5 · 1,000.5 · 12,5) so that
// a changed figure is one token and can be repaired as one.
const numberPattern = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`
const wordPattern = String.raw`[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}\d]+)*`

export const tokenPattern = new RegExp(`(${placeholderPattern})|(${numberPattern})|(${wordPattern})|([^\\s\\p{L}\\p{M}\\d])`, 'gu')

// The same tokens without punctuation (the last alternative): punctuation is one character and matches only
// where nothing else does, so leaving it out changes no other token. No capture groups: the bulk import takes
// every token's text in one native call and tells the kinds apart by the first character.
const indexTokenPattern = new RegExp(`${placeholderPattern}|${numberPattern}|${wordPattern}`, 'gu')

/** The texts of the word, number and placeholder tokens of `text`, in order (what the index keys). */
export function indexTokens(text: string): string[] {
  return text.match(indexTokenPattern) ?? []
}

/** The kind of a token `indexTokens` returned: placeholders start with `{`, numbers with a digit, words with a letter. */
export function indexTokenKind(token: string): 'word' | 'number' | 'placeholder' {
  const c = token.charCodeAt(0)
  if (c === 123) return 'placeholder'
  return c >= 48 && c <= 57 ? 'number' : 'word'
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of text.matchAll(tokenPattern)) {
    const kind = m[1] ? 'placeholder' : m[2] ? 'number' : m[3] ? 'word' : 'punct'
    tokens.push({text: m[0], kind, start: m.index, end: m.index + m[0].length})
  }
  return tokens
}

/** Tokens that take part in the edit distance. */
export function wordTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'punct')
}

const negations = new Set(['не', 'ни', 'нет', 'not', 'no', 'never', 'nor', 'без', 'without', 'none', 'cannot'])

export function isNegation(token: Token): boolean {
  if (token.kind !== 'word') return false
  const lower = token.text.toLowerCase()
  return negations.has(lower) || lower.endsWith("n't") || lower.endsWith('n’t')
}

export function fold(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е')
}
