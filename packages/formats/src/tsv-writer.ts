import type {SegmentDocument} from '@tolmach/core'
import {escapeTsvField} from './tsv-escape.js'

export const tsvHeader = ['id', 'text', 'file', 'line'] as const

/** A header row, then one row per segment: id, text with placeholder tokens, file, source line. */
export function* tsvChunks(documents: Iterable<SegmentDocument>): Generator<string> {
  yield `${tsvHeader.join('\t')}\n`
  for (const document of documents) {
    for (const segment of document.segments) {
      const file = segment.file ?? document.file
      const row = [segment.id, segment.text, file].map(escapeTsvField)
      yield `${row.join('\t')}\t${segment.position.start.line}\n`
    }
  }
}

export function writeTsv(documents: Iterable<SegmentDocument>): string {
  let out = ''
  for (const chunk of tsvChunks(documents)) out += chunk
  return out
}
