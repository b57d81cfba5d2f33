import type {OffsetMap, Placeholder} from '@tolmach/core'
import {placeholderToken} from '@tolmach/core'
import type {BlockPiece} from './markdown-cut.js'
import type {FlatBlock, InlineEvent} from './markdown-inline.js'

const literalToken = /\{\/?(\d+)\/?\}/g

function literalTokenIds(plain: string, start: number, end: number): Set<number> | undefined {
  const text = plain.slice(start, end)
  if (!text.includes('{')) return undefined
  const taken = new Set<number>()
  for (const match of text.matchAll(literalToken)) taken.add(Number(match[1]))
  return taken
}

/** A segment before it gets its id, index and positions. */
export interface DraftSegment {
  text: string
  placeholders: Placeholder[]
  map: OffsetMap
  start: number
  end: number
}

/**
 * Writes one piece of a flattened block as segment text. `stack` holds the
 * pairs still open from earlier pieces of the same block; they are reopened
 * here as `split` placeholders, and whatever is still open at the end is
 * closed the same way, so every segment is balanced and no markup is lost.
 */
export function emitPiece(block: FlatBlock, piece: BlockPiece, stack: number[], source: string): DraftSegment {
  const {plain, spans, events} = block
  const parts: string[] = []
  const placeholders: Placeholder[] = []
  const map: OffsetMap = []
  // Placeholder ids by event index; most pieces have no markup, so made on first use.
  let ids: Map<number, number> | undefined
  let length = 0
  let delta = Number.NaN
  // Numbering starts at 1, skipping numbers the text itself shows as `{n}`,
  // `{/n}` or `{n/}`, so literal braces never read as a placeholder.
  const taken = literalTokenIds(plain, piece.charStart, piece.charEnd)
  let id = 0
  const nextId = () => {
    do id++
    while (taken?.has(id))
    return id
  }

  const firstEvent = events[piece.eventStart]
  const start =
    firstEvent && piece.eventStart < piece.eventEnd && firstEvent.at <= piece.charStart
      ? firstEvent.start
      : piece.charStart < spans.length
        ? spans.from[piece.charStart]!
        : source.length
  let end = start

  const token = (p: Placeholder, sourceOffset: number) => {
    p.offset = length
    placeholders.push(p)
    const text = placeholderToken(p)
    parts.push(text)
    map.push([length, sourceOffset])
    delta = Number.NaN
    length += text.length
  }
  const marker = (event: InlineEvent) => source.slice(event.start, event.end)
  const placeholder = (event: InlineEvent, id: number, type: Placeholder['type'], split: boolean): Placeholder => {
    const p: Placeholder = {id, type, node: event.node, markdown: marker(event), offset: 0}
    if (event.data && type !== 'close') p.data = event.data
    if (split) p.split = true
    return p
  }

  for (const index of stack) {
    const id = nextId()
    ids ??= new Map()
    ids.set(index, id)
    // A reopened pair shows the marker it continues.
    token(placeholder(events[index]!, id, 'open', true), start)
  }

  let p = piece.charStart
  let e = piece.eventStart
  while (p < piece.charEnd || e < piece.eventEnd) {
    const event = e < piece.eventEnd ? events[e] : undefined
    if (event && (p >= piece.charEnd || event.at <= p)) {
      if (event.kind === 'open') {
        const id = nextId()
        ids ??= new Map()
        ids.set(e, id)
        stack.push(e)
        token(placeholder(event, id, 'open', false), event.start)
      } else if (event.kind === 'close') {
        const id = ids?.get(event.partner) as number
        stack.pop()
        token(placeholder(event, id, 'close', false), event.start)
      } else {
        token(placeholder(event, nextId(), 'standalone', false), event.start)
        p = event.at + 1
      }
      end = event.end
      e++
      continue
    }
    // A run of plain characters up to the next event.
    const stop = Math.min(piece.charEnd, event ? event.at : piece.charEnd)
    parts.push(plain.slice(p, stop))
    // spans.at(p, source), unrolled over the typed arrays: this loop sees every character.
    const {from, to} = spans
    for (; p < stop; p++, length++) {
      const f = from[p]!
      const at = to[p]! - f === 2 && source.charCodeAt(f) === 92 ? f + 1 : f
      if (at - length !== delta) {
        map.push([length, at])
        delta = at - length
      }
    }
    if (stop > 0) end = spans.to[stop - 1]!
  }

  for (let k = stack.length - 1; k >= 0; k--) {
    const index = stack[k]!
    const open = events[index]!
    token(placeholder(events[open.partner]!, ids?.get(index) as number, 'close', true), end)
  }
  map.push([length, end])
  return {text: parts.length === 1 ? parts[0]! : parts.join(''), placeholders, map, start, end}
}
