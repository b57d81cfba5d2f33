import {createLineIndex, type Lang, type LineIndex, mapOffset, offsetsToPosition, type Placeholder, type Segment} from '@tolmach/core'
import {definitionUrls} from './definition-urls.js'
import {destinationSpan} from './link-destination.js'

/**
 * Link destinations as units of their own, so a translator can localise them
 * (`/ru/about` → `/en/about`) in any CAT tool: OmegaT shows `bpt`/`ept`
 * content as protected tags, so a URL inside a tag cannot be edited there.
 * Okapi's Markdown filter does the same behind `translateUrls` (off by
 * default), and so does `tolmach export --urls`.
 *
 * A URL unit's id is its segment's id, `.url-`, and the id of the link's
 * placeholder pair (a `.` keeps it an XML NMTOKEN, as XLIFF 2 ids must be).
 * Only inline links `[text](url)` whose pair sits whole in the segment get
 * one: an autolink's destination is its visible text (edit the text), a
 * reference link's lives in its definition.
 */
const urlIdPattern = /^(.+)\.url-(\d+)$/

export function linkUrlId(segmentId: string, placeholderId: number): string {
  return `${segmentId}.url-${placeholderId}`
}

/** The segment id and link placeholder id a URL unit id names, or undefined when it names none. */
export function parseLinkUrlId(id: string): {segmentId: string; placeholderId: number} | undefined {
  const match = urlIdPattern.exec(id)
  return match ? {segmentId: match[1]!, placeholderId: Number(match[2])} : undefined
}

/** The inline links of a segment whose destination a translator can change: both halves here, `](…)` closing. */
export function localisableLinks(segment: Segment): Array<{open: Placeholder; close: Placeholder; url: string}> {
  const out: Array<{open: Placeholder; close: Placeholder; url: string}> = []
  for (const open of segment.placeholders) {
    if (open.type !== 'open' || open.split || open.node !== 'link') continue
    const close = segment.placeholders.find((p) => p.type === 'close' && p.id === open.id)
    const url = open.data?.['url']
    if (!close || close.split || typeof url !== 'string' || !destinationSpan(close.markdown)) continue
    out.push({open, close, url})
  }
  return out
}

/**
 * URL units of a document's segments, each right after the segment that
 * holds its link, and of its reference definitions, at the end: text is the URL (decoded, as the link's node has it),
 * position is where its destination is written in the source.
 */
export function withLinkUrlSegments(source: string, segments: readonly Segment[], lang: Lang): Segment[] {
  let lines: LineIndex | undefined
  const out: Segment[] = []
  const first = segments[0]
  for (const segment of segments) {
    out.push(segment)
    for (const {close, url} of localisableLinks(segment)) {
      const span = destinationSpan(close.markdown)!
      const at = mapOffset(segment.map, close.offset)
      lines ??= createLineIndex(source)
      out.push({
        id: linkUrlId(segment.id, close.id),
        index: segment.index,
        kind: 'linkUrl',
        lang: segment.lang,
        ...(segment.file === undefined ? {} : {file: segment.file}),
        text: url,
        placeholders: [],
        position: offsetsToPosition(lines, at + span[0], at + span[1]),
        map: [[0, at + span[0]]]
      })
    }
  }
  // Reference definitions' destinations last, in document order: they sit outside every segment.
  for (const definition of definitionUrls(source)) {
    lines ??= createLineIndex(source)
    out.push({
      id: definition.id,
      index: segments.length,
      kind: 'linkUrl',
      lang,
      ...(first?.file === undefined ? {} : {file: first.file}),
      text: definition.url,
      placeholders: [],
      position: offsetsToPosition(lines, definition.start, definition.end),
      map: [[0, definition.start]]
    })
  }
  return out
}
