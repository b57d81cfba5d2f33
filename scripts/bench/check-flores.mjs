#!/usr/bin/env node
// A second, independent set of clean negatives for bench:check: FLORES-200
// devtest (Wikinews, Wikivoyage, Wikibooks; 1012 professionally translated
// sentences, dense with names of every origin), read as RU→EN pairs grouped
// by article. Prints warnings+errors per 100 clean pairs by rule, and the
// recall of one misspelt capitalised word per article (a letter dropped or
// two swapped, as check-inject.mjs does). No check is tuned on bench:check's
// held-out part; this set is where the name check's limits were chosen.
//
//   node scripts/bench/check-flores.mjs            (after npx turbo run build)
//   node scripts/bench/check-flores.mjs --list     # every false alarm
//   node scripts/bench/check-flores.mjs --ntrex    # NTREX-128 news instead: the development set
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {checkPairs} from '@tolmach/check'
import {sharedDir} from '../shared-dir.mjs'
import {mulberry32} from './check-inject.mjs'

const list = process.argv.includes('--list')
// NTREX-128 (WMT19 news, 1,997 pairs in 123 documents) is a development set of clean pairs for
// tuning the checks; FLORES stays the set no rule was chosen on.
const ntrex = process.argv.includes('--ntrex')
const options = {sourceLang: 'ru', targetLang: 'en'}
const counted = (f) => f.severity === 'warning' || f.severity === 'error'
const file = path.join(sharedDir(), 'eval-data', 'lexicon', ntrex ? 'ntrex128.en-ru.tsv' : 'flores200-devtest.en-ru.tsv')
const docs = new Map()
for (const line of readFileSync(file, 'utf8').split('\n').slice(1).filter(Boolean)) {
  const cells = line.split('\t')
  const [doc, en, ru] = ntrex ? [cells[1], cells[2], cells[3]] : [cells[1], cells[4], cells[5]]
  if (!docs.has(doc)) docs.set(doc, [])
  docs.get(doc).push({source: ru, target: en})
}
const rng = mulberry32(7)
let pairsTotal = 0
let injected = 0
let found = 0
const byRule = {}
for (const pairs of docs.values()) {
  pairsTotal += pairs.length
  for (const f of checkPairs(pairs, options).filter(counted)) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1
    if (list) console.log('alarm', f.ruleId, f.messageId, JSON.stringify(f.data).slice(0, 160), ntrex ? `\n  RU: ${pairs[f.pair].source}\n  EN: ${pairs[f.pair].target}` : '')
  }
  const k = Math.floor(rng() * pairs.length)
  const words = [...pairs[k].target.matchAll(/(?<=[\p{L},;] )\p{Lu}\p{L}{4,}/gu)]
  if (words.length === 0) continue
  const m = words[Math.floor(rng() * words.length)]
  const w = m[0]
  const i = 1 + Math.floor(rng() * (w.length - 2))
  const typo = rng() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
  if (typo === w) continue
  injected++
  const changed = pairs.map((p, j) => (j === k ? {...p, target: p.target.slice(0, m.index) + typo + p.target.slice(m.index + w.length)} : p))
  const hit = checkPairs(changed, options).some((f) => counted(f) && f.ruleId === 'name-mismatch' && f.pair === k && f.start === m.index)
  if (hit) found++
  else if (list) console.log('missed', w, '→', typo)
}
const alarms = Object.values(byRule).reduce((a, b) => a + b, 0)
console.log(`${ntrex ? 'NTREX-128' : 'FLORES-200 devtest'} ru→en: ${pairsTotal} clean sentence pairs in ${docs.size} articles`)
console.log(`  false alarms / 100   ${((100 * alarms) / pairsTotal).toFixed(2)} (${alarms} warnings+errors)`)
console.log(`  false alarms by rule ${Object.entries(byRule).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`)
console.log(`  misspelt-name recall ${(found / injected).toFixed(3)} (${found}/${injected})`)
