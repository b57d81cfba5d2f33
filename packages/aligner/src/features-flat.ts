import type {SentenceFeatures} from './features.js'

/**
 * One side's keys in flat typed arrays (sentence s owns keys[start[s]] …
 * keys[start[s + 1] - 1], sorted), with a hard flag per key occurrence:
 * the DP's inner loops then touch no objects.
 */
export interface FlatSide {
  start: Int32Array
  keys: Int32Array
  hard: Uint8Array
  /** Total weight of each sentence's hard keys. */
  hardWeight: Float64Array
  /** Bit 0: shares a key with the next sentence; bit 1: with the one after. */
  overlapsNext: Uint8Array
  /** Keys sentence s shares with s+1 (`next1`) and with s+2 (`next2`), flat with starts. */
  next1Start: Int32Array
  next1: Int32Array
  next2Start: Int32Array
  next2: Int32Array
}

export function flatten(side: SentenceFeatures[], weight: Float64Array): FlatSide {
  const start = new Int32Array(side.length + 1)
  for (let s = 0; s < side.length; s++) start[s + 1] = (start[s] as number) + (side[s] as SentenceFeatures).keys.length
  const keys = new Int32Array(start[side.length] as number)
  const hard = new Uint8Array(keys.length)
  const hardWeight = new Float64Array(side.length)
  for (let s = 0; s < side.length; s++) {
    const f = side[s] as SentenceFeatures
    keys.set(f.keys, start[s] as number)
    const hardSet = new Set(f.hard)
    for (let k = 0; k < f.keys.length; k++) {
      if (hardSet.has(f.keys[k] as number)) {
        hard[(start[s] as number) + k] = 1
        hardWeight[s] = (hardWeight[s] as number) + (weight[f.keys[k] as number] as number)
      }
    }
  }
  const overlapsNext = new Uint8Array(side.length)
  const common1: number[] = []
  const common2: number[] = []
  const next1Start = new Int32Array(side.length + 1)
  const next2Start = new Int32Array(side.length + 1)
  for (let s = 0; s < side.length; s++) {
    if (s + 1 < side.length && intersect(keys, start, s, s + 1, common1)) overlapsNext[s] = (overlapsNext[s] as number) | 1
    if (s + 2 < side.length && intersect(keys, start, s, s + 2, common2)) overlapsNext[s] = (overlapsNext[s] as number) | 2
    next1Start[s + 1] = common1.length
    next2Start[s + 1] = common2.length
  }
  return {start, keys, hard, hardWeight, overlapsNext, next1Start, next1: Int32Array.from(common1), next2Start, next2: Int32Array.from(common2)}
}

function intersect(keys: Int32Array, start: Int32Array, a: number, b: number, out: number[]): boolean {
  let i = start[a] as number
  let j = start[b] as number
  const ie = start[a + 1] as number
  const je = start[b + 1] as number
  const before = out.length
  while (i < ie && j < je) {
    const x = keys[i] as number
    const y = keys[j] as number
    if (x === y) {
      out.push(x)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return out.length > before
}

/** Position of key k in sentence s's keys, or -1. */
export function findKey(side: FlatSide, s: number, k: number): number {
  let low = side.start[s] as number
  let high = (side.start[s + 1] as number) - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const x = side.keys[mid] as number
    if (x === k) return mid
    if (x < k) low = mid + 1
    else high = mid - 1
  }
  return -1
}

/** Whether sentences first … first+count-1 repeat a key among themselves. */
export function repeatsKeys(side: FlatSide, first: number, count: number): boolean {
  if (count < 2) return false
  const o = side.overlapsNext
  if (((o[first] as number) & 1) !== 0) return true
  return count === 3 && (((o[first] as number) & 2) !== 0 || ((o[first + 1] as number) & 1) !== 0)
}
