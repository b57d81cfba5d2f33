import type {SegmentDocument} from '@tolmach/core'
import {jsonlChunks} from './jsonl-writer.js'
import {tsvChunks} from './tsv-writer.js'
import type {SegmentFormat, WriteOptions} from './types.js'
import {xliff2Chunks} from './xliff2-writer.js'
import {xliff12Chunks} from './xliff12-writer.js'

/** The formats `formatSegments` writes, in the order a CLI lists them. */
export const segmentFormats: readonly SegmentFormat[] = ['jsonl', 'tsv', 'xliff', 'xliff2']

/** Chunks of the chosen format; JSONL and TSV ignore targets and notes. */
export function segmentChunks(
  documents: Iterable<SegmentDocument>,
  format: SegmentFormat,
  options?: WriteOptions
): Generator<string> {
  switch (format) {
    case 'xliff':
      return xliff12Chunks(documents, options)
    case 'xliff2':
      return xliff2Chunks(documents, options)
    case 'jsonl':
      return jsonlChunks(documents)
    case 'tsv':
      return tsvChunks(documents)
    default:
      throw new TypeError(`format must be one of ${segmentFormats.join(', ')}; got ${String(format)}`)
  }
}

export function formatSegments(documents: Iterable<SegmentDocument>, format: SegmentFormat, options?: WriteOptions): string {
  let out = ''
  for (const chunk of segmentChunks(documents, format, options)) out += chunk
  return out
}
