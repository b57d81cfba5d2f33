import type {Point, Position} from './types.js'

/**
 * Line starts of a document, to turn offsets into line/column in O(log n).
 * Columns count UTF-16 code units, as JavaScript strings do.
 */
export interface LineIndex {
  readonly lineStarts: readonly number[]
  readonly length: number
}

export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) lineStarts.push(i + 1)
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      lineStarts.push(i + 1)
    }
  }
  return {lineStarts, length: text.length}
}

export function offsetToPoint(index: LineIndex, offset: number): Point {
  if (!Number.isInteger(offset) || offset < 0 || offset > index.length) {
    throw new RangeError(`offset ${offset} is outside 0…${index.length}`)
  }
  const starts = index.lineStarts
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return {line: lo + 1, column: offset - starts[lo]! + 1, offset}
}

export function pointToOffset(index: LineIndex, line: number, column: number): number {
  const start = index.lineStarts[line - 1]
  if (start === undefined || column < 1) {
    throw new RangeError(`line ${line}, column ${column} is outside the document`)
  }
  return Math.min(start + column - 1, index.length)
}

export function offsetsToPosition(index: LineIndex, start: number, end: number): Position {
  return {start: offsetToPoint(index, start), end: offsetToPoint(index, end)}
}

/** `file:line:column`, the form editors and CI annotations understand. */
export function formatPlace(file: string | undefined, point: Point | undefined): string {
  const name = file ?? '<stdin>'
  return point ? `${name}:${point.line}:${point.column}` : name
}

/**
 * The points of findings that break the position law every reader keeps:
 * an offset inside the text, and the line and column of that offset (this
 * module's line rule), each as `ruleId {point}`. Empty when all agree; the
 * property tests and the fuzz laws of the readers ask this one question.
 */
export function misplacedPoints(text: string, findings: ReadonlyArray<{ruleId: string; place?: Position | undefined}>): string[] {
  const lines = createLineIndex(text)
  const out: string[] = []
  for (const f of findings) {
    for (const p of f.place ? [f.place.start, f.place.end] : []) {
      const inside = Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= text.length
      const expected = inside ? offsetToPoint(lines, p.offset) : undefined
      if (!expected || expected.line !== p.line || expected.column !== p.column) out.push(`${f.ruleId} ${JSON.stringify(p)}`)
    }
  }
  return out
}

