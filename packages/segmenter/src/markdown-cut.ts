import type {InlineEvent} from './markdown-inline.js'
import {hasLetter} from './markdown-letter.js'
import type {Sentence} from './types.js'

/**
 * A segment's share of a flattened block: plain characters `[charStart,
 * charEnd)` and inline events `[eventStart, eventEnd)`. What lies between two
 * pieces is whitespace only.
 */
export interface BlockPiece {
  charStart: number
  charEnd: number
  eventStart: number
  eventEnd: number
}

/**
 * Sentences worth translating: a sentence without a letter (`2024.`, `—`, a
 * lone image) joins the sentence before it, or the one after it when it comes
 * first, so nothing between two segments is ever more than whitespace.
 */
export function translatableRanges(plain: string, sentences: readonly Sentence[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let pending: number | undefined
  for (const sentence of sentences) {
    if (hasLetter(plain, sentence.start, sentence.end)) {
      ranges.push([pending ?? sentence.start, sentence.end])
      pending = undefined
    } else if (ranges.length > 0) {
      ranges[ranges.length - 1]![1] = sentence.end
    } else {
      pending ??= sentence.start
    }
  }
  if (pending !== undefined && ranges.length > 0) ranges[ranges.length - 1]![1] = plain.length
  return ranges
}

/**
 * Cuts a block into pieces at sentence ranges and decides where markup lying
 * between two sentences goes. The rule: walking the gap in order, closing
 * markers, breaks and empty pairs (`[](url)`) stay with the sentence before;
 * from the first opening marker on, everything goes to the sentence after.
 * Markup before the first sentence goes to it, markup after the last to it.
 */
export function cutBlock(events: readonly InlineEvent[], plainLength: number, ranges: ReadonlyArray<[number, number]>): BlockPiece[] {
  const pieces: BlockPiece[] = []
  let eventStart = 0
  let charStart = 0
  let e = 0
  for (let k = 0; k < ranges.length; k++) {
    const [, end] = ranges[k]!
    const next = ranges[k + 1]
    if (!next) {
      pieces.push({charStart, charEnd: plainLength, eventStart, eventEnd: events.length})
      break
    }
    const nextStart = next[0]
    while (e < events.length && events[e]!.at < end) e++
    const inGap = (j: number) => {
      const event = events[j]
      if (!event) return false
      return event.at < nextStart || (event.at === nextStart && event.kind !== 'atomic')
    }
    let charEnd = end
    let j = e
    while (inGap(j)) {
      const event = events[j]!
      if (event.kind === 'close') {
        charEnd = Math.max(charEnd, event.at)
        j++
      } else if (event.kind === 'atomic') {
        charEnd = Math.max(charEnd, event.at + 1)
        j++
      } else if (inGap(event.partner)) {
        charEnd = Math.max(charEnd, events[event.partner]!.at)
        j = event.partner + 1
      } else break
    }
    pieces.push({charStart, charEnd, eventStart, eventEnd: j})
    eventStart = j
    charStart = inGap(j) ? Math.max(events[j]!.at, charEnd) : Math.max(nextStart, charEnd)
    e = j
  }
  return pieces
}
