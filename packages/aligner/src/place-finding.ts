import {createFinding, createLineIndex, type Finding, type LineIndex, type Position, type Segment, segmentOffsetToPoint} from '@tolmach/core'
import type {BeadFinding} from './check-bead.js'

/** One side of a document pair, as far as placing findings goes. */
export interface PlacedSide {
  segments: readonly Segment[]
  file?: string
  /** Line index of the Markdown source, when the text was given. */
  lines?: LineIndex
}

export function placedSide(segments: readonly Segment[], text: string | undefined, file: string | undefined): PlacedSide {
  const side: PlacedSide = {segments}
  const name = file ?? segments[0]?.file
  if (name !== undefined) side.file = name
  if (text !== undefined) side.lines = createLineIndex(text)
  return side
}

/**
 * Turns a finding placed inside a sentence (segment text offsets) into a
 * finding placed in the file the segment came from: the one conversion, via
 * the segment's offset map. Without the source text the whole segment is the
 * place: better a line than nothing.
 */
export function placeFinding(finding: BeadFinding, side: PlacedSide): Finding {
  const segment = side.segments[finding.sentence] as Segment
  const {side: _side, sentence: _sentence, start, end, file: _file, place: _place, ...rest} = finding
  let place: Position = segment.position
  if (side.lines) {
    const last = segment.text.length
    place = {
      start: segmentOffsetToPoint(segment, Math.min(start, last), side.lines),
      end: segmentOffsetToPoint(segment, Math.min(Math.max(start, end), last), side.lines)
    }
  }
  const init: Parameters<typeof createFinding>[0] = {...rest, place}
  const file = side.file ?? segment.file
  if (file !== undefined) init.file = file
  return createFinding(init)
}
