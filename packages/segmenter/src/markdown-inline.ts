import type {Image, ImageReference, Link, Nodes, PhrasingContent} from 'mdast'
import {alignValue, SourceSpans} from './markdown-align.js'

/** Atomic inline markup shows to the sentence segmenter as this opaque word character. */
export const objectReplacement = '\ufffc'

/**
 * A piece of inline markup in a flattened block. `at` is the plain-text offset
 * it sits before; an atomic event (or a hard break) also owns the plain
 * character at `at` (U+FFFC, or `\n` for a break, which reads as whitespace).
 */
export interface InlineEvent {
  kind: 'open' | 'close' | 'atomic'
  at: number
  node: string
  /** Source span of the marker (`**`, `](url)`) or of the whole atomic node. */
  start: number
  end: number
  /** Index of the other half of a pair, -1 for atomic markup. */
  partner: number
  data?: Record<string, string | number | null>
}

/** A title or alt text met inside the block, segmented on its own. */
export interface InlineExtra {
  kind: 'imageAlt' | 'linkTitle'
  value: string
  spans: SourceSpans
}

/** A block's phrasing content as plain text, with markup set aside. */
export interface FlatBlock {
  plain: string
  spans: SourceSpans
  events: InlineEvent[]
  extras: InlineExtra[]
}

const paired = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

function dataOf(node: Nodes): Record<string, string | number | null> | undefined {
  switch (node.type) {
    case 'link':
      return {url: node.url, title: node.title ?? null}
    case 'linkReference':
      return {identifier: node.identifier, label: node.label ?? null, referenceType: node.referenceType}
    case 'image':
      return {url: node.url, title: node.title ?? null, alt: node.alt ?? null}
    case 'imageReference':
      return {identifier: node.identifier, label: node.label ?? null, referenceType: node.referenceType, alt: node.alt ?? null}
    case 'inlineCode':
      return {value: node.value}
    case 'html':
      return {value: node.value}
    case 'footnoteReference':
      return {identifier: node.identifier, label: node.label ?? null}
    default:
      return undefined
  }
}

/** Source span of a title inside `…"title")` (or a definition's trailing title). */
export function titleSpan(source: string, end: number, closingParen: boolean): [number, number] | undefined {
  let e = end
  if (closingParen) e--
  while (e > 0 && /\s/.test(source[e - 1]!)) e--
  const close = source[e - 1]
  const open = close === ')' ? '(' : close
  if (open !== '"' && open !== "'" && open !== '(') return undefined
  for (let s = e - 2; s >= 0; s--) {
    if (source[s] !== open) continue
    let backslashes = 0
    while (s - 1 - backslashes >= 0 && source[s - 1 - backslashes] === '\\') backslashes++
    if (backslashes % 2 === 0) return [s + 1, e - 1]
  }
  return undefined
}

class Flattener {
  readonly parts: string[] = []
  length = 0
  readonly spans: SourceSpans
  readonly events: InlineEvent[] = []
  readonly extras: InlineExtra[] = []

  constructor(
    readonly source: string,
    spans: SourceSpans
  ) {
    this.spans = spans
  }

  /** Source offset where the next node's content begins. */
  cursor = 0

  /**
   * Visits sibling nodes. Nodes made by a transform (GFM e-mail autolinks and
   * the text around them) have no position: they are aligned between the
   * cursor and the next sibling that has one, or the parent's `limit`.
   */
  visitAll(nodes: readonly PhrasingContent[], limit: number): void {
    // Only a node without a position reads its limit, so look ahead just
    // then; `ahead` (the next positioned sibling) is reused over a run of them.
    let ahead = -1
    let aheadStart = limit
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!
      if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        this.visit(node, limit)
        continue
      }
      if (ahead <= i) {
        for (ahead = i + 1; ahead < nodes.length; ahead++) if (nodes[ahead]!.position?.start.offset !== undefined) break
        aheadStart = ahead < nodes.length ? nodes[ahead]!.position!.start.offset! : limit
      }
      this.visit(node, aheadStart)
    }
  }

  visit(node: PhrasingContent, limit: number): void {
    const positioned = node.position?.start.offset !== undefined && node.position.end.offset !== undefined
    const start = positioned ? node.position!.start.offset! : this.cursor
    if (node.type === 'text') {
      this.parts.push(node.value)
      this.length += node.value.length
      const before = this.spans.length
      alignValue(node.value, this.source, start, positioned ? node.position!.end.offset! : limit, this.spans)
      this.cursor = positioned ? node.position!.end.offset! : this.spans.length > before ? this.spans.to[this.spans.length - 1]! : start
      return
    }
    if (paired.has(node.type) && 'children' in node) {
      const children = node.children as PhrasingContent[]
      const end = positioned ? node.position!.end.offset! : limit
      // Without a position the markers are empty (an autolink literal).
      // A first or last child a transform made (an e-mail or `www` literal split out of the text) has no
      // position either: the content then starts and ends at the node's own markers.
      const marker = positioned ? markerLength(node.type, this.source, start) : 0
      const first = positioned ? (children[0]?.position?.start.offset ?? start + marker) : start
      // An address the mdast transform found (micromark reads none after an open `[`) has no position:
      // rebuilding must leave that `[` open for it, where an address micromark read needs `\[`.
      const data = node.type === 'link' && !positioned ? {...dataOf(node), reader: 'transform'} : dataOf(node)
      const open = this.events.length
      this.events.push({kind: 'open', at: this.length, node: node.type, start, end: first, partner: open + 1, data})
      this.cursor = first
      this.visitAll(children, positioned ? end : limit)
      // An empty link (`[](url)`) closes where it opened: its whole `](url)` is the close marker.
      const last = positioned && children.length > 0 ? (children.at(-1)!.position?.end.offset ?? Math.max(this.cursor, end - marker)) : this.cursor
      const close = positioned ? end : this.cursor
      this.events[open]!.partner = this.events.length
      this.events.push({kind: 'close', at: this.length, node: node.type, start: last, end: close, partner: open})
      this.cursor = close
      if (node.type === 'link' && positioned) this.title(node, end)
      return
    }
    // Atomic: inline code, inline HTML, images, footnote references, breaks, anything else.
    const end = positioned ? node.position!.end.offset! : start
    const isBreak = node.type === 'break'
    const data = dataOf(node)
    this.events.push({kind: 'atomic', at: this.length, node: node.type, start, end, partner: -1, data})
    this.parts.push(isBreak ? '\n' : objectReplacement)
    this.length++
    this.spans.push(start, end)
    this.cursor = end
    if (node.type === 'image' || node.type === 'imageReference') this.alt(node, start, end)
    if (node.type === 'image') this.title(node, end)
  }

  private alt(node: Image | ImageReference, start: number, end: number): void {
    if (!node.alt) return
    const spans = new SourceSpans(node.alt.length)
    alignValue(node.alt, this.source, start + 2, end, spans)
    this.extras.push({kind: 'imageAlt', value: node.alt, spans})
  }

  private title(node: Link | Image, end: number): void {
    if (!node.title) return
    const span = titleSpan(this.source, end, true)
    if (!span) return
    const spans = new SourceSpans(node.title.length)
    alignValue(node.title, this.source, span[0], span[1], spans)
    this.extras.push({kind: 'linkTitle', value: node.title, spans})
  }
}

/**
 * Flattens phrasing content into the plain text a sentence segmenter reads:
 * text values as they are, paired markup as zero-width events, atomic markup
 * as U+FFFC (a break as `\n`), with a source span for every plain character.
 * Pass `spans` to reuse one buffer for all blocks of a document (it is
 * emptied first, so the previous block's result must be done with).
 */
export function flattenInline(
  children: readonly PhrasingContent[],
  source: string,
  spans?: SourceSpans,
  blockStart = children[0]?.position?.start.offset ?? 0,
  blockEnd = children.at(-1)?.position?.end.offset ?? source.length
): FlatBlock {
  let buffer = spans
  if (buffer) buffer.length = 0
  else {
    // Plain text is never longer than its source (escapes and references
    // shrink, prefixes vanish), so the block's source length is enough.
    buffer = new SourceSpans(blockEnd - blockStart + 1)
  }
  const flattener = new Flattener(source, buffer)
  flattener.cursor = children[0]?.position?.start.offset ?? blockStart
  flattener.visitAll(children, blockEnd)
  return {plain: flattener.parts.join(''), spans: flattener.spans, events: flattener.events, extras: flattener.extras}
}

/** Length of the opening marker of emphasis (`*`), strong (`**`), strikethrough (`~` or `~~`); 1 for a link's `[`. */
function markerLength(type: string, source: string, start: number): number {
  if (type === 'strong') return 2
  if (type === 'delete') return source[start + 1] === '~' ? 2 : 1
  return 1
}
