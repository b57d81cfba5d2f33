import type {FlatSide} from './features-flat.js'
import {type SpanSide, spanSide} from './span-keys.js'

/**
 * Evidence keys shared by the two sides of a bead, each key counted once
 * however many sentences of the bead carry it (so a year repeated in two
 * neighbouring sentences does not reward merging them), and the weight of
 * hard keys (numbers, Latin tokens, URLs) that a sentence has and the other
 * side of the bead lacks.
 *
 * Each side of a bead of up to three sentences is one precomputed key union
 * (`span-keys.ts`) whose entries say which sentences hold the key: a bead is
 * one merge of two sorted lists, whatever its shape, with no correction for
 * keys repeated inside a side.
 */
export interface BeadEvidence {
  /** Kept for the DP's row protocol; the unions need no per-row state. */
  beginRow(i: number, lo: number): void
  measure(i0: number, a: number, j0: number, b: number): void
  shared: number
  missing: number
  /** Shared weight of each sentence of the bead with the other side's sentences, summed over them (source first), when a > 1 or b > 1. */
  parts: Float64Array
  /** Shared weight of each sentence's keys that no other sentence of its side in the bead holds (same order as `parts`). */
  own: Float64Array
}

// Population count of a 3-bit mask.
const bits = Int8Array.from([0, 1, 1, 2, 1, 2, 2, 3])

export function createBeadEvidence(src: FlatSide, tgt: FlatSide, weight: Float64Array): BeadEvidence {
  const spanS = spanSide(src)
  const spanT = spanSide(tgt)

  // Beads of more than three sentences on a side (a list against one
  // sentence) are rare: count their keys as sets.
  const unionS = new Map<number, number>()
  const unionT = new Map<number, number>()
  const measureUnion = (i0: number, a: number, j0: number, b: number) => {
    const fill = (side: FlatSide, first: number, count: number, into: Map<number, number>) => {
      into.clear()
      for (let s = first; s < first + count; s++) {
        for (let q = side.start[s] as number; q < (side.start[s + 1] as number); q++) {
          const k = side.keys[q] as number
          into.set(k, (into.get(k) ?? 0) | (side.hard[q] === 1 ? 2 : 1))
        }
      }
    }
    fill(src, i0, a, unionS)
    fill(tgt, j0, b, unionT)
    let shared = 0
    let missing = 0
    for (const [k, flags] of unionS) {
      const w = weight[k] as number
      if (unionT.has(k)) shared += w
      else if (flags & 2) missing += w
    }
    for (const [k, flags] of unionT) if (!unionS.has(k) && flags & 2) missing += weight[k] as number
    const parts = self.parts
    for (let s = i0; s < i0 + a; s++) parts[s - i0] = sideShare(src, s, unionT)
    for (let t = j0; t < j0 + b; t++) parts[a + t - j0] = sideShare(tgt, t, unionS)
    // Lists (more than three sentences a side) are not checked for glued-on sentences.
    self.own.fill(0, 0, a + b)
    self.shared = shared
    self.missing = missing
  }
  const sideShare = (side: FlatSide, s: number, other: Map<number, number>) => {
    let w = 0
    for (let q = side.start[s] as number; q < (side.start[s + 1] as number); q++) if (other.has(side.keys[q] as number)) w += weight[side.keys[q] as number] as number
    return w
  }

  const measureSpans = (i0: number, a: number, j0: number, b: number) => {
    const S: SpanSide = spanS
    const T: SpanSide = spanT
    let i = S.begin(i0, a)
    const ie = S.end
    const ks = S.keys
    const ms = S.mask
    let j = T.begin(j0, b)
    const je = T.end
    const kt = T.keys
    const mt = T.mask
    const parts = self.parts
    const many = a > 1 || b > 1
    const own = self.own
    if (many) {
      parts.fill(0, 0, a + b)
      own.fill(0, 0, a + b)
    }
    let shared = 0
    // Hard weight of the bead's sentences, less what the other side has.
    let missing = 0
    for (let s = i0; s < i0 + a; s++) missing += src.hardWeight[s] as number
    for (let t = j0; t < j0 + b; t++) missing += tgt.hardWeight[t] as number
    while (i < ie && j < je) {
      const x = ks[i] as number
      const y = kt[j] as number
      if (x === y) {
        const w = weight[x] as number
        const fs = ms[i] as number
        const ft = mt[j] as number
        shared += w
        missing -= w * ((bits[fs >> 3] as number) + (bits[ft >> 3] as number))
        if (many) {
          // Each sentence is credited once per sentence of the other side holding the key.
          const ns = w * (bits[ft & 7] as number)
          const nt = w * (bits[fs & 7] as number)
          for (let k = 0; k < a; k++) if (fs & (1 << k)) parts[k] = (parts[k] as number) + ns
          for (let k = 0; k < b; k++) if (ft & (1 << k)) parts[a + k] = (parts[a + k] as number) + nt
          // A key only one sentence of its side holds is that sentence's own support.
          if (bits[fs & 7] === 1) own[(fs & 7) >> 1] = (own[(fs & 7) >> 1] as number) + w
          if (bits[ft & 7] === 1) own[a + ((ft & 7) >> 1)] = (own[a + ((ft & 7) >> 1)] as number) + w
        }
        i++
        j++
      } else if (x < y) i++
      else j++
    }
    self.shared = shared
    self.missing = missing < 1e-9 ? 0 : missing
  }

  const self: BeadEvidence = {
    shared: 0,
    missing: 0,
    beginRow() {},
    parts: new Float64Array(16),
    own: new Float64Array(16),
    measure(i0, a, j0, b) {
      if (a > 3 || b > 3) measureUnion(i0, a, j0, b)
      else measureSpans(i0, a, j0, b)
    }
  }
  return self
}
