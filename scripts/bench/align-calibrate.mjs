#!/usr/bin/env node
// Fits the bead-confidence weights (params.confidence) by logistic regression
// on the two-sided beads of the align-real DEVELOPMENT part only (a bead is
// positive when it is a gold bead); the held-out part is left for the
// reliability table of align-real.mjs. Prints the weights to paste.
//
//   npx turbo run build && node scripts/bench/align-calibrate.mjs
import {alignSentencesWithReport, params} from '@tolmach/aligner'
import {key} from './align-score.mjs'
import {heldOut, loadReal} from './align-real.mjs'

const logit = (s) => Math.log(Math.max(1e-9, s) / Math.max(1e-9, 1 - s))
const cap = params.confidence.marginCap
// Read the two raw features back through the logistic: margin alone, then cost alone.
const withConf = (confidence) => ({...params, confidence: {bias: 0, marginCap: 1e9, ...confidence}})
const rows = []
for (const d of loadReal().filter((x) => !heldOut.has(x.id))) {
  const o = {srcParagraphs: d.src_para, tgtParagraphs: d.tgt_para}
  const m = alignSentencesWithReport(d.src, d.tgt, o, withConf({margin: 1, cost: 0})).beads
  const c = alignSentencesWithReport(d.src, d.tgt, o, withConf({margin: 0, cost: -1})).beads
  const gold = new Set(d.beads.map(key))
  for (let k = 0; k < m.length; k++) {
    if (!m[k].src.length || !m[k].tgt.length) continue
    rows.push([Math.min(cap, logit(m[k].score)), logit(c[k].score), gold.has(key([m[k].src, m[k].tgt])) ? 1 : 0])
  }
}
let [b, wm, wc] = [0, 1, 0]
for (let it = 0; it < 20000; it++) {
  let gb = 0
  let gm = 0
  let gc = 0
  for (const [margin, cost, y] of rows) {
    const p = 1 / (1 + Math.exp(-(b + wm * margin - wc * cost)))
    gb += p - y
    gm += (p - y) * margin
    gc -= (p - y) * cost
  }
  b -= (0.5 * gb) / rows.length
  wm -= (0.5 * gm) / rows.length
  // The bead cost alone tells little once the margin is known (its fitted weight came out with the wrong sign): kept at 0.
  void gc
}
console.log(`${rows.length} dev beads, ${rows.filter((r) => r[2]).length} gold`)
console.log(`confidence: {bias: ${b.toFixed(2)}, margin: ${wm.toFixed(2)}, marginCap: ${cap}, cost: ${wc.toFixed(2)}}`)
