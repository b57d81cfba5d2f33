#!/usr/bin/env node
// End to end on real translations (issue 11): runs the built `tolmach align`
// on every Markdown pair of ../shared/eval-data/align-real/pairs, maps its
// pairs to the gold sentences and reports (1) how many of the pairs it writes
// to the TM (verdict ok) are gold beads and (2) how many gold two-sided beads
// reach the TM. Dev and held-out parts as in align-real.mjs.
//
//   npx turbo run build && node scripts/bench/align-real-e2e.mjs [--errors]
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {repoRoot, sharedDir} from '../shared-dir.mjs'
import {heldOut, loadReal} from './align-real.mjs'

const pairsDir = path.join(sharedDir(), 'eval-data', 'align-real', 'pairs')
const bin = path.join(repoRoot, 'packages', 'cli', 'dist', 'bin.js')
const showErrors = process.argv.includes('--errors')

/** 0-based offset of each 1-based line start. */
function lineStarts(text) {
  const out = [0]
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') out.push(k + 1)
  return out
}

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

/** For each gold sentence, the tolmach bead holding the segment it starts in. */
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

function run(doc) {
  const ruFile = path.join(pairsDir, `${doc.id}-ru.md`)
  const enFile = path.join(pairsDir, `${doc.id}-en.md`)
  const r = spawnSync(process.execPath, [bin, 'align', ruFile, enFile, '-f', 'jsonl', '--include', 'all', '-q'], {encoding: 'utf8'})
  if (r.status !== 0 && !r.stdout) throw new Error(`tolmach align failed on ${doc.id}: ${r.stderr}`)
  const beads = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))
  const sides = {}
  for (const [name, file] of [['source', ruFile], ['target', enFile]]) {
    const md = readFileSync(file, 'utf8')
    const starts = lineStarts(md)
    const segments = []
    for (const b of beads) {
      for (const pos of b[name]?.positions ?? []) {
        const [line, col] = pos.split(':').slice(-2).map(Number)
        segments.push({at: starts[line - 1] + col - 1, bead: b.id})
      }
    }
    sides[name] = project(goldStarts(md, name === 'source' ? doc.src : doc.tgt), segments)
  }
  const goldKey = (s, t) => `${s.join(',')}|${t.join(',')}`
  const gold = new Set(doc.beads.map(([s, t]) => goldKey(s, t)))
  const goldOf = new Map()
  doc.beads.forEach(([s, t], k) => {
    for (const i of s) goldOf.set(`s${i}`, k)
    for (const j of t) goldOf.set(`t${j}`, k)
  })
  const result = {okPairs: 0, okCorrect: 0, okInside: 0, goldTwoSided: 0, goldReached: 0, wrong: [], heldBack: {}}
  const reached = new Set()
  for (const b of beads) {
    if (b.verdict !== 'ok' && b.source?.positions?.length && b.target?.positions?.length) {
      const s = sides.source.flatMap((id, i) => (id === b.id ? [i] : []))
      const t = sides.target.flatMap((id, j) => (id === b.id ? [j] : []))
      // A right pair kept out of the TM: which checks kept it out.
      if (gold.has(goldKey(s, t)) && showErrors && !heldOut.has(doc.id)) for (const f of b.findings) if (f.severity !== 'info') console.log(`  kept out (dev) ${doc.id}: ${f.ruleId}: ${f.message}`)
      if (gold.has(goldKey(s, t))) for (const f of new Set(b.findings.filter((x) => x.severity !== 'info').map((x) => x.ruleId))) result.heldBack[f] = (result.heldBack[f] ?? 0) + 1
    }
    if (b.verdict !== 'ok' || !b.source?.positions?.length || !b.target?.positions?.length) continue
    const s = sides.source.flatMap((id, i) => (id === b.id ? [i] : []))
    const t = sides.target.flatMap((id, j) => (id === b.id ? [j] : []))
    result.okPairs++
    const k = goldKey(s, t)
    if (gold.has(k)) {
      result.okCorrect++
      reached.add(k)
    } else result.wrong.push(`${doc.id} ${k}  ${b.source.text.slice(0, 60)} ⇄ ${b.target.text.slice(0, 60)}`)
    const owners = new Set([...s.map((i) => goldOf.get(`s${i}`)), ...t.map((j) => goldOf.get(`t${j}`))])
    if (owners.size === 1 && s.length && t.length) result.okInside++
  }
  for (const [s, t] of doc.beads) {
    if (!s.length || !t.length) continue
    result.goldTwoSided++
    if (reached.has(goldKey(s, t))) result.goldReached++
  }
  return result
}

const docs = loadReal()
const totals = {}
for (const doc of docs) {
  const r = run(doc)
  for (const part of [heldOut.has(doc.id) ? 'held-out' : 'dev', 'all 15']) {
    totals[part] ??= {okPairs: 0, okCorrect: 0, okInside: 0, goldTwoSided: 0, goldReached: 0, wrong: [], heldBack: {}}
    const t = totals[part]
    for (const k of ['okPairs', 'okCorrect', 'okInside', 'goldTwoSided', 'goldReached']) t[k] += r[k]
    for (const [f, c] of Object.entries(r.heldBack)) t.heldBack[f] = (t.heldBack[f] ?? 0) + c
    if (part !== 'all 15') t.wrong.push(...r.wrong)
  }
}
const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`
console.log('\n`tolmach align` on align-real Markdown pairs, projected on the gold sentences')
console.log('  part       TM pairs (ok)  correct (gold bead)      inside one gold bead   gold two-sided beads in the TM')
for (const part of ['dev', 'held-out', 'all 15']) {
  const t = totals[part]
  console.log(
    `  ${part.padEnd(9)}  ${String(t.okPairs).padStart(13)}  ${`${t.okCorrect} (${pct(t.okCorrect, t.okPairs)})`.padEnd(23)}  ${`${t.okInside} (${pct(t.okInside, t.okPairs)})`.padEnd(21)}  ${t.goldReached}/${t.goldTwoSided} (${pct(t.goldReached, t.goldTwoSided)})`
  )
}
for (const part of ['dev', 'held-out']) {
  const held = Object.entries(totals[part].heldBack).map(([f, c]) => `${f} ${c}`).join(', ')
  console.log(`  ${part}: right pairs kept out of the TM, by check: ${held || 'none'}`)
}
const all = totals['all 15']
console.log('\ntargets')
console.log(`  ${all.okCorrect >= 0.99 * all.okPairs ? 'PASS' : 'MISS'}  ≥ 99 % of TM pairs correct  (${pct(all.okCorrect, all.okPairs)})`)
console.log(`  ${all.goldReached >= 0.9 * all.goldTwoSided ? 'PASS' : 'MISS'}  ≥ 90 % of gold two-sided beads in the TM  (${pct(all.goldReached, all.goldTwoSided)})`)
if (showErrors) for (const w of totals.dev.wrong) console.log(`  wrong ok pair (dev): ${w}`)
