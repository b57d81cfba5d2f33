import {offsetToPoint, type LineIndex} from './position.js'
import type {OffsetMap, Point, Segment} from './types.js'

/** Source offset of `offset` in a segment's text, through its offset map. */
export function mapOffset(map: OffsetMap, offset: number): number {
  if (map.length === 0) return offset
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (map[mid]![0] <= offset) lo = mid
    else hi = mid - 1
  }
  const [textOffset, sourceOffset] = map[lo]!
  return sourceOffset + Math.max(0, offset - textOffset)
}

/**
 * The one place where an offset found inside a segment becomes a position in
 * the file the segment came from.
 */
export function segmentOffsetToPoint(segment: Pick<Segment, 'map'>, offset: number, index: LineIndex): Point {
  return offsetToPoint(index, Math.min(mapOffset(segment.map, offset), index.length))
}
