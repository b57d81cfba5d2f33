import {createLineIndex, type LineIndex, mapOffset, offsetToPoint, type Position} from '@tolmach/core'
import type {PairLocation} from './types.js'

/**
 * Turns offsets inside a pair's text into positions in the file it came
 * from, through the pair's offset map: the one conversion (textlint's
 * locator). Line indexes are shared by every pair of the same file text.
 */
export function createLocator(): (location: PairLocation | undefined, start: number, end: number) => Position | undefined {
  const indexes = new Map<string, LineIndex>()
  return (location, start, end) => {
    if (location?.text === undefined) return undefined
    let index = indexes.get(location.text)
    if (!index) {
      index = createLineIndex(location.text)
      indexes.set(location.text, index)
    }
    const map = location.map ?? []
    const at = (offset: number) => offsetToPoint(index, Math.min(mapOffset(map, offset), location.text?.length ?? 0))
    return {start: at(start), end: at(Math.max(start, end))}
  }
}
