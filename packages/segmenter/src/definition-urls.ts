import type {Segment} from '@tolmach/core'
import type {Definition, Image, Nodes} from 'mdast'
import {destinationSpan, imageDestinationSpan} from './link-destination.js'
import {parseMarkdown} from './markdown-parse.js'
import {createIdGenerator} from './segment-id.js'

/**
 * A destination outside every segment: a reference definition's (`[label]:
 * /ru/page`, which reference links elsewhere use) or an image's that stands
 * alone in its paragraph (no prose, so no segment; its alt text is one).
 */
export interface DefinitionUrl {
  /** `url-` and a hash of the definition's identifier (an image's alt and source): stable while they are. */
  id: string
  /** The definition's identifier; empty for an image. */
  identifier: string
  url: string
  /** Source span of the destination as written (`<…>` included). */
  start: number
  end: number
}

const definitionIdPattern = /^url-[0-9a-f]{14}(?:-\d+)?$/

export function isDefinitionUrlId(id: string): boolean {
  return definitionIdPattern.test(id)
}

/**
 * The document's reference definitions, the first of each identifier (the
 * one CommonMark uses), with where their destination is written. A
 * definition with an empty destination has nothing to localise.
 */
export function definitionUrls(source: string, segments: readonly Segment[]): DefinitionUrl[] {
  // A cheap test first: most documents have neither a definition nor an image.
  if (!/^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m.test(source) && !source.includes('![')) return []
  const nextId = createIdGenerator()
  const seen = new Set<string>()
  const out: DefinitionUrl[] = []
  // Images inside a segment have URL units of that segment (link-urls.ts); an image alone in its paragraph has none.
  const blocks = segments.filter((s) => s.kind !== 'imageAlt' && s.kind !== 'linkTitle' && s.kind !== 'linkUrl')
  const inSegment = (offset: number) => blocks.some((s) => s.position.start.offset <= offset && offset < s.position.end.offset)
  const walk = (node: Nodes) => {
    if (node.type === 'definition') visit(node)
    else if (node.type === 'image') image(node)
    else if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  const image = (node: Image) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || inSegment(start)) return
    const span = imageDestinationSpan(source.slice(start, end))
    if (!span || span[0] === span[1]) return
    const text = source.slice(start + span[0], start + span[1])
    if (text !== node.url && text !== `<${node.url}>` && !/[\\&%]/.test(text)) return
    out.push({id: nextId('linkUrl', `![${node.alt ?? ''}](${node.url})`, []), identifier: '', url: node.url, start: start + span[0], end: start + span[1]})
  }
  const visit = (node: Definition) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (seen.has(node.identifier) || start === undefined || end === undefined) return
    seen.add(node.identifier)
    const written = source.slice(start, end)
    const colon = labelEnd(written)
    if (colon < 0) return
    // The destination follows `]:` as it follows `](` in a link.
    const span = destinationSpan(`](${written.slice(colon + 2)}`)
    if (!span || span[0] === span[1]) return
    // Written as `]:` + the span in the probe: source offset = start + colon + probe offset.
    const at = start + colon
    const text = source.slice(at + span[0], at + span[1])
    // A destination on a continuation line of a quote or list (`> /ru/x`) is not where this reads it: leave it alone.
    if (text !== node.url && text !== `<${node.url}>` && !/[\\&%]/.test(text)) return
    out.push({id: nextId('linkUrl', node.identifier, []), identifier: node.identifier, url: node.url, start: at + span[0], end: at + span[1]})
  }
  walk(parseMarkdown(source))
  return out
}

/** Index of the `]` that closes a definition's label (escapes skipped), when `:` follows it. */
function labelEnd(written: string): number {
  for (let i = written.indexOf('[') + 1; i < written.length; i++) {
    if (written[i] === '\\') i++
    else if (written[i] === ']') return written[i + 1] === ':' ? i : -1
  }
  return -1
}
