import type {FlatSide} from './features-flat.js'

/**
 * The keys of every run of one, two or three consecutive sentences of a side,
 * as sorted unions: entry q has key `keys[q]` and a mask whose bits 0–2 say
 * which sentences of the run hold it and bits 3–5 in which it is hard.
 * Single sentences use the side's own lists; runs of two and three are
 * built once, in time linear in the keys, so measuring a bead is one merge.
 */
export interface SpanSide {
  keys: Int32Array
  mask: Uint8Array
  /** Start of the run of `count` sentences from `first`; sets `end`. */
  begin(first: number, count: number): number
  end: number
}

export function spanSide(side: FlatSide): SpanSide {
  const n = side.start.length - 1
  const size1 = side.keys.length
  // Exact sizes first (a counting merge), so a 100k-sentence document holds no slack.
  let size = size1
  for (let s = 0; s + 2 <= n; s++) size += mergeRun(side, s, 2, undefined, undefined, 0)
  for (let s = 0; s + 3 <= n; s++) size += mergeRun(side, s, 3, undefined, undefined, 0)
  const keys = new Int32Array(size)
  const mask = new Uint8Array(keys.length)
  for (let q = 0; q < size1; q++) {
    keys[q] = side.keys[q] as number
    mask[q] = side.hard[q] === 1 ? 9 : 1
  }
  // starts2[s] … starts2[s + 1] is the run of two from s (runs are written in order), and likewise starts3.
  const starts2 = new Int32Array(n + 1)
  const starts3 = new Int32Array(n + 1)
  let at = size1
  for (let s = 0; s + 2 <= n; s++) {
    starts2[s] = at
    at = mergeRun(side, s, 2, keys, mask, at)
    starts2[s + 1] = at
  }
  for (let s = 0; s + 3 <= n; s++) {
    starts3[s] = at
    at = mergeRun(side, s, 3, keys, mask, at)
    starts3[s + 1] = at
  }
  const self: SpanSide = {
    keys,
    mask,
    end: 0,
    begin(first, count) {
      if (count === 1) {
        self.end = side.start[first + 1] as number
        return side.start[first] as number
      }
      const starts = count === 2 ? starts2 : starts3
      self.end = starts[first + 1] as number
      return starts[first] as number
    }
  }
  return self
}

/** Write the union of sentences first … first+count-1 at `at` (or only count it, without arrays); returns the next free position. */
function mergeRun(side: FlatSide, first: number, count: number, keys: Int32Array | undefined, mask: Uint8Array | undefined, at: number): number {
  const pos = [side.start[first] as number, side.start[first + 1] as number, count === 3 ? (side.start[first + 2] as number) : 0]
  const end = [side.start[first + 1] as number, side.start[first + 2] as number, count === 3 ? (side.start[first + 3] as number) : 0]
  for (;;) {
    let min = 2 ** 31 - 1
    for (let r = 0; r < count; r++) if ((pos[r] as number) < (end[r] as number) && (side.keys[pos[r] as number] as number) < min) min = side.keys[pos[r] as number] as number
    if (min === 2 ** 31 - 1) return at
    let m = 0
    for (let r = 0; r < count; r++) {
      const q = pos[r] as number
      if (q < (end[r] as number) && side.keys[q] === min) {
        m |= 1 << r
        if (side.hard[q] === 1) m |= 8 << r
        pos[r] = q + 1
      }
    }
    if (keys && mask) {
      keys[at] = min
      mask[at] = m
    }
    at++
  }
}
