import {createLineIndex, type Lang, type LineIndex, mapOffset, offsetsToPosition, type Placeholder, type Segment} from '@tolmach/core'
import {definitionUrls} from './definition-urls.js'
import {destinationSpan, imageDestinationSpan} from './link-destination.js'

/**
 * Link destinations as units of their own, so a translator can localise them
 * (`/ru/about` → `/en/about`) in any CAT tool: OmegaT shows `bpt`/`ept`
 * content as protected tags, so a URL inside a tag cannot be edited there.
 * Okapi's Markdown filter does the same behind `translateUrls` (off by
 * default), and so does `tolmach export --urls`.
 *
 * A URL unit's id is its segment's id, `.url-`, and the id of the link's
 * placeholder pair (a `.` keeps it an XML NMTOKEN, as XLIFF 2 ids must be).
 * Inline links `[text](url)` whose pair sits whole in the segment and inline
 * images `![alt](src)` get one; an autolink's destination is its visible
 * text (edit the text), a reference link's lives in its definition, which
 * gets one of its own (definition-urls.ts).
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

/**
 * A destination a translator can change in a segment: an inline link's (its
 * pair whole in the segment, closing `](…)`) or an inline image's
 * (`![alt](…)`, an atom). `holder` is the placeholder whose Markdown holds it.
 */
export interface LocalisableUrl {
  holder: Placeholder
  url: string
}

/** Where the destination is written in a holder's Markdown. */
export function holderSpan(holder: Placeholder): [number, number] | undefined {
  return holder.node === 'image' ? imageDestinationSpan(holder.markdown) : destinationSpan(holder.markdown)
}

export function localisableLinks(segment: Segment): LocalisableUrl[] {
  const out: LocalisableUrl[] = []
  for (const p of segment.placeholders) {
    const url = p.data?.['url']
    if (p.split || typeof url !== 'string') continue
    if (p.type === 'standalone' && p.node === 'image' && imageDestinationSpan(p.markdown)) out.push({holder: p, url})
    if (p.type !== 'open' || p.node !== 'link') continue
    const close = segment.placeholders.find((c) => c.type === 'close' && c.id === p.id)
    if (close && !close.split && destinationSpan(close.markdown)) out.push({holder: close, url})
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
    for (const {holder, url} of localisableLinks(segment)) {
      const span = holderSpan(holder)!
      const at = mapOffset(segment.map, holder.offset)
      lines ??= createLineIndex(source)
      out.push({
        id: linkUrlId(segment.id, holder.id),
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
  // Destinations outside every segment (definitions, images alone in a paragraph) last, in document order.
  for (const definition of definitionUrls(source, segments)) {
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
