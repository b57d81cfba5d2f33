import {createLineIndex, type LineIndex, type OffsetMap, type Point, segmentOffsetToPoint} from '@tolmach/core'

/**
 * One translation pair to check, whatever file it came from. `map` takes an
 * offset in `target` to an offset in the text of `file` (the XLIFF, TMX,
 * table or Markdown the target was read from), so a finding inside the
 * target gets that file's line and column.
 */
export interface ReadPair {
  id?: string
  source: string
  target: string
  file: string
  map: OffsetMap
  lines: LineIndex
  /**
   * When set, `map` and `lines` are those of a slice of the file starting
   * at this point (a streamed pair keeps only its own XML, not the file).
   */
  origin?: Point
}

/** The place of an offset inside a pair's target, in the file it came from. */
export function targetPoint(pair: ReadPair, offset: number): Point {
  const local = segmentOffsetToPoint(pair, offset, pair.lines)
  const origin = pair.origin
  if (origin === undefined) return local
  return {line: origin.line + local.line - 1, column: local.line === 1 ? origin.column + local.column - 1 : local.column, offset: origin.offset + local.offset}
}

/** A lazily built line index for one file's text, shared by all its pairs. */
export function lineIndexOf(text: string): () => LineIndex {
  let index: LineIndex | undefined
  return () => {
    index ??= createLineIndex(text)
    return index
  }
}
