/**
 * Start and end, in a link's closing markup `](dest "title")`, of the
 * destination as written (`<…>` included), by CommonMark's rules: optional
 * whitespace after `(`, then `<…>` or a run without spaces or control
 * characters whose parentheses balance, backslash escapes included.
 */
export function destinationSpan(close: string): [number, number] | undefined {
  if (!close.startsWith('](')) return undefined
  let at = 2
  while (at < close.length && /[ \t\r\n]/.test(close[at]!)) at++
  const start = at
  if (close[at] === '<') {
    for (at++; at < close.length; at++) {
      if (close[at] === '\\') at++
      else if (close[at] === '>') return [start, at + 1]
      else if (close[at] === '\n' || close[at] === '<') return undefined
    }
    return undefined
  }
  let depth = 0
  for (; at < close.length; at++) {
    const c = close[at]!
    if (c === '\\' && at + 1 < close.length) {
      at++
      continue
    }
    if (c.charCodeAt(0) <= 0x20 || c === '\x7f') break
    if (c === '(') depth++
    else if (c === ')') {
      if (depth === 0) break
      depth--
    }
  }
  return [start, at]
}

/** The destination span in an inline image's Markdown `![alt](src "title")`: after the `]` that closes the alt. */
export function imageDestinationSpan(markdown: string): [number, number] | undefined {
  if (!markdown.startsWith('![')) return undefined
  let depth = 0
  for (let at = 2; at < markdown.length; at++) {
    const c = markdown[at]
    if (c === '\\') at++
    else if (c === '[') depth++
    else if (c === ']') {
      if (depth > 0) {
        depth--
        continue
      }
      const span = destinationSpan(markdown.slice(at))
      return span && [at + span[0], at + span[1]]
    }
  }
  return undefined
}
