/**
 * Edit distance over index keys only: a lower bound of the full
 * similarity's cost (equal keys cost at most what the full pass charges),
 * so `1 − distance / longest` bounds a candidate's score from above.
 */
export function keyDistance(a: readonly string[], b: readonly string[]): number {
  const m = b.length
  let previous = new Int32Array(m + 1)
  let current = new Int32Array(m + 1)
  for (let j = 0; j <= m; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    const key = a[i - 1]
    for (let j = 1; j <= m; j++) {
      const sub = previous[j - 1]! + (key === b[j - 1] ? 0 : 1)
      current[j] = Math.min(sub, previous[j]! + 1, current[j - 1]! + 1)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[m]!
}

export function upperScore(a: readonly string[], b: readonly string[]): number {
  return Math.floor((1 - keyDistance(a, b) / Math.max(a.length, b.length, 1)) * 100 + 1e-9)
}
