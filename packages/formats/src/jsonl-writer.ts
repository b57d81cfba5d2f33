import type {Segment, SegmentDocument} from '@tolmach/core'

/** One segment per line, every field, with `file` filled in from its document. */
export function* jsonlChunks(documents: Iterable<SegmentDocument>): Generator<string> {
  for (const document of documents) {
    for (const segment of document.segments) yield `${JSON.stringify(jsonlRecord(document, segment))}\n`
  }
}

export function writeJsonl(documents: Iterable<SegmentDocument>): string {
  let out = ''
  for (const chunk of jsonlChunks(documents)) out += chunk
  return out
}

function jsonlRecord(document: SegmentDocument, segment: Segment): Segment {
  return {
    id: segment.id,
    index: segment.index,
    file: segment.file ?? document.file,
    kind: segment.kind,
    lang: segment.lang,
    text: segment.text,
    placeholders: segment.placeholders,
    position: segment.position,
    map: segment.map
  }
}
