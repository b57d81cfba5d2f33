import type {Finding, SegmentDocument} from '@tolmach/core'
import {type SegmentFormat, segmentChunks, segmentFormats} from '@tolmach/formats/writers'
import {usageError} from '../errors.js'
import type {Translate} from '../i18n/i18n.js'
import type {OutputSink} from './write-output.js'

export type {SegmentFormat}

/** `--format` value → format; without one, the `-o` extension decides, else JSONL. */
export function parseFormat(value: string | undefined, output: string | undefined, t: Translate): SegmentFormat {
  if (value === undefined) return formatFromExtension(output) ?? 'jsonl'
  const format = value.toLowerCase() === 'xliff12' ? 'xliff' : value.toLowerCase()
  if ((segmentFormats as readonly string[]).includes(format)) return format as SegmentFormat
  throw usageError('unknown-format', t('error.unknownFormat', {value, valid: segmentFormats.join(', ')}))
}

/** A translator who writes `-o release.xlf` means XLIFF 1.2, the version CAT tools import best. */
export function formatFromExtension(file: string | undefined): SegmentFormat | undefined {
  const ext = file?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
  if (ext === 'xlf' || ext === 'xliff') return 'xliff'
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl'
  if (ext === 'tsv') return 'tsv'
  return undefined
}

const flushAt = 1 << 16

/**
 * Writes documents in a format as the formats package produces it, a chunk
 * at a time: `documents` may be a generator that reads and segments one
 * file per step, so only one document is in memory. Content problems the
 * writer meets (characters XML cannot hold, duplicate ids) go to `onFinding`.
 */
export async function writeDocuments(
  documents: Iterable<SegmentDocument>,
  format: SegmentFormat,
  sink: OutputSink,
  onFinding: (finding: Finding) => void
): Promise<void> {
  let buffer = ''
  for (const chunk of segmentChunks(documents, format, {onFinding})) {
    buffer += chunk
    if (buffer.length >= flushAt) {
      await sink.write(buffer)
      buffer = ''
    }
  }
  if (buffer) await sink.write(buffer)
}
