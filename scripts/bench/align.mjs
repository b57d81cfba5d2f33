#!/usr/bin/env node
// Sentence-alignment benchmark (issue 4): quality on the WMT ru-en eval sets,
// scored as vecalign's score.py scores beads, against a plain Gale-Church
// baseline run in the same process, then speed and memory at 10k/50k/100k
// sentences (each size in a fresh child process so peak RSS is its own).
//
//   npm run bench:align                 # everything
//   node scripts/bench/align.mjs --quality | --speed
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {alignSentences} from '@tolmach/aligner'
import {sharedDir} from '../shared-dir.mjs'

const self = fileURLToPath(import.meta.url)
const dataDir = path.join(sharedDir(), 'eval-data', 'align')

function load(file) {
  return readFileSync(path.join(dataDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

// ---- scoring: vecalign score.py (strict/lax precision and recall over beads) ----

const key = (bead) => `${bead[0].join(',')}|${bead[1].join(',')}`

/** tpStrict, fpStrict, tpLax, fpLax of `test` against `gold` (score.py's _precision). */
function precisionCounts(gold, test) {
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

function scoreMultiple(golds, tests) {
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
function deletionRecall(golds, tests, side) {
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

function galeChurch(src, tgt, width = 40) {
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
const toPairs = (beads) => beads.map((b) => [b.src, b.tgt])
const fmt = (x) => (Number.isNaN(x) ? '  n/a' : x.toFixed(3))

// ---- quality ----

// Figures measured by the issue author with hunalign on these files (issue 4).
const hunalign = {
  'wmt-ruen-noisy.jsonl': {plain: 0.937, dict: 0.955, delRecall: 0.3},
  'wmt-ruen-heavy.jsonl': {plain: 0.79, dict: 0.855}
}
const targets = {'wmt-ruen-noisy.jsonl': 0.975, 'wmt-ruen-heavy.jsonl': 0.92}

function quality() {
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).sort()
  const verdicts = []
  for (const file of files) {
    const docs = load(file)
    const golds = docs.map((d) => d.beads)
    const ours = []
    let ourMs = 0
    const cpu0 = process.cpuUsage()
    for (const d of docs) {
      const t0 = performance.now()
      const beads = alignSentences(d.src, d.tgt, {srcParagraphs: d.src_para, tgtParagraphs: d.tgt_para})
      ourMs += performance.now() - t0
      ours.push(toPairs(beads))
    }
    const cpu = process.cpuUsage(cpu0)
    const ourCpuMs = (cpu.user + cpu.system) / 1000
    const gc = []
    let gcMs = 0
    for (const d of docs) {
      const t0 = performance.now()
      gc.push(toPairs(galeChurch(d.src, d.tgt)))
      gcMs += performance.now() - t0
    }
    const a = scoreMultiple(golds, ours)
    const g = scoreMultiple(golds, gc)
    const sents = docs.reduce((n, d) => n + d.src.length + d.tgt.length, 0)
    console.log(`\n${file}  (${docs.length} documents, ${sents} sentences; time = wall time of the alignment calls, paragraph marks given)`)
    console.log('  system                      P strict R strict F1 strict   P lax  R lax  F1 lax   1-0 rec  0-1 rec   time')
    const row = (name, s, del, ins, ms) =>
      console.log(
        `  ${name.padEnd(26)}   ${fmt(s.pStrict)}    ${fmt(s.rStrict)}     ${fmt(s.fStrict)}    ${fmt(s.pLax)}  ${fmt(s.rLax)}   ${fmt(s.fLax)}    ${fmt(del)}    ${fmt(ins)}  ${ms.toFixed(0).padStart(5)} ms`
      )
    row('tolmach aligner', a, deletionRecall(golds, ours, 'src'), deletionRecall(golds, ours, 'tgt'), ourMs)
    row('Gale-Church (this bench)', g, deletionRecall(golds, gc, 'src'), deletionRecall(golds, gc, 'tgt'), gcMs)
    const h = hunalign[file]
    if (h) {
      console.log(`  hunalign, paragraph marks, no dictionary (measured by the issue author): F1 strict ${h.plain.toFixed(3)}`)
      console.log(`  hunalign, 96k-entry stemmed dictionary  (measured by the issue author): F1 strict ${h.dict.toFixed(3)}`)
      if (h.delRecall) console.log(`  hunalign 1-0 recall (issue author): ≈ ${h.delRecall}`)
    }
    if (targets[file] !== undefined) verdicts.push([`${file} strict F1 ≥ ${targets[file]}`, a.fStrict >= targets[file], a.fStrict.toFixed(3)])
    if (file === 'wmt-ruen-noisy.jsonl') {
      const del = deletionRecall(golds, ours, 'src')
      verdicts.push([`${file} 1-0 recall ≥ 0.8`, del >= 0.8, del.toFixed(3)])
      verdicts.push([`${file} aligner time ≤ 1 s`, ourMs <= 1000, `${ourMs.toFixed(0)} ms wall, ${ourCpuMs.toFixed(0)} ms CPU`])
    }
  }
  return verdicts
}

// ---- speed ----

/** One document of at least `size` source sentences: whole noisy documents concatenated (repeated if needed), with its gold beads. */
function bigDocument(size) {
  const docs = load('wmt-ruen-noisy.jsonl')
  const doc = {src: [], tgt: [], srcPara: [], tgtPara: [], gold: []}
  for (let k = 0; doc.src.length < size; k++) {
    const d = docs[k % docs.length]
    for (const [s, t] of d.beads) doc.gold.push([s.map((x) => x + doc.src.length), t.map((x) => x + doc.tgt.length)])
    doc.srcPara.push(...d.src_para.map((p) => p + k * 1000))
    doc.tgtPara.push(...d.tgt_para.map((p) => p + k * 1000))
    doc.src.push(...d.src)
    doc.tgt.push(...d.tgt)
  }
  return doc
}

function speedChild(size, which) {
  const doc = bigDocument(size)
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const beads =
    which === 'gc'
      ? galeChurch(doc.src, doc.tgt)
      : alignSentences(doc.src, doc.tgt, {srcParagraphs: doc.srcPara, tgtParagraphs: doc.tgtPara})
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const covered = beads.reduce((n, b) => n + b.src.length, 0)
  if (covered !== doc.src.length) throw new Error('beads do not cover the source')
  const f1 = scoreMultiple([doc.gold], [toPairs(beads)]).fStrict
  console.log(JSON.stringify({size: doc.src.length, tgt: doc.tgt.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, f1}))
}

function runChild(size, which) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', self, '--speed-child', String(size), which], {encoding: 'utf8'})
  if (r.status !== 0) throw new Error(`speed run ${size} ${which} failed: ${r.stderr}`)
  return JSON.parse(r.stdout.trim().split('\n').at(-1))
}

function speed() {
  const verdicts = []
  console.log('\nspeed: one document of N source sentences (noisy documents concatenated), a fresh process each; wall and CPU time of the')
  console.log('alignment call, peak RSS of that process, strict F1 against the concatenated gold')
  console.log('  sentences (ru/en)    tolmach wall    cpu   peak RSS  F1     | Gale-Church wall    cpu   peak RSS  F1     | wall ratio')
  const times = {}
  const cpuTimes = {}
  for (const size of [10_000, 50_000, 100_000]) {
    const ours = runChild(size, 'ours')
    const gc = runChild(size, 'gc')
    times[size] = ours.ms
    cpuTimes[size] = ours.cpuMs
    const sec = (ms) => `${(ms / 1000).toFixed(2).padStart(7)} s`
    console.log(
      `  ${`${ours.size}/${ours.tgt}`.padEnd(18)} ${sec(ours.ms)} ${sec(ours.cpuMs)} ${ours.maxRssMb.toFixed(0).padStart(6)} MB  ${ours.f1.toFixed(3)}  |     ${sec(gc.ms)} ${sec(gc.cpuMs)} ${gc.maxRssMb.toFixed(0).padStart(6)} MB  ${gc.f1.toFixed(3)}  | ${(ours.ms / gc.ms).toFixed(2).padStart(6)}×`
    )
    if (size === 100_000) {
      verdicts.push(['100k sentences under 60 s', ours.ms < 60_000, `${(ours.ms / 1000).toFixed(2)} s wall, ${(ours.cpuMs / 1000).toFixed(2)} s CPU`])
      verdicts.push(['100k sentences under 1 GB peak RSS', ours.maxRssMb < 1024, `${ours.maxRssMb.toFixed(0)} MB`])
    }
  }
  const growth = times[100_000] / times[10_000]
  const cpuGrowth = cpuTimes[100_000] / cpuTimes[10_000]
  verdicts.push(['time(100k)/time(10k) ≤ 12', growth <= 12, `${growth.toFixed(2)} wall, ${cpuGrowth.toFixed(2)} CPU`])
  return verdicts
}

const args = process.argv.slice(2)
if (args[0] === '--speed-child') {
  speedChild(Number(args[1]), args[2])
} else {
  const verdicts = []
  if (!args.includes('--speed')) verdicts.push(...quality())
  if (!args.includes('--quality')) verdicts.push(...speed())
  console.log('\ntargets')
  for (const [name, ok, value] of verdicts) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${name}  (${value})`)
}
