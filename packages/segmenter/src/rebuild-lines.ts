/**
 * Line structure around a segment: what a line needs in front of it to stay
 * inside the segment's block (`> ` in a quote, indentation in a list item),
 * and whether the segment opens its line.
 */

// Container markers at the start of a line: block quote `>` and list bullets or numbers.
const containerMarker = /[ \t]*>[ \t]?|[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/y

function lineStartOf(source: string, offset: number): number {
  let at = offset
  while (at > 0 && source[at - 1] !== '\n' && source[at - 1] !== '\r') at--
  return at
}

/** Length of the container markers that open `line` (a line's text from its start). */
function markerLength(line: string): number {
  let at = 0
  for (;;) {
    containerMarker.lastIndex = at
    const match = containerMarker.exec(line)
    if (!match || match[0].length === 0) break
    at += match[0].length
  }
  // Indentation of a continuation line belongs to the container too.
  while (line[at] === ' ' || line[at] === '\t') at++
  return at
}

/** True when only container markers stand between the start of its line and `offset`. */
export function opensLine(source: string, offset: number): boolean {
  const before = source.slice(lineStartOf(source, offset), offset)
  return markerLength(before) === before.length
}

/**
 * The prefix a new line inside the segment `[start, end)` needs. A segment
 * that already spans lines shows it on its second line (so a rebuilt
 * document keeps the source's own layout, lazy lines included); otherwise it
 * is derived from the first line: quote markers kept, list markers blanked.
 */
export function continuationPrefix(source: string, start: number, end: number, firstTextOffset: (at: number) => number = () => end): string {
  const newline = source.slice(start, end).search(/\r?\n|\r/)
  if (newline >= 0) {
    let at = start + newline + 1
    if (source[at - 1] === '\r' && source[at] === '\n') at++
    // A `>` the parser read as text (a line of a paragraph after a table-like `|` line) is no container marker.
    const text = firstTextOffset(at)
    const match = /^[ \t>]*/.exec(source.slice(at, text < end && source[text] === '>' ? text : end))
    return match ? match[0] : ''
  }
  const lineStart = lineStartOf(source, start)
  const line = source.slice(lineStart, start)
  const markers = line.slice(0, markerLength(line))
  return markers.replace(/[^>\t]/g, ' ')
}

/** Removes the source's continuation prefix after each line ending inside raw markup (an inline code span, HTML). */
export function stripPrefix(markdown: string, prefix: string): string {
  if (prefix === '' || !/[\r\n]/.test(markdown)) return markdown
  const trimmed = prefix.trimEnd()
  return markdown.replace(/(\r?\n|\r)([ \t>]*)/g, (all, eol: string, lead: string) => {
    if (lead.startsWith(prefix)) return eol + lead.slice(prefix.length)
    if (trimmed !== '' && lead.startsWith(trimmed)) return eol + lead.slice(trimmed.length)
    return all
  })
}

/**
 * Puts `prefix` after each line ending, except one that ends the text: a
 * segment can end with a hard break, and the source after it already
 * carries the next line's prefix.
 */
export function indentLines(markdown: string, prefix: string): string {
  if (prefix === '') return markdown
  return markdown.replace(/\r?\n|\r/g, (eol, at: number) => (at + eol.length === markdown.length ? eol : eol + prefix))
}
