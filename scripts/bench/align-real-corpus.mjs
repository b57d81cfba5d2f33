#!/usr/bin/env node
// The 15 align-real Markdown pairs aligned as `tolmach corpus build` aligns a
// corpus (issue 11, self-training): each pair once, then word links learned
// from the checked confident 1-1 beads of all of them (learnFromAlignments)
// and every pair aligned again with them. Reports, for one pass and for the
// self-trained pass, how many TM pairs (verdict ok, two-sided) are gold beads
// and how many gold two-sided beads reach the TM, by part (dev / held-out as
// in align-real.mjs; nothing here is tuned).
//
//   npx turbo run build && node scripts/bench/align-real-corpus.mjs
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {alignDocuments, learnFromAlignments} from '@tolmach/aligner'
import {segmentMarkdown} from '@tolmach/segmenter'
import {sharedDir} from '../shared-dir.mjs'
import {heldOut, loadReal} from './align-real.mjs'

const pairsDir = path.join(sharedDir(), 'eval-data', 'align-real', 'pairs')

/** Start offsets of the gold sentences, found in order in the Markdown. */
function goldStarts(md, sentences) {
  let from = 0
  return sentences.map((s) => {
    const at = md.indexOf(s, from)
    if (at < 0) throw new Error(`gold sentence not found in the Markdown: ${s.slice(0, 50)}`)
    from = at + s.length
    return at
  })
}

/** For each gold sentence, the index of the bead holding the segment it starts in. */
function project(goldAt, segments) {
  const sorted = [...segments].sort((a, b) => a.at - b.at)
  return goldAt.map((g) => {
    let bead
    for (const s of sorted) {
      if (s.at > g) break
      bead = s.bead
    }
    return bead
  })
}

function score(doc, input, alignment) {
  const sides = {}
  for (const name of ['source', 'target']) {
    const segments = alignment.beads.flatMap((b, k) => b[name].map((s) => ({at: s.position.start.offset, bead: k})))
    sides[name] = project(goldStarts(input[name].text, name === 'source' ? doc.src : doc.tgt), segments)
  }
  const key = (s, t) => `${s.join(',')}|${t.join(',')}`
  const gold = new Set(doc.beads.map(([s, t]) => key(s, t)))
  const out = {ok: 0, correct: 0, goldTwoSided: 0, reached: 0}
  alignment.beads.forEach((b, k) => {
    if (b.verdict !== 'ok' || !b.source.length || !b.target.length) return
    const s = sides.source.flatMap((id, i) => (id === k ? [i] : []))
    const t = sides.target.flatMap((id, j) => (id === k ? [j] : []))
    out.ok++
    if (gold.has(key(s, t))) out.correct++
  })
  for (const [s, t] of doc.beads) if (s.length && t.length) out.goldTwoSided++
  out.reached = out.correct
  return out
}

const docs = loadReal()
const inputs = docs.map((doc) => {
  const side = (lang) => {
    const file = path.join(pairsDir, `${doc.id}-${lang}.md`)
    const text = readFileSync(file, 'utf8')
    return {segments: segmentMarkdown(text, {lang, file}), text, file}
  }
  return {source: side('ru'), target: side('en')}
})
const first = inputs.map((input) => alignDocuments(input.source, input.target, {sourceLang: 'ru'}))
const learned = learnFromAlignments(first)
const second = inputs.map((input) => alignDocuments(input.source, input.target, {sourceLang: 'ru', learned}))
console.log(`\nalign-real Markdown pairs aligned as a corpus build (${learned.ru.size} Russian stems learned from the first pass)`)
console.log('  part / pass                       TM pairs  correct            gold two-sided beads in the TM')
const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`
for (const [part, keep] of [['dev', (d) => !heldOut.has(d.id)], ['held-out', (d) => heldOut.has(d.id)], ['all 15', () => true]]) {
  for (const [pass, alignments] of [['one pass', first], ['self-trained (corpus build)', second]]) {
    const t = {ok: 0, correct: 0, goldTwoSided: 0, reached: 0}
    docs.forEach((d, k) => {
      if (!keep(d)) return
      const r = score(d, inputs[k], alignments[k])
      for (const x of Object.keys(t)) t[x] += r[x]
    })
    console.log(`  ${`${part}: ${pass}`.padEnd(40)} ${String(t.ok).padStart(4)}  ${t.correct} (${pct(t.correct, t.ok)})`.padEnd(67) + `${t.reached}/${t.goldTwoSided} (${pct(t.reached, t.goldTwoSided)})`)
  }
}
