import type {Segment} from '@tolmach/core'

/**
 * Block index of each segment: sentences of one paragraph, list item, heading
 * or table cell share an index. The segmenter gives one segment per sentence
 * and no block id, so blocks are told apart by what lies between two
 * segments in the source: a blank line, a list marker, a table pipe, a new
 * line after a heading, or a change of kind. Without the source text, a gap
 * of lines stands in for the blank line.
 */
export function blockIndexes(segments: readonly Segment[], text?: string): number[] {
  const out: number[] = []
  let block = -1
  for (let k = 0; k < segments.length; k++) {
    const cur = segments[k] as Segment
    const prev = segments[k - 1]
    if (!prev || startsBlock(prev, cur, text)) block++
    out.push(block)
  }
  return out
}

const listMarker = /\n[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]/
const blankLine = /\n[ \t>]*\r?\n/

function startsBlock(prev: Segment, cur: Segment, text: string | undefined): boolean {
  if (prev.kind !== cur.kind) return true
  const from = prev.position.end.offset
  const to = cur.position.start.offset
  // Segments out of source order (alt texts, link titles) are blocks of their own.
  if (to < from) return true
  if (cur.kind === 'imageAlt' || cur.kind === 'linkTitle') return true
  if (text === undefined) {
    const lines = cur.position.start.line - prev.position.end.line
    return lines > 1 || (lines > 0 && cur.kind !== 'paragraph' && cur.kind !== 'blockquote' && cur.kind !== 'text')
  }
  const gap = text.slice(from, to)
  // Sentences of one front matter value have only blanks between them; another key or item shows.
  if (cur.kind === 'frontMatter') return /\S/.test(gap)
  if (blankLine.test(gap)) return true
  if (cur.kind === 'tableCell') return gap.includes('|')
  if (cur.kind === 'heading') return gap.includes('\n')
  if (cur.kind === 'listItem') return listMarker.test(gap)
  return false
}

/**
 * Heading ↔ heading hard boundaries: when both documents have the same
 * number of headings, the k-th heading of one starts a bead with the k-th of
 * the other, and what follows each heading starts together too, so a heading
 * is never merged with body text. With different counts (a heading added or
 * dropped) no pairing is safe, so none is forced.
 */
export function headingBoundaries(src: readonly Segment[], tgt: readonly Segment[], srcBlocks: readonly number[], tgtBlocks: readonly number[]): Array<[number, number]> {
  const s = headingSpans(src, srcBlocks)
  const t = headingSpans(tgt, tgtBlocks)
  if (s.length !== t.length) return []
  const out: Array<[number, number]> = []
  for (let k = 0; k < s.length; k++) {
    const [s0, s1] = s[k] as [number, number]
    const [t0, t1] = t[k] as [number, number]
    const last = out[out.length - 1]
    if (!last || last[0] !== s0 || last[1] !== t0) out.push([s0, t0])
    out.push([s1, t1])
  }
  return out
}

/** [first sentence, sentence after the last] of each heading block. */
function headingSpans(segments: readonly Segment[], blocks: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let k = 0; k < segments.length; k++) {
    if ((segments[k] as Segment).kind !== 'heading') continue
    const last = out[out.length - 1]
    if (last && last[1] === k && blocks[k] === blocks[k - 1]) last[1] = k + 1
    else out.push([k, k + 1])
  }
  return out
}
