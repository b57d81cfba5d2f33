/**
 * Hard boundaries as a fence on the DP grid: the path must pass through
 * every point (srcIndex, tgtIndex), so source sentence srcIndex and target
 * sentence tgtIndex start beads (or the following deletions) together.
 * Boundaries are increasing on both sides, so "how many boundaries lie at or
 * before i" is a prefix count and every test is O(1).
 */
export interface Fence {
  /** The grid point is on the near or far side of every boundary, never between. */
  allows(i: number, j: number): boolean
  /** A bead from (i0, j0) to (i1, j1) only passes a boundary by landing on it. */
  crosses(i0: number, j0: number, i1: number, j1: number): boolean
}

export function createFence(boundaries: ReadonlyArray<readonly [number, number]>, n: number, m: number): Fence {
  if (boundaries.length === 0) return {allows: () => true, crosses: () => true}
  const atOrBeforeS = prefixCounts(n, boundaries.map((b) => b[0]), false)
  const beforeS = prefixCounts(n, boundaries.map((b) => b[0]), true)
  const atOrBeforeT = prefixCounts(m, boundaries.map((b) => b[1]), false)
  const beforeT = prefixCounts(m, boundaries.map((b) => b[1]), true)
  const reached = (i: number, j: number) => Math.min(atOrBeforeS[i] as number, atOrBeforeT[j] as number)
  return {
    allows: (i, j) => (beforeS[i] as number) <= (atOrBeforeT[j] as number) && (beforeT[j] as number) <= (atOrBeforeS[i] as number),
    crosses(i0, j0, i1, j1) {
      const c0 = reached(i0, j0)
      const c1 = reached(i1, j1)
      if (c1 === c0) return true
      const next = boundaries[c0] as readonly [number, number]
      return c1 === c0 + 1 && next[0] === i1 && next[1] === j1
    }
  }
}

function prefixCounts(count: number, marks: readonly number[], strict: boolean): Int32Array {
  const out = new Int32Array(count + 1)
  let k = 0
  for (let i = 0; i <= count; i++) {
    while (k < marks.length && (strict ? (marks[k] as number) < i : (marks[k] as number) <= i)) k++
    out[i] = k
  }
  return out
}
