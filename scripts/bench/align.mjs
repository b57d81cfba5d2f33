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
import {alignSentences, lexiconLoadTime} from '@tolmach/aligner'
import {sharedDir} from '../shared-dir.mjs'
import {galeChurch} from './align-gale-church.mjs'
import {realQuality} from './align-real.mjs'
import {deletionRecall, scoreMultiple} from './align-score.mjs'

const self = fileURLToPath(import.meta.url)
const dataDir = path.join(sharedDir(), 'eval-data', 'align')

function load(file) {
  return readFileSync(path.join(dataDir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

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
      // What the lexical model costs: the same set without it and with it again, both warm, CPU time.
      const cpuOf = (options) => {
        const c0 = process.cpuUsage()
        for (const d of docs) alignSentences(d.src, d.tgt, {srcParagraphs: d.src_para, tgtParagraphs: d.tgt_para, ...options})
        const c1 = process.cpuUsage(c0)
        return (c1.user + c1.system) / 1000
      }
      // Both warm (the word caches of each model filled once), then three alternating runs of each, medians:
      // the machine may be shared, and one run of either can be slowed by a neighbour.
      cpuOf({lexicon: false})
      const plainRuns = []
      const lexRuns = []
      for (let r = 0; r < 3; r++) {
        plainRuns.push(cpuOf({lexicon: false}))
        lexRuns.push(cpuOf({}))
      }
      const median = (xs) => [...xs].sort((x, y) => x - y)[1]
      const plainCpuMs = median(plainRuns)
      const lexCpuMs = median(lexRuns)
      console.log(`  warm CPU time (median of 3) without the lexicon ${plainCpuMs.toFixed(0)} ms, with it ${lexCpuMs.toFixed(0)} ms (×${(lexCpuMs / plainCpuMs).toFixed(2)}); lexicon loaded in ${lexiconLoadTime().toFixed(0)} ms wall in this process`)
      verdicts.push(['lexicon adds ≤ 30 % to alignment time (noisy set, warm CPU)', lexCpuMs <= 1.3 * plainCpuMs, `×${(lexCpuMs / plainCpuMs).toFixed(2)}`])
      // A fresh process, so the load is the first one; CPU time beside wall, as the machine may be shared.
      const load = spawnSync(process.execPath, ['--input-type=module', '-e', "import {builtinLexicon, stemWord} from '@tolmach/aligner'; const c = process.cpuUsage(); const t = performance.now(); builtinLexicon(); stemWord('а', 'ru'); const u = process.cpuUsage(c); console.log(JSON.stringify({ms: performance.now() - t, cpuMs: (u.user + u.system) / 1000}))"], {encoding: 'utf8', cwd: path.dirname(self)})
      const l = JSON.parse(load.stdout.trim() || '{"ms":NaN,"cpuMs":NaN}')
      console.log(`  lexicon load in a fresh process: ${l.ms.toFixed(0)} ms wall, ${l.cpuMs.toFixed(0)} ms CPU`)
      verdicts.push(['lexicon loads once in < 300 ms (CPU)', l.cpuMs < 300, `${l.ms.toFixed(0)} ms wall, ${l.cpuMs.toFixed(0)} ms CPU`])
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
  if (!args.includes('--speed')) verdicts.push(...quality(), ...realQuality())
  if (!args.includes('--quality')) verdicts.push(...speed())
  console.log('\ntargets')
  for (const [name, ok, value] of verdicts) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${name}  (${value})`)
}
