import {type Node, type ParseError, parseTree} from 'jsonc-parser'

// Deeper than any pair record; the recursive parser would overflow the stack far deeper.
const maxDepth = 64

/**
 * One JSONL record as jsonc-parser's tree, which keeps each value's offset;
 * undefined when it does not parse or nests deeper than any pair record.
 */
export function parseJsonc(text: string): Node | undefined {
  if (nestsDeeper(text, maxDepth)) return undefined
  const errors: ParseError[] = []
  const root = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  return errors.length > 0 ? undefined : root
}

/** Whether brackets outside strings nest past `limit`. */
function nestsDeeper(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (++depth > limit) return true
    } else if (c === '}' || c === ']') depth--
  }
  return false
}
