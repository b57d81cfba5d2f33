import type {Fence} from './fence.js'

/** Moves tried when looking for the best alternative around a bead (lists are rare enough to leave out). */
const alternatives: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [3, 1],
  [1, 3]
]

export interface MarginSearch {
  beadCost(i0: number, a: number, j0: number, b: number): number
  pointCost(i: number, j: number): number
  fence: Fence
}

/**
 * How much worse the best alignment of a bead's neighbourhood (the bead and
 * one bead either side) gets when that bead is forbidden, in nats. A wrong
 * bead after an omission usually has a near rival (the omission glued on, or
 * the pair shifted by one); a right one loses a lot. Exhaustive over the
 * small window, so it costs a few dozen bead costs per bead.
 */
export function beadMargins(path: ReadonlyArray<readonly [number, number]>, search: MarginSearch): Float64Array {
  const starts: Array<[number, number]> = [[0, 0]]
  for (const [a, b] of path) {
    const [i, j] = starts[starts.length - 1] as [number, number]
    starts.push([i + a, j + b])
  }
  const costs = path.map(([a, b], k) => {
    const [i, j] = starts[k] as [number, number]
    return search.beadCost(i, a, j, b)
  })
  const out = new Float64Array(path.length)
  for (let k = 0; k < path.length; k++) {
    const first = Math.max(0, k - 1)
    const last = Math.min(path.length - 1, k + 1)
    const [i0, j0] = starts[first] as [number, number]
    const [i1, j1] = starts[last + 1] as [number, number]
    let chosen = 0
    for (let q = first; q <= last; q++) {
      chosen += costs[q] as number
      if (q < last) chosen += search.pointCost(...(starts[q + 1] as [number, number]))
    }
    const [bi, bj] = starts[k] as [number, number]
    const [ba, bb] = path[k] as readonly [number, number]
    const alt = bestWithout(search, i0, j0, i1, j1, bi, bj, ba, bb)
    out[k] = Math.max(0, alt - chosen)
  }
  return out
}

function bestWithout(search: MarginSearch, i0: number, j0: number, i1: number, j1: number, bi: number, bj: number, ba: number, bb: number): number {
  const w = j1 - j0 + 1
  const cell = new Float64Array((i1 - i0 + 1) * w).fill(Number.POSITIVE_INFINITY)
  cell[0] = 0
  for (let i = i0; i <= i1; i++) {
    for (let j = j0; j <= j1; j++) {
      if (i === i0 && j === j0) continue
      if (!search.fence.allows(i, j)) continue
      let best = Number.POSITIVE_INFINITY
      for (const [a, b] of alternatives) {
        const pi = i - a
        const pj = j - b
        if (pi < i0 || pj < j0) continue
        if (pi === bi && pj === bj && a === ba && b === bb) continue
        const before = cell[(pi - i0) * w + pj - j0] as number
        if (before === Number.POSITIVE_INFINITY || !search.fence.crosses(pi, pj, i, j)) continue
        const c = before + search.beadCost(pi, a, pj, b)
        if (c < best) best = c
      }
      if (best !== Number.POSITIVE_INFINITY && !(i === i1 && j === j1)) best += search.pointCost(i, j)
      cell[(i - i0) * w + j - j0] = best
    }
  }
  return cell[cell.length - 1] as number
}
