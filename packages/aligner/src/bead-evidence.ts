import {type FlatSide, findKey, repeatsKeys} from './features-flat.js'

/**
 * Evidence keys shared by the two sides of a bead, each key counted once
 * however many sentences of the bead carry it (so a year repeated in two
 * neighbouring sentences does not reward merging them), and the weight of
 * hard keys (numbers, Latin tokens, URLs) that one side has and the other lacks.
 *
 * Single-sentence pairs are computed once and kept for the few DP rows that
 * can still use them; a bead of several sentences adds its pairs up, unless
 * a key repeats inside one side, where it corrects the sums for those keys.
 */
export interface BeadEvidence {
  /** Call before DP row i, whose band starts at target `lo`. */
  beginRow(i: number, lo: number): void
  measure(i0: number, a: number, j0: number, b: number): void
  shared: number
  missing: number
  /** Shared weight of each sentence of the bead with the whole other side (source first), when a > 1 or b > 1. */
  parts: Float64Array
}

const slots = 4

export function createBeadEvidence(src: FlatSide, tgt: FlatSide, weight: Float64Array, width: number): BeadEvidence {
  const cap = width
  const tag = new Int32Array(slots).fill(-1)
  const base = new Int32Array(slots)
  const cache = new Float32Array(slots * cap * 3).fill(-1)
  // Scratch result of `pair`.
  let pShared = 0
  let pHardS = 0
  let pHardT = 0

  const computePair = (s: number, t: number) => {
    let i = src.start[s] as number
    let j = tgt.start[t] as number
    const ie = src.start[s + 1] as number
    const je = tgt.start[t + 1] as number
    let shared = 0
    let hs = 0
    let ht = 0
    while (i < ie && j < je) {
      const x = src.keys[i] as number
      const y = tgt.keys[j] as number
      if (x === y) {
        const w = weight[x] as number
        shared += w
        if (src.hard[i] === 1) hs += w
        if (tgt.hard[j] === 1) ht += w
        i++
        j++
      } else if (x < y) i++
      else j++
    }
    pShared = shared
    pHardS = hs
    pHardT = ht
  }

  const pair = (s: number, t: number) => {
    const slot = s % slots
    const k = t - (base[slot] as number)
    if (tag[slot] !== s || k < 0 || k >= cap) {
      computePair(s, t)
      return
    }
    const at = (slot * cap + k) * 3
    if ((cache[at] as number) < 0) {
      computePair(s, t)
      cache[at] = pShared
      cache[at + 1] = pHardS
      cache[at + 2] = pHardT
      return
    }
    pShared = cache[at] as number
    pHardS = cache[at + 1] as number
    pHardT = cache[at + 2] as number
  }

  // Keys repeated inside one side of the bead: the pair sums count such a key
  // once per (source, target) sentence pair that has it; it should count once.
  const repeated: number[] = []
  // Stamp per key id: the key is already in `repeated` when its stamp is the current round.
  const seen = new Int32Array(weight.length)
  let round = 0
  const collect = (side: FlatSide, first: number, count: number) => {
    if (count < 2) return
    addRange(side.next1, side.next1Start, first)
    if (count === 3) {
      addRange(side.next1, side.next1Start, first + 1)
      addRange(side.next2, side.next2Start, first)
    }
  }
  const addRange = (list: Int32Array, starts: Int32Array, s: number) => {
    for (let q = starts[s] as number; q < (starts[s + 1] as number); q++) {
      const k = list[q] as number
      if (seen[k] !== round) {
        seen[k] = round
        repeated.push(k)
      }
    }
  }
  /** Corrections for repeated keys: [shared over-count, over-credited hard weight]. */
  const correct = (i0: number, a: number, j0: number, b: number, into: BeadEvidence) => {
    repeated.length = 0
    round++
    collect(src, i0, a)
    collect(tgt, j0, b)
    for (const k of repeated) {
      let cS = 0
      let cT = 0
      let hardS = 0
      let hardT = 0
      // Most repeated keys are absent from the other side of the bead: stop as soon as a side lacks the key.
      for (let s = i0; s < i0 + a; s++) {
        const at = findKey(src, s, k)
        if (at >= 0) {
          cS++
          if (src.hard[at] === 1) hardS++
        }
      }
      if (cS === 0) continue
      for (let t = j0; t < j0 + b; t++) {
        const at = findKey(tgt, t, k)
        if (at >= 0) {
          cT++
          if (tgt.hard[at] === 1) hardT++
        }
      }
      if (cT === 0) continue
      const w = weight[k] as number
      into.shared -= w * (cS * cT - 1)
      // Each source sentence holding k as hard was credited once per target sentence with k.
      into.missing += w * (hardS * (cT - 1) + hardT * (cS - 1))
    }
  }

  // Beads of more than three sentences on a side (a list against one
  // sentence) are rare: count their keys as sets, exactly.
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
    self.shared = shared
    self.missing = missing
  }
  const sideShare = (side: FlatSide, s: number, other: Map<number, number>) => {
    let w = 0
    for (let q = side.start[s] as number; q < (side.start[s + 1] as number); q++) if (other.has(side.keys[q] as number)) w += weight[side.keys[q] as number] as number
    return w
  }

  const self: BeadEvidence = {
    shared: 0,
    missing: 0,
    beginRow(i, lo) {
      // Row i's beads end at source sentence i-1, which enters the cache now.
      const s = i - 1
      if (s < 0) return
      const slot = s % slots
      tag[slot] = s
      base[slot] = Math.max(0, lo - 3)
      cache.fill(-1, slot * cap * 3, (slot + 1) * cap * 3)
    },
    parts: new Float64Array(16),
    measure(i0, a, j0, b) {
      if (a > 3 || b > 3) {
        measureUnion(i0, a, j0, b)
        return
      }
      const parts = self.parts
      if (a > 1 || b > 1) parts.fill(0, 0, a + b)
      let shared = 0
      let missing = 0
      let got0 = 0
      let got1 = 0
      let got2 = 0
      for (let s = i0; s < i0 + a; s++) {
        let gotS = 0
        for (let t = j0; t < j0 + b; t++) {
          pair(s, t)
          shared += pShared
          if (a > 1 || b > 1) {
            parts[s - i0] = (parts[s - i0] as number) + pShared
            parts[a + t - j0] = (parts[a + t - j0] as number) + pShared
          }
          gotS += pHardS
          const d = t - j0
          if (d === 0) got0 += pHardT
          else if (d === 1) got1 += pHardT
          else got2 += pHardT
        }
        missing += (src.hardWeight[s] as number) - gotS
      }
      missing += (tgt.hardWeight[j0] as number) - got0
      if (b > 1) missing += (tgt.hardWeight[j0 + 1] as number) - got1
      if (b > 2) missing += (tgt.hardWeight[j0 + 2] as number) - got2
      self.shared = shared
      self.missing = missing
      if (repeatsKeys(src, i0, a) || repeatsKeys(tgt, j0, b)) correct(i0, a, j0, b, self)
      if (self.missing < 1e-9) self.missing = 0
    }
  }
  return self
}
