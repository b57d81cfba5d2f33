import {type Node, type ParseError, parseTree} from 'jsonc-parser'

// Deeper than any pair record; the recursive parser would overflow the stack far deeper.
const maxDepth = 64

/**
 * One JSONL record as jsonc-parser's tree, which keeps each value's offset;
 * undefined when it does not parse or nests deeper than any pair record.
 */
export function parseJsonc(text: string): Node | undefined {
  if (nestingPast(text, maxDepth) !== undefined) return undefined
  const errors: ParseError[] = []
  const root = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  return errors.length > 0 ? undefined : root
}

/**
 * Offset of the first bracket that nests past `limit`, outside strings and
 * comments; undefined when none does. A scan before jsonc-parser's
 * recursive descent, which overflows the stack on deep enough input.
 */
export function nestingPast(text: string, limit: number): number | undefined {
  let depth = 0
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === 0x22) {
      // A string: skip to its closing quote (an unclosed one is the parser's to report).
      for (k++; k < text.length && text.charCodeAt(k) !== 0x22; k++) if (text.charCodeAt(k) === 0x5c) k++
    } else if (c === 0x2f && text.charCodeAt(k + 1) === 0x2f) {
      const end = text.indexOf('\n', k)
      k = end < 0 ? text.length : end
    } else if (c === 0x2f && text.charCodeAt(k + 1) === 0x2a) {
      const end = text.indexOf('*/', k + 2)
      k = end < 0 ? text.length : end + 1
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return k
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return undefined
}
