// npm run fuzz [-- --seed N --budget SECONDS --target a,b --no-scaling]
// (or FUZZ_SEED / FUZZ_BUDGET). Runs every target in scripts/fuzz/targets/ in
// process, for a bounded time, with fast-check generating seed-corpus
// mutations and fresh strings, and holds each to the laws:
//   1. no exception escapes a reader (crash); no input takes over a second of CPU, or
//      20 µs a character for big inputs (hang);
//   2. a good record inserted into a mutated file comes back or a finding names a problem;
//   3. every position lies in the file and its line/column are its offset's (core's line rule);
//   4. time is linear: a 4 MB input of each target's shapes takes ≤ 5× its 1 MB one
//      (--scale-kb sets the small size; CPU time, so other processes on the machine do not count).
// Inputs that break a law are written to $TMPDIR/tolmach-fuzz/ for a regression test.
import {mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {badPositions, lostRecord} from './laws.mjs'
import {applyMutations, mutation, piece} from './mutate.mjs'

const {values} = parseArgs({
  options: {
    seed: {type: 'string', default: process.env.FUZZ_SEED ?? String(Date.now() % 1_000_000)},
    budget: {type: 'string', default: process.env.FUZZ_BUDGET ?? '60'},
    target: {type: 'string'},
    'no-scaling': {type: 'boolean', default: false},
    'scale-kb': {type: 'string', default: process.env.FUZZ_SCALE_KB ?? '1024'}
  }
})
const seed = Number(values.seed)
const budgetMs = Number(values.budget) * 1000
if (!Number.isInteger(seed) || !(budgetMs > 0)) throw new TypeError('--seed must be an integer and --budget a positive number of seconds')

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'targets')
const wanted = values.target?.split(',')
const targets = []
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  const target = (await import(path.join(dir, file))).default
  // Generator modules (markdown-gen.mjs) export no target.
  if (typeof target?.name !== 'string') continue
  if (!wanted || wanted.includes(target.name)) targets.push(target)
}
if (targets.length === 0) throw new Error(`no target matches ${values.target}`)
const outDir = path.join(os.tmpdir(), 'tolmach-fuzz')
console.log(`fuzz: seed ${seed}, budget ${budgetMs / 1000} s over ${targets.length} targets (${targets.map((t) => t.name).join(', ')})`)

const hangMs = 1000
const scaleBytes = Number(values['scale-kb']) * 1024
// CPU time of this process: wall time on a shared machine measures the neighbours.
const cpuMs = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
// The scaling law runs after the budget: its time depends on --scale-kb, not on the budget.
const perTarget = budgetMs / targets.length
const summary = []
let broken = 0

function save(target, law, input, detail) {
  mkdirSync(outDir, {recursive: true})
  const file = path.join(outDir, `${target.name}-${law}-${seed}-${summary.length}-${Math.random().toString(36).slice(2, 8)}.txt`)
  writeFileSync(file, input)
  console.log(`  ${target.name}: ${law}: ${detail.slice(0, 300)}\n    input: ${file}`)
}

for (const target of targets) {
  // Law-based targets (segmenter, round trip, CLI) run their own fast-check property for their share
  // of the budget and throw with the counterexample when a law breaks.
  if (typeof target.run === 'function') {
    const counts = {target: target.name, seeds: 0, inputs: 0, crashes: 0, hangs: 0, lost: 0, badPositions: 0, other: 0}
    try {
      counts.inputs = (await target.run(seed, perTarget)).tried
    } catch (error) {
      counts.other++
      broken++
      save(target, 'law', String(error?.message ?? error), String(error?.message ?? error))
    }
    summary.push(counts)
    continue
  }
  const seeds = target.seeds()
  const input = fc.record({
    from: seeds.length > 0 ? fc.oneof({weight: 9, arbitrary: fc.nat(seeds.length - 1)}, {weight: 1, arbitrary: fc.constant(-1)}) : fc.constant(-1),
    fresh: fc.array(piece, {maxLength: 40}).map((parts) => parts.join('')),
    mutations: fc.array(mutation, {minLength: 1, maxLength: 6}),
    where: fc.double({min: 0, max: 1, noNaN: true})
  })
  const counts = {target: target.name, seeds: seeds.length, inputs: 0, crashes: 0, hangs: 0, lost: 0, badPositions: 0, other: 0}
  const shown = {crash: 0, hang: 0, lost: 0, position: 0, other: 0}
  const report = (law, text, detail) => {
    broken++
    if (shown[law]++ < 3) save(target, law, text, detail)
  }
  const deadline = performance.now() + perTarget
  for (let batch = 0; performance.now() < deadline; batch++) {
    for (const sample of fc.sample(input, {seed: seed + batch, numRuns: 40})) {
      if (performance.now() >= deadline) break
      const base = sample.from < 0 ? sample.fresh : seeds[sample.from]
      const mutated = applyMutations(base, sample.mutations)
      const marker = `zq${counts.inputs}x`
      const text = target.insert ? target.insert(mutated, marker, sample.where) : mutated
      counts.inputs++
      let result
      const start = cpuMs()
      try {
        result = target.read(text)
      } catch (error) {
        counts.crashes++
        report('crash', text, String(error?.stack ?? error))
        continue
      }
      const took = cpuMs() - start
      if (took > Math.max(hangMs, text.length * 0.02)) {
        counts.hangs++
        report('hang', text, `${took.toFixed(0)} ms for ${text.length} characters`)
      }
      const positions = badPositions(text, result.findings, result.points)
      if (positions.length > 0) {
        counts.badPositions++
        report('position', text, positions.join('; '))
      }
      const lost = target.insert ? lostRecord(result, marker) : undefined
      if (lost) {
        counts.lost++
        report('lost', text, lost)
      }
      const other = target.check?.(text, result) ?? []
      if (other.length > 0) {
        counts.other++
        report('other', text, other.join('; '))
      }
    }
  }
  summary.push(counts)
}

// Law 4: linear time. Each shape at 1 MB and 4 MB, best of two runs.
const scaling = []
if (!values['no-scaling']) {
  const time = (target, text) => {
    let best = Number.POSITIVE_INFINITY
    // Best of three, unless one run is long enough to be steady; garbage of earlier runs collected first.
    for (let k = 0; k < 3 && (k === 0 || best < 3000); k++) {
      globalThis.gc?.()
      const start = cpuMs()
      target.read(text)
      best = Math.min(best, cpuMs() - start)
    }
    return best
  }
  for (const target of targets) {
    for (const shape of target.big?.() ?? []) {
      time(target, shape.make(1 << 16))
      // Under 100 ms a time is mostly timer, JIT and GC noise: such shapes are measured at bigger sizes.
      let bytes = scaleBytes
      let small = shape.make(bytes)
      let t1 = time(target, small)
      while (t1 < 100 && bytes < 16 * scaleBytes) {
        bytes *= 2
        small = shape.make(bytes)
        t1 = time(target, small)
      }
      const large = shape.make(4 * bytes)
      let t4 = time(target, large)
      // A ratio over the law is measured once more before it counts: a major GC can land in one run.
      if (t4 / Math.max(t1, 1) > 5) {
        t1 = Math.min(t1, time(target, small))
        t4 = Math.min(t4, time(target, large))
      }
      const ratio = t4 / Math.max(t1, 1)
      scaling.push({target: target.name, shape: shape.name, KB: bytes >> 10, 'cpu ms': Math.round(t1), '4× KB cpu ms': Math.round(t4), ratio: Number(ratio.toFixed(2))})
      // Below 100 ms the ratio is timer and GC noise, not growth.
      if (ratio > 5 && t4 > 100) {
        broken++
        console.log(`  ${target.name}: ${shape.name}: 4× the input takes ${ratio.toFixed(1)}× the time (law: ≤ 5×)`)
      }
    }
  }
}

console.table(summary)
if (scaling.length > 0) console.table(scaling)
console.log(broken === 0 ? `fuzz: no law broken (seed ${seed})` : `fuzz: ${broken} law violations (seed ${seed}); inputs in ${outDir}`)
process.exitCode = broken === 0 ? 0 : 1
