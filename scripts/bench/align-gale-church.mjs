// Plain Gale-Church (1993) baseline for the alignment benchmarks.
// ---- plain Gale-Church baseline (1993): char lengths, c = 1, s² = 6.8, banded ----

const gcMoves = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099 / 2)],
  [0, 1, -Math.log(0.0099 / 2)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)],
  [2, 2, -Math.log(0.011)]
]

function pnorm(z) {
  const t = 1 / (1 + 0.2316419 * z)
  return 1 - 0.3989423 * Math.exp((-z * z) / 2) * ((((1.330274429 * t - 1.821255978) * t + 1.781477937) * t - 0.356563782) * t + 0.31938153) * t
}

function gcLengthCost(ls, lt) {
  if (ls === 0 && lt === 0) return 0
  const mean = (ls + lt) / 2
  const z = Math.abs((lt - ls) / Math.sqrt(6.8 * mean))
  const p = 2 * (1 - pnorm(z))
  return p > 1e-12 ? -Math.log(p) : 27.6
}

export function galeChurch(src, tgt, width = 40) {
  const n = src.length
  const m = tgt.length
  const ls = src.map((s) => s.length)
  const lt = tgt.map((s) => s.length)
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    const c = Math.round((i * m) / Math.max(n, 1))
    lo[i] = Math.max(0, c - width)
    hi[i] = Math.min(m, c + width)
  }
  hi[n] = m
  const w = 2 * width + 2
  const cost = new Float64Array((n + 1) * w).fill(Number.POSITIVE_INFINITY)
  const back = new Uint8Array((n + 1) * w)
  const at = (i, j) => i * w + j - lo[i]
  cost[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue
      let best = Number.POSITIVE_INFINITY
      let bm = 0
      for (let k = 0; k < gcMoves.length; k++) {
        const [a, b, prior] = gcMoves[k]
        const pi = i - a
        const pj = j - b
        if (pi < 0 || pj < lo[pi] || pj > hi[pi]) continue
        const before = cost[at(pi, pj)]
        if (before === Number.POSITIVE_INFINITY) continue
        let s = 0
        let t = 0
        for (let x = pi; x < i; x++) s += ls[x]
        for (let y = pj; y < j; y++) t += lt[y]
        const c = before + prior + gcLengthCost(s, t)
        if (c < best) {
          best = c
          bm = k
        }
      }
      cost[at(i, j)] = best
      back[at(i, j)] = bm
    }
  }
  const beads = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const [a, b] = gcMoves[back[at(i, j)]]
    beads.push({src: range(i - a, a), tgt: range(j - b, b)})
    i -= a
    j -= b
  }
  return beads.reverse()
}

const range = (start, length) => Array.from({length}, (_, k) => start + k)
