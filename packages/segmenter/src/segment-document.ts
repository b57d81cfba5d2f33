import type {Finding, Lang, Segment} from '@tolmach/core'
import {MarkdownDepthError} from './markdown-depth.js'
import {segmentMarkdown} from './segment-markdown.js'
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
  /** YAML front matter keys to translate (the segmenter's default when absent). */
  frontMatterKeys?: readonly string[]
  /** Receives the segmenter's findings (front matter kept as written). */
  onFinding?: (finding: Finding) => void
}

/**
 * Segments a Markdown document, yielding its segments a piece at a time
 * (one piece for ordinary documents). Positions, offset maps and indexes
 * are those of the whole document; ids stay unique across pieces.
 */
export function* segmentDocument(text: string, options: SegmentDocumentOptions): Generator<Segment[]> {
  const repeats = new Map<string, number>()
  let index = 0
  for (const chunk of chunkMarkdown(text, options.chunkSize ?? chunkSize)) {
    const segments = segmentPiece(chunk, options)
    const own: Segment[] = []
    for (const segment of segments) {
      if (segment.position.start.offset >= chunk.length) continue
      if (chunk.offset > 0) shift(segment, chunk.offset, chunk.line - 1)
      segment.index = index++
      segment.id = documentId(segment.id, repeats)
      own.push(segment)
    }
    options.onProgress?.(chunk.offset + chunk.length, text.length)
    yield own
  }
}

/** A piece's segments; a too-deep piece is refused at its place in the whole document. */
function segmentPiece(chunk: MarkdownChunk, options: SegmentDocumentOptions): Segment[] {
  try {
    const {frontMatterKeys, onFinding} = options
    // Only the first piece can start with front matter.
    return segmentMarkdown(chunk.text, {lang: options.lang, file: options.file, ...(frontMatterKeys ? {frontMatterKeys} : {}), ...(onFinding && chunk.offset === 0 ? {onFinding} : {})})
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

/** A segmenter id: a content hash (`p-` and 14 hex digits) and, for a repeat within its piece, `-N`. */
const pieceId = /^([a-z]+-[0-9a-f]{14})(?:-\d+)?$/

/**
 * The id segmentMarkdown gives the same segment in the whole document: each
 * piece counts repeats of a text from one, so its own suffix is dropped and
 * repeats are counted again over the document (borrowed definitions, which
 * the whole document holds once, never reach this count). `export`, `import`
 * and `segment` therefore agree on every id, however big the file.
 */
function documentId(id: string, repeats: Map<string, number>): string {
  const base = pieceId.exec(id)?.[1]
  if (base === undefined) throw new Error(`segmentDocument: unexpected segment id ${id}`)
  const count = (repeats.get(base) ?? 0) + 1
  repeats.set(base, count)
  return count === 1 ? base : `${base}-${count}`
}
