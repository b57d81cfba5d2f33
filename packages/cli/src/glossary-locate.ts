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
  return (conceptId, term) => {
    lines ??= createLineIndex(text)
    const id = conceptId ? text.indexOf(conceptId) : -1
    const at = term === undefined ? -1 : text.indexOf(term, Math.max(0, id))
    const start = at >= 0 ? at : id >= 0 ? id : term === undefined ? -1 : text.indexOf(term)
    if (start < 0) return {start: offsetToPoint(lines, 0), end: offsetToPoint(lines, 0)}
    const length = at >= 0 ? term!.length : id >= 0 ? conceptId.length : term!.length
    return {start: offsetToPoint(lines, start), end: offsetToPoint(lines, start + length)}
  }
}
