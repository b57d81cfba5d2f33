import type {Segment} from '@tolmach/core'
import type {Link, Paragraph} from 'mdast'
import {type DefinitionUrl, definitionUrls, isDefinitionUrlId} from './definition-urls.js'
import {destinationSpan, imageDestinationSpan} from './link-destination.js'
import {localisableLinks, parseLinkUrlId} from './link-urls.js'
import {parseMarkdown} from './markdown-parse.js'
import {destination} from './rebuild-autolinks.js'
import type {RebuildTranslation, RebuildUnit} from './rebuild-types.js'

/** A URL unit of the translation, matched to the link it localises. */
export interface UrlUnit {
  id: string
  unit: RebuildUnit
  segment: Segment
  placeholderId: number
  /** The link's destination in the source document now. */
  url: string
}

/** A URL unit of a reference definition (`[label]: /ru/page`). */
export interface DefinitionUnit {
  id: string
  unit: RebuildUnit
  definition: DefinitionUrl
}

/**
 * Takes the URL units (`<segment id>.url-<n>`, see link-urls.ts) out of the
 * translations. An id that names no localisable link of the document stays
 * in the rest, where the rebuild reports it as an unknown unit.
 */
export function takeUrlUnits(
  source: string,
  translations: ReadonlyMap<string, RebuildTranslation>,
  segments: readonly Segment[],
  unitOf: (entry: RebuildTranslation | undefined) => RebuildUnit | undefined
): {rest: Map<string, RebuildTranslation>; urls: UrlUnit[]; definitions: DefinitionUnit[]} {
  const rest = new Map<string, RebuildTranslation>()
  const urls: UrlUnit[] = []
  const definitions: DefinitionUnit[] = []
  let byId: Map<string, Segment> | undefined
  let defined: Map<string, DefinitionUrl> | undefined
  for (const [id, entry] of translations) {
    if (isDefinitionUrlId(id)) {
      defined ??= new Map(definitionUrls(source, segments).map((d) => [d.id, d]))
      const definition = defined.get(id)
      if (definition) definitions.push({id, unit: unitOf(entry)!, definition})
      else rest.set(id, entry)
      continue
    }
    const named = parseLinkUrlId(id)
    byId ??= new Map(segments.map((s) => [s.id, s]))
    const segment = named && byId.get(named.segmentId)
    const link = segment && localisableLinks(segment).find((l) => l.holder.id === named.placeholderId)
    if (!segment || !link) {
      rest.set(id, entry)
      continue
    }
    urls.push({id, unit: unitOf(entry)!, segment, placeholderId: link.holder.id, url: link.url})
  }
  return {rest, urls, definitions}
}

/**
 * Why a translated destination cannot be written, or undefined when it can:
 * it must be one token (no whitespace or control characters), parse as a URL
 * or a path relative to a page, and come back unchanged as the destination
 * of a Markdown link written with it.
 */
export function urlProblem(url: string, was: string): string | undefined {
  if (url === '') return 'it is empty'
  // A space is fine (`<…>` carries it, as the source may have), a line break or control character is not.
  if (/[\r\n\x00-\x1f\x7f]/.test(url)) return 'it holds a line break or a control character'
  // A tag the CAT tool let into the target reads back as a placeholder token.
  if (/\{\/?\d+\/?\}/.test(url)) return 'it holds inline markup'
  let parsed: URL
  try {
    parsed = new URL(url, 'https://example.invalid/page/')
  } catch {
    return 'it is not a URL or a path'
  }
  // A translation must not turn a link into script: only a source that was one may stay one.
  if (/^(javascript|vbscript|data):$/.test(parsed.protocol) && !was.toLowerCase().startsWith(parsed.protocol)) return `a ${parsed.protocol} address runs code`
  const paragraph = parseMarkdown(`[x](${destination(url)})\n`).children[0] as Paragraph | undefined
  const link = paragraph?.type === 'paragraph' && paragraph.children.length === 1 ? paragraph.children[0] : undefined
  if (link?.type !== 'link' || (link as Link).url !== url) return 'a Markdown link cannot carry it as written'
  return undefined
}

/** A link's closing markup `](dest "title")` or an image's `![alt](src)` with another destination. */
export function replaceDestination(markdown: string, url: string, image: boolean): string {
  const span = image ? imageDestinationSpan(markdown) : destinationSpan(markdown)
  if (!span) return markdown
  return markdown.slice(0, span[0]) + destination(url) + markdown.slice(span[1])
}
