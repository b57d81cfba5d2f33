// Bead scoring shared by the alignment benchmarks.
// ---- scoring: vecalign score.py (strict/lax precision and recall over beads) ----

export const key = (bead) => `${bead[0].join(',')}|${bead[1].join(',')}`

/** tpStrict, fpStrict, tpLax, fpLax of `test` against `gold` (score.py's _precision). */
export function precisionCounts(gold, test) {
  const goldSet = new Set(gold.filter(([s, t]) => s.length || t.length).map(key))
  const testList = [...new Map(test.filter(([s, t]) => s.length || t.length).map((b) => [key(b), b])).values()]
  const srcToGoldTgt = new Map()
  for (const [gs, gt] of gold) {
    if (!gs.length && !gt.length) continue
    for (const s of gs) {
      if (!srcToGoldTgt.has(s)) srcToGoldTgt.set(s, new Set())
      for (const t of gt) srcToGoldTgt.get(s).add(t)
    }
  }
  const c = [0, 0, 0, 0]
  for (const bead of testList) {
    if (goldSet.has(key(bead))) {
      c[0]++
      c[2]++
      continue
    }
    const targets = new Set()
    for (const s of bead[0]) for (const t of srcToGoldTgt.get(s) ?? []) targets.add(t)
    c[1]++
    if (bead[1].some((t) => targets.has(t))) c[2]++
    else c[3]++
  }
  return c
}

export function scoreMultiple(golds, tests) {
  const p = [0, 0, 0, 0]
  const r = [0, 0, 0, 0]
  for (let k = 0; k < golds.length; k++) {
    const pc = precisionCounts(golds[k], tests[k])
    // Recall is precision with insertions/deletions removed and the arguments swapped.
    const noDel = (beads) => beads.filter(([s, t]) => s.length && t.length)
    const rc = precisionCounts(noDel(tests[k]), noDel(golds[k]))
    for (let i = 0; i < 4; i++) {
      p[i] += pc[i]
      r[i] += rc[i]
    }
  }
  const div = (a, b) => (b === 0 ? 0 : a / b)
  const f = (x, y) => (x + y === 0 ? 0 : (2 * x * y) / (x + y))
  const pStrict = div(p[0], p[0] + p[1])
  const pLax = div(p[2], p[2] + p[3])
  const rStrict = div(r[0], r[0] + r[1])
  const rLax = div(r[2], r[2] + r[3])
  return {pStrict, rStrict, fStrict: f(pStrict, rStrict), pLax, rLax, fLax: f(pLax, rLax)}
}

/** Share of gold beads of one shape (1-0 or 0-1) found exactly. */
export function deletionRecall(golds, tests, side) {
  let total = 0
  let found = 0
  for (let k = 0; k < golds.length; k++) {
    const have = new Set(tests[k].map(key))
    for (const b of golds[k]) {
      const isShape = side === 'src' ? b[0].length === 1 && b[1].length === 0 : b[0].length === 0 && b[1].length === 1
      if (!isShape) continue
      total++
      if (have.has(key(b))) found++
    }
  }
  return total ? found / total : Number.NaN
}

