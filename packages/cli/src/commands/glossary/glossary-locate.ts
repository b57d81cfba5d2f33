import {createLineIndex, type LineIndex, offsetToPoint, type Position} from '@tolmach/core'

/**
 * Finds where a concept (and one of its terms) is written in a glossary
 * file, for lint findings about the model rather than a row: the model
 * keeps no positions, but an id and a term are distinctive enough to find
 * again. The first occurrence of the id, then the term after it; line 1 when
 * neither is found.
 */
export function createGlossaryLocator(bytes: Uint8Array, encoding: string): (conceptId: string, term?: string) => Position {
  let text = ''
  try {
    text = new TextDecoder(encoding.toLowerCase().startsWith('utf-8') ? 'utf-8' : encoding).decode(bytes)
  } catch {
    text = new TextDecoder().decode(bytes)
  }
  let lines: LineIndex | undefined
  let cells: Map<string, number> | undefined
  return (conceptId, term) => {
    lines ??= createLineIndex(text)
    cells ??= cellOffsets(text)
    // A lookup per finding, not a scan of the file: 100k findings on a 100k-row file stay linear.
    const id = conceptId ? (cells.get(conceptId) ?? text.indexOf(conceptId)) : -1
    const at = term === undefined ? -1 : text.indexOf(term, Math.max(0, id))
    const start = at >= 0 ? at : id >= 0 ? id : term === undefined ? -1 : text.indexOf(term)
    if (start < 0) return {start: offsetToPoint(lines, 0), end: offsetToPoint(lines, 0)}
    const length = at >= 0 ? term!.length : id >= 0 ? conceptId.length : term!.length
    return {start: offsetToPoint(lines, start), end: offsetToPoint(lines, start + length)}
  }
}

/**
 * The first offset of each cell value of a CSV/TSV text (cells cut at commas,
 * semicolons, tabs, quotes and line ends), where concept ids are written.
 */
function cellOffsets(text: string): Map<string, number> {
  const cells = new Map<string, number>()
  const separator = /[,;\t"\r\n]/g
  let start = 0
  for (let match = separator.exec(text); ; match = separator.exec(text)) {
    const end = match ? match.index : text.length
    if (end > start) {
      const cell = text.slice(start, end)
      if (!cells.has(cell)) cells.set(cell, start)
    }
    if (!match) break
    start = end + 1
  }
  return cells
}
