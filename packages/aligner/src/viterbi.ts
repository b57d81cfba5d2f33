import type {Fence} from './fence.js'

/** Bead shapes the aligner tries: [source sentences, target sentences]. */
export const moves: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
  [1, 3],
  [3, 1],
  // A list lead-in and its items against one sentence (only where the cost allows it).
  [4, 1],
  [5, 1],
  [6, 1],
  [1, 4],
  [1, 5],
  [1, 6]
]

/** Rows kept: the longest move reaches this many rows back. */
const ring = 8

export interface Search {
  n: number
  m: number
  /** Half-width of the band in target sentences. */
  width: number
  /** Expected target sentences for source sentence i (from lengths). */
  step(i: number): number
  /** Called before row i is filled, with the row's first target position. */
  beginRow(i: number, lo: number): void
  beadCost(i0: number, a: number, j0: number, b: number): number
  pointCost(i: number, j: number): number
  fence: Fence
  boundaries: ReadonlyArray<readonly [number, number]>
  /** Called with the rows (source sentences) done, every hundredth of the rows and at the end. */
  progress?: (done: number) => void
}

/**
 * Cheapest monotone path from (0, 0) to (n, m) through a band that follows
 * the best cell of the previous row, so it tracks the alignment however far
 * it drifts from the diagonal; time O(n · width), memory one byte per cell
 * plus eight rows of costs. Returns the moves from the start.
 */
export function viterbi(search: Search): Array<readonly [number, number]> {
  const {n, m, width, fence, boundaries} = search
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  const rowAt = new Float64Array(n + 2)
  let back = new Uint8Array(Math.min(2 ** 30, (n + 1) * (2 * width + 1) + m + 1))
  const rows: Float64Array[] = []
  let nextBoundary = 0
  let prevBoundaryJ = 0
  let bestJ = 0
  const every = Math.max(1, Math.ceil(n / 100))

  for (let i = 0; i <= n; i++) {
    if (search.progress && i > 0 && i % every === 0 && i < n) search.progress(i)
    while (nextBoundary < boundaries.length && (boundaries[nextBoundary] as readonly [number, number])[0] < i) {
      prevBoundaryJ = (boundaries[nextBoundary] as readonly [number, number])[1]
      nextBoundary++
    }
    const boundary = boundaries[nextBoundary]
    let center = i === 0 ? 0 : Math.round(bestJ + search.step(i - 1))
    if (boundary) center = Math.min(center, boundary[1])
    center = Math.max(center, prevBoundaryJ)
    // The previous row's best cell stays reachable by a 1-0 move, so the band never loses the path.
    let low = Math.max(0, Math.min(center - width, bestJ))
    let high = Math.min(m, center + width)
    if (boundary && boundary[0] === i) {
      low = Math.min(low, boundary[1])
      high = Math.max(high, boundary[1])
    }
    if (i === n) high = m
    high = Math.max(high, low)
    lo[i] = low
    hi[i] = high
    const size = high - low + 1
    rowAt[i + 1] = (rowAt[i] as number) + size
    if ((rowAt[i + 1] as number) > back.length) {
      const grown = new Uint8Array(Math.max(back.length * 2, rowAt[i + 1] as number))
      grown.set(back)
      back = grown
    }
    let row = rows[i % ring]
    if (!row || row.length < size) {
      row = new Float64Array(Math.max(size, 2 * width + 1))
      rows[i % ring] = row
    }
    row.fill(Number.POSITIVE_INFINITY, 0, size)
    search.beginRow(i, low)
    let best = Number.POSITIVE_INFINITY
    bestJ = low
    for (let j = low; j <= high; j++) {
      let cell = Number.POSITIVE_INFINITY
      let move = 0
      if (i === 0 && j === 0) cell = 0
      else if (fence.allows(i, j)) {
        for (let k = 0; k < moves.length; k++) {
          const [a, b] = moves[k] as readonly [number, number]
          const pi = i - a
          const pj = j - b
          if (pi < 0 || pj < (lo[pi] as number) || pj > (hi[pi] as number)) continue
          const before = (rows[pi % ring] as Float64Array)[pj - (lo[pi] as number)] as number
          if (before === Number.POSITIVE_INFINITY || !fence.crosses(pi, pj, i, j)) continue
          const c = before + search.beadCost(pi, a, pj, b)
          if (c < cell) {
            cell = c
            move = k
          }
        }
      }
      if (cell !== Number.POSITIVE_INFINITY) cell += search.pointCost(i, j)
      row[j - low] = cell
      back[(rowAt[i] as number) + j - low] = move
      if (cell < best) {
        best = cell
        bestJ = j
      }
    }
  }

  search.progress?.(n)
  const path: Array<readonly [number, number]> = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const move = moves[back[(rowAt[i] as number) + j - (lo[i] as number)] as number] as readonly [number, number]
    path.push(move)
    i -= move[0]
    j -= move[1]
  }
  return path.reverse()
}
