const quotes = /[«»„“”‟″]/g
const singleQuotes = /[‘’‚‛′]/g
const dashes = /[‐‑‒–—―−]/g
const spaces = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g
const zeroWidth = /[\u200b-\u200d\u2060\ufeff\u00ad]/g

export interface NormalizeOptions {
  /** Fold ё into е (Russian texts mix both). Default true. */
  yo?: boolean
  /** Lower-case. Default false. */
  lowercase?: boolean
}

/**
 * Folds the typographic variants translators and publishers mix (quotes,
 * dashes, no-break spaces, soft hyphens, ё) so texts compare as readers
 * see them. Not length-preserving: use for comparison and ids, not offsets.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let out = text
    .normalize('NFC')
    .replace(zeroWidth, '')
    .replace(quotes, '"')
    .replace(singleQuotes, "'")
    .replace(dashes, '-')
    .replace(spaces, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (options.yo !== false) out = out.replace(/ё/g, 'е').replace(/Ё/g, 'Е')
  if (options.lowercase) out = out.toLowerCase()
  return out
}

/** Folds whitespace runs to one space, for “equal but for whitespace” tests. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
