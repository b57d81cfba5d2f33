import type {Lang, Segment} from '@tolmach/core'
import {MarkdownDepthError, segmentMarkdown} from '@tolmach/segmenter'
import {chunkMarkdown, type MarkdownChunk} from './chunk-markdown.js'

/** Documents above this many UTF-16 units are segmented piece by piece. */
export const chunkSize = 1 << 18

export interface SegmentDocumentOptions {
  lang: Lang
  file: string
  /** For tests: a smaller piece size. */
  chunkSize?: number
  /** Called after each piece with the characters done so far and the total. */
  onProgress?: (done: number, total: number) => void
}

/**
 * Segments a Markdown document, yielding its segments a piece at a time
 * (one piece for ordinary documents). Positions, offset maps and indexes
 * are those of the whole document; ids stay unique across pieces.
 */
export function* segmentDocument(text: string, options: SegmentDocumentOptions): Generator<Segment[]> {
  const seen = new Set<string>()
  let index = 0
  for (const chunk of chunkMarkdown(text, options.chunkSize ?? chunkSize)) {
    const segments = segmentPiece(chunk, options)
    const own: Segment[] = []
    for (const segment of segments) {
      if (segment.position.start.offset >= chunk.length) continue
      if (chunk.offset > 0) shift(segment, chunk.offset, chunk.line - 1)
      segment.index = index++
      segment.id = uniqueId(segment.id, seen)
      own.push(segment)
    }
    options.onProgress?.(chunk.offset + chunk.length, text.length)
    yield own
  }
}

/** A piece's segments; a too-deep piece is refused at its place in the whole document. */
function segmentPiece(chunk: MarkdownChunk, options: SegmentDocumentOptions): Segment[] {
  try {
    return segmentMarkdown(chunk.text, {lang: options.lang, file: options.file})
  } catch (error) {
    if (!(error instanceof MarkdownDepthError) || chunk.offset === 0) throw error
    throw error.at(options.file, {line: chunk.line, column: 1, offset: chunk.offset})
  }
}

function shift(segment: Segment, offset: number, lines: number): void {
  for (const point of [segment.position.start, segment.position.end]) {
    point.offset += offset
    point.line += lines
  }
  segment.map = segment.map.map(([textOffset, sourceOffset]) => [textOffset, sourceOffset + offset])
}

/** Ids are unique within one parse; across pieces a repeat gets a `-2`, `-3`… suffix. */
function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id
  for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`
  seen.add(candidate)
  return candidate
}
