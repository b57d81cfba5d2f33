#!/usr/bin/env node
// bench:check (issue 10): recall of single realistic errors injected into the
// English side of real published RU→EN pairs, and false alarms (warnings and
// errors) per 100 clean sentence pairs on the same pairs untouched.
// Data: ../shared/eval-data/align-real (gold sentence alignment) and corpus/.
// Part of the data is held out from any tuning of the checks; both parts are
// printed.
//
//   npm run bench:check
//   node scripts/bench/check.mjs --per-doc      # figures per document too
//   node scripts/bench/check.mjs --misses       # list injected errors not found
//   node scripts/bench/check.mjs --samples=20 --only=omission   # a larger sample of one type
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {checkMarkdownPair} from '@tolmach/check'
import {stripPlaceholders} from '@tolmach/core'
import {createTermMatcher, parseGlossary} from '@tolmach/glossary'
import {segmentMarkdown} from '@tolmach/segmenter'
import {sharedDir, repoRoot} from '../shared-dir.mjs'
import {injectors, mulberry32} from './check-inject.mjs'

const perDoc = process.argv.includes('--per-doc')
const showMisses = process.argv.includes('--misses')
// Clean findings of the development part only: the held-out part is not looked at while tuning.
const showAlarms = process.argv.includes('--dev-alarms')
// `--samples=20 --only=omission`: a larger sample of one error type, to see what a change costs it.
const samplesPerType = Number(process.argv.find((a) => a.startsWith('--samples='))?.slice(10) ?? 4)
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
// Chosen before tuning: every third align-real pair and one corpus document.
const heldOut = new Set(['align-real:03', 'align-real:06', 'align-real:09', 'align-real:12', 'align-real:15', 'corpus:003-c5-1-critical-minerals-dialogue'])

// Glossary: the repository's termbase plus everyday concepts of the align-real genres, each with a forbidden rendering.
const benchTerms = [
  ['база данных', 'database', 'data base'],
  ['открытый исходный код', 'open source', 'open-code'],
  ['Генеральный секретарь', 'Secretary-General', 'General Secretary'],
  ['фермер', 'farmer', 'agrarian'],
  ['тюрьма', 'jail', 'prison house']
]
const termbase = parseGlossary(readFileSync(path.join(repoRoot, 'glossary/termbase.csv')), {fileName: 'termbase.csv'}).glossary
const glossary = {
  languages: ['ru', 'en'],
  concepts: [
    ...termbase.concepts,
    ...benchTerms.map(([ru, en, bad], k) => ({id: `bench-${k}`, terms: [{text: ru, lang: 'ru', status: 'preferred'}, {text: en, lang: 'en', status: 'preferred'}, {text: bad, lang: 'en', status: 'forbidden'}]}))
  ]
}
const forbidden = glossary.concepts.flatMap((c) => {
  const good = c.terms.find((t) => t.lang === 'en' && t.status === 'preferred')?.text
  return c.terms.filter((t) => t.lang === 'en' && (t.status === 'forbidden' || t.status === 'deprecated')).flatMap((t) => (good ? [[good, t.text]] : []))
})
const matchers = {source: createTermMatcher(glossary, {lang: 'ru'}), target: createTermMatcher(glossary, {lang: 'en'})}
const options = {sourceLang: 'ru', targetLang: 'en', glossary, matchers}

const norm = (s) => s.replace(/\s+/g, ' ').trim()

function loadDocs() {
  const dir = path.join(sharedDir(), 'eval-data', 'align-real')
  const docs = []
  for (const line of readFileSync(path.join(dir, 'align-real.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const d = JSON.parse(line)
    const gold = d.beads.map(([s, t]) => ({ru: s.map((i) => d.src[i]), en: t.map((j) => d.tgt[j])}))
    const urls = (d.meta.url ?? '').split(' | ').map((u) => u.trim().split(/\s/)[0])
    const texts = enrich(readFileSync(path.join(dir, 'pairs', `${d.id}-ru.md`), 'utf8'), readFileSync(path.join(dir, 'pairs', `${d.id}-en.md`), 'utf8'), gold, urls)
    docs.push({id: `align-real:${d.id}`, ...texts, gold})
  }
  for (const name of ['000-critical-minerals-ministerial', '003-c5-1-critical-minerals-dialogue']) {
    const read = (p) => readFileSync(path.join(repoRoot, 'corpus', p), 'utf8')
    const g = JSON.parse(read(`gold/${name}.json`))
    docs.push({id: `corpus:${name}`, ru: read(`ru/${name}.md`), en: read(`en/${name}.md`), gold: g.beads.map((b) => ({ru: b.ru, en: b.en, openings: true}))})
  }
  return docs
}

/**
 * The align-real Markdown has its links and code reduced to text. Put some
 * back, on both sides of a gold 1-1 bead alike, so that links and inline
 * markup have clean negatives and something to break: identifiers as code
 * spans, a Latin name written on both sides as a link to the document's own
 * localised page (`…/ru/` beside `…/en/`).
 */
function enrich(ru, en, gold, urls) {
  let links = 0
  const once = (text, sentence, from, to) => {
    const at = text.indexOf(sentence)
    if (at < 0) return text
    return text.slice(0, at) + sentence.replace(from, to) + text.slice(at + sentence.length)
  }
  for (const bead of gold) {
    if (bead.ru.length !== 1 || bead.en.length !== 1) continue
    const [rs, es] = [bead.ru[0], bead.en[0]]
    const id = (es.match(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b|\b[a-z_]+\(\)|\bpg_\w+/g) ?? []).find((x) => rs.includes(x))
    if (id) {
      ru = once(ru, rs, id, `\`${id}\``)
      en = once(en, es, id, `\`${id}\``)
      continue
    }
    const name = (es.match(/\b\p{Lu}[\p{L}]{3,}\b/gu) ?? []).slice(1).find((w) => rs.includes(w))
    if (name && links < 3 && urls.length === 2 && urls[0].startsWith('http')) {
      ru = once(ru, rs, name, `[${name}](${urls[0]})`)
      en = once(en, es, name, `[${name}](${urls[1]})`)
      links++
    }
  }
  return {ru, en}
}

/** English sentences as Markdown slices, with their line, and the Russian of their gold 1-1 bead. */
function candidates(doc) {
  const lines = doc.en.split('\n')
  const lineStarts = []
  let at = 0
  for (const l of lines) {
    lineStarts.push(at)
    at += l.length + 1
  }
  const segs = segmentMarkdown(doc.en, {lang: 'en'})
  // The sentence as the gold has it: Markdown code and links reduced to their text.
  const plain = segs.map((s) => norm(doc.en.slice(s.position.start.offset, s.position.end.offset).replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')))
  const russian = new Map()
  for (const b of doc.gold) {
    if (b.ru.length === 1 && b.en.length === 1) russian.set(norm(b.en[0]), b.ru[0])
  }
  const goldEn = doc.gold.flatMap((b) => b.en.map(norm))
  const perLine = new Map()
  for (const s of segs) perLine.set(s.position.start.line, (perLine.get(s.position.start.line) ?? 0) + 1)
  const out = []
  segs.forEach((s, k) => {
    if (s.position.start.line !== s.position.end.line) return
    const text = plain[k]
    const inGold = doc.gold[0]?.openings ? goldEn.some((g) => text.startsWith(g)) : goldEn.includes(text)
    if (!inGold) return
    const line = s.position.start.line - 1
    const ruText = doc.gold[0]?.openings ? undefined : russian.get(text)
    out.push({
      lineIndex: line,
      line: lines[line],
      sentence: doc.en.slice(s.position.start.offset, s.position.end.offset),
      lastOfLine: segs[k + 1]?.position.start.line !== s.position.start.line,
      lineSentences: perLine.get(s.position.start.line),
      kind: s.kind,
      russian: ruText ?? (doc.gold[0]?.openings ? russianByOpening(doc, text) : undefined)
    })
  })
  return out
}

function russianByOpening(doc, text) {
  const bead = doc.gold.find((b) => b.ru.length === 1 && b.en.length === 1 && text.startsWith(norm(b.en[0])))
  if (!bead) return undefined
  const ru = segmentMarkdown(doc.ru, {lang: 'ru'}).map((s) => stripPlaceholders(s.text, s.placeholders)).find((s) => norm(s).startsWith(norm(bead.ru[0])))
  return ru
}

function names(en) {
  const caps = new Set()
  const lower = new Set()
  for (const m of en.matchAll(/(?<=[\p{L},;] )\p{L}[\p{L}]{4,}/gu)) (/^\p{Lu}/u.test(m[0]) ? caps : lower).add(m[0].toLowerCase())
  return new Set([...en.matchAll(/\p{Lu}[\p{L}]{4,}/gu)].map((m) => m[0]).filter((w) => caps.has(w.toLowerCase()) && !lower.has(w.toLowerCase())))
}

const key = (f) => `${f.ruleId}|${f.place?.start.line}|${f.messageId}|${JSON.stringify(f.data)}`
const counted = (f) => f.severity === 'warning' || f.severity === 'error'

function run() {
  const docs = loadDocs()
  const parts = {dev: newTally(), 'held-out': newTally()}
  const misses = []
  for (const doc of docs) {
    const part = heldOut.has(doc.id) ? parts['held-out'] : parts.dev
    const result = checkMarkdownPair(doc.ru, doc.en, options)
    const clean = result.findings.filter(counted)
    const goldLonely = new Set(doc.gold.filter((b) => b.ru.length === 0 || b.en.length === 0).flatMap((b) => [...b.ru, ...b.en]).map(norm))
    // A finding on a pair the aligner built from a sentence the gold leaves unaligned (a sentence the
    // translator dropped, paired with one the translator added) reports a real difference too.
    const onLonely = (f) => {
      const pair = result.pairs[f.pair]
      return pair !== undefined && [...goldLonely].some((g) => g.length > 0 && (norm(pair.source).includes(g) || norm(pair.target).includes(g)))
    }
    const explained = clean.filter((f) => ((f.ruleId === 'omission' || f.ruleId === 'addition') && goldLonely.has(norm(String(f.data.expected ?? f.data.actual ?? '')))) || onLonely(f))
    const pairs = doc.gold.filter((b) => b.ru.length > 0 && b.en.length > 0).length
    part.pairs += pairs
    part.alarms += clean.length
    part.explained += explained.length
    for (const f of clean) part.alarmRules[f.ruleId] = (part.alarmRules[f.ruleId] ?? 0) + 1
    if (showAlarms && part === parts.dev) for (const f of clean) console.log(doc.id, f.place?.start.line, f.ruleId, f.messageId, JSON.stringify(f.data).slice(0, 200))
    const cleanKeys = new Set(clean.map(key))
    const cands = candidates(doc)
    const nameSet = names(doc.en)
    const docTally = {found: 0, injected: 0}
    let seed = 1
    for (const [type, injector] of Object.entries(injectors)) {
      if (only !== undefined && type !== only) continue
      const rng = mulberry32(hash(`${doc.id}:${type}`))
      const order = cands.map((c) => [rng(), c]).sort((a, b) => a[0] - b[0]).map(([, c]) => c)
      let done = 0
      for (const c of order) {
        if (done >= samplesPerType) break
        // A line that already has a finding of this kind cannot tell whether the injection was seen.
        if (clean.some((f) => injector.rules.includes(f.ruleId) && f.place?.start.line === c.lineIndex + 1)) continue
        const changedLine = injector.apply({...c, rng: mulberry32(seed++), terms: forbidden, names: nameSet})
        if (changedLine === undefined || changedLine === c.line) continue
        done++
        const lines = doc.en.split('\n')
        lines[c.lineIndex] = changedLine
        const findings = checkMarkdownPair(doc.ru, lines.join('\n'), options).findings.filter(counted)
        const hit = findings.some((f) => injector.accepts(f) && f.place?.start.line === c.lineIndex + 1 && !cleanKeys.has(key(f)))
        part.types[type] ??= {found: 0, injected: 0}
        const t = part.types[type]
        t.injected++
        docTally.injected++
        if (hit) {
          t.found++
          docTally.found++
        } else if (showMisses) misses.push({doc: doc.id, type, line: c.lineIndex + 1, was: c.line, now: changedLine, near: findings.filter((f) => Math.abs((f.place?.start.line ?? 0) - c.lineIndex - 1) <= 1).map((f) => `${f.ruleId}@${f.place?.start.line}`)})
      }
    }
    if (perDoc) console.log(`${doc.id.padEnd(48)} pairs ${String(pairs).padStart(3)}  false alarms ${String(clean.length).padStart(2)} (${explained.length} gold 1-0/0-1)  recall ${docTally.found}/${docTally.injected}`)
  }
  for (const [name, p] of Object.entries(parts)) {
    const injected = Object.values(p.types).reduce((n, t) => n + t.injected, 0)
    const found = Object.values(p.types).reduce((n, t) => n + t.found, 0)
    console.log(`\n${name}: ${p.pairs} clean sentence pairs, ${injected} injected errors`)
    console.log(`  recall               ${(found / injected).toFixed(3)} (${found}/${injected})`)
    console.log(`  false alarms / 100   ${((100 * p.alarms) / p.pairs).toFixed(2)} (${p.alarms} warnings+errors on clean pairs)`)
    console.log(`  … without the gold's own omissions/additions ${((100 * (p.alarms - p.explained)) / p.pairs).toFixed(2)} (${p.explained} findings are real 1-0/0-1 beads of the gold)`)
    console.log(`  recall by type       ${Object.entries(p.types).map(([k, t]) => `${k} ${t.found}/${t.injected}`).join(', ')}`)
    console.log(`  false alarms by rule ${Object.entries(p.alarmRules).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`)
  }
  if (showMisses) for (const m of misses) if (!heldOut.has(m.doc)) console.log(JSON.stringify(m))
}

function newTally() {
  return {pairs: 0, alarms: 0, explained: 0, alarmRules: {}, types: {}}
}

function hash(s) {
  let h = 2166136261
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619)
  return h >>> 0
}

run()
