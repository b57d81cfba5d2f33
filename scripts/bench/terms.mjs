// npm run bench:terms — term matching quality and speed.
//  1. morphology dictionary load cost (first thing in a fresh process);
//  2. recall/precision on the phenomenon set (packages/glossary/src/fixtures/phenomena.json);
//  3. pairs/s of checkTerms with a generated 10,000-concept glossary over 100,000 sentence
//     pairs, against a naive one-RegExp-per-term baseline in the same run;
//  4. time per pair with 100, 1,000 and 10,000 concepts (should barely grow).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parses} from '../../packages/glossary/dist/morphology.js'
import {
  checkTerms,
  createTermMatcher,
  outermost,
  parseGlossary,
  preloadRussianMorphology
} from '../../packages/glossary/dist/index.js'
import {repoRoot, sharedDir} from '../shared-dir.mjs'

const loadMs = preloadRussianMorphology()
console.log(`morphology (Az.js + OpenCorpora dictionaries) load: ${loadMs.toFixed(0)} ms, once per process`)

// 2. Quality on the phenomenon set, and on near-miss negatives: the written ones
// (phenomenon "near-miss negative": «белый дом», «после встречи», "Investigations
// into…"), and ones made from every expected multiword hit by dropping its first or
// last word (прямых инвестиций is not «прямые иностранные инвестиции»), for concepts
// whose terms are common-noun phrases (names match by surname alone by design, and a
// concept may list the shorter title as a term of its own). A negative counts a false hit when the
// same concept is still found over the changed words.
const targets = []
const wordsOf = (s) => s.split(/\s+/).filter(Boolean)
function nearMisses(matcher, cases, lang) {
  const common = new Set(
    qualityGlossary.concepts
      .filter((c) => c.terms.some((t) => t.lang === lang) && c.terms.every((t) => t.lang !== lang || /^\p{Ll}/u.test(t.text)))
      .map((c) => c.id)
  )
  const falseHits = []
  let total = 0
  let written = 0
  for (const c of cases) {
    if (c.phenomena?.includes('near-miss negative')) {
      written++
      total++
      for (const m of outermost(matcher.find(c.text))) falseHits.push(`${m.conceptId} ${c.text.slice(m.start, m.end)} in "${c.text}"`)
      continue
    }
    for (const [id, surface] of c.hits) {
      const at = c.text.indexOf(surface)
      const words = wordsOf(surface)
      if (at < 0 || words.length < 2 || !common.has(id)) continue
      const changed = [words.slice(1).join(' '), words.slice(0, -1).join(' ')]
      for (const replacement of changed) {
        const text = c.text.slice(0, at) + replacement + c.text.slice(at + surface.length)
        total++
        const hit = outermost(matcher.find(text)).find((m) => m.conceptId === id && m.start < at + replacement.length && m.end > at)
        if (hit) falseHits.push(`${id} ${text.slice(hit.start, hit.end)} in "${text}"`)
      }
    }
  }
  return {falseHits, total, written}
}

// Near misses in real sentences (fixtures/near-misses.json, built by
// terms-near-misses-build.mjs): a sibling word (критика / критические минералы), a longer
// word holding a short term (мидии / МИД, advance / Vance) or a case variant (us / US).
// A false hit is the concept found over the near-miss word.
const minedSet = JSON.parse(readFileSync(path.join(repoRoot, 'packages/glossary/src/fixtures/near-misses.json'), 'utf8'))
function minedNearMisses(matcher, lang) {
  const falseHits = []
  const kinds = {}
  for (const row of minedSet[lang]) {
    kinds[row.kind] = (kinds[row.kind] ?? 0) + 1
    const end = row.start + row.word.length
    const hit = outermost(matcher.find(row.text)).find((m) => m.conceptId === row.conceptId && m.start < end && m.end > row.start)
    if (hit) falseHits.push(`${row.conceptId} ${row.text.slice(hit.start, hit.end)} (${row.kind} ${row.word}) in "${row.text}"`)
  }
  return {falseHits, total: minedSet[lang].length, kinds: Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}
}

const phenomena = JSON.parse(readFileSync(path.join(repoRoot, 'packages/glossary/src/fixtures/phenomena.json'), 'utf8'))
const termbase = parseGlossary(readFileSync(path.join(repoRoot, 'glossary/termbase.csv'))).glossary
const qualityGlossary = {languages: ['ru', 'en'], concepts: [...termbase.concepts, ...phenomena.extraConcepts]}
for (const lang of ['ru', 'en']) {
  const t0 = performance.now()
  const matcher = createTermMatcher(qualityGlossary, {lang})
  const buildMs = performance.now() - t0
  let expected = 0
  let found = 0
  let correct = 0
  const misses = []
  for (const c of phenomena.cases.filter((x) => x.lang === lang)) {
    const want = new Set(c.hits.map(([id, s]) => `${id}\u0000${s}`))
    const got = outermost(matcher.find(c.text)).map((m) => `${m.conceptId}\u0000${c.text.slice(m.start, m.end)}`)
    expected += want.size
    found += got.length
    for (const g of got) {
      if (want.has(g)) correct++
      else misses.push(`false hit: ${g.replace('\u0000', ' ')}`)
    }
    for (const w of want) if (!got.includes(w)) misses.push(`missed: ${w.replace('\u0000', ' ')}`)
  }
  const cases = phenomena.cases.filter((x) => x.lang === lang).length
  console.log(
    `${lang}: ${cases} sentences, ${expected} expected terms: recall ${(correct / expected).toFixed(3)}, precision ${(found ? correct / found : 1).toFixed(3)}` +
      ` (matcher for ${qualityGlossary.concepts.length} concepts built in ${buildMs.toFixed(0)} ms)`
  )
  for (const m of misses) console.log(`   ${m}`)
  const near = nearMisses(matcher, phenomena.cases.filter((x) => x.lang === lang), lang)
  const mined = minedNearMisses(matcher, lang)
  near.falseHits.push(...mined.falseHits)
  near.total += mined.total
  console.log(
    `${lang}: near-miss negatives: ${near.falseHits.length} false hits in ${near.total} (${((100 * near.falseHits.length) / near.total).toFixed(2)}%;` +
      ` ${near.written} written, ${near.total - near.written - mined.total} truncated, ${mined.total} from real sentences: ${mined.kinds})`
  )
  for (const m of near.falseHits) console.log(`   false hit: ${m}`)
  targets.push(`${correct / expected >= 0.995 ? 'PASS' : 'MISS'}  ${lang} recall >= 0.995: ${(correct / expected).toFixed(3)}`)
  targets.push(`${near.falseHits.length <= 0.005 * near.total ? 'PASS' : 'MISS'}  ${lang} false hits <= 0.5% of near-miss negatives: ${near.falseHits.length}/${near.total}`)
}

// 3. Speed. Sentence pairs from the WMT RU–EN evaluation documents (src/tgt zipped: for timing only).
const sentences = []
for (const name of ['wmt-ruen-base.jsonl', 'wmt-ruen-heavy.jsonl', 'wmt-ruen-noisy.jsonl']) {
  for (const line of readFileSync(path.join(sharedDir(), 'eval-data/align', name), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const doc = JSON.parse(line)
    const n = Math.min(doc.src.length, doc.tgt.length)
    for (let i = 0; i < n; i++) sentences.push({source: doc.src[i], target: doc.tgt[i]})
  }
}

// Vocabulary for generated terms: real Russian adjectives and masculine nouns from those
// sentences (so the dictionary inflects them), English words from the targets. Terms are
// modifier × head combinations, as real termbases reuse both: concept i = word i mod 100 +
// head ⌊i / 100⌋, in both languages.
const adjectives = new Set()
const nouns = new Set()
const english = new Set()
for (const {source, target} of sentences) {
  for (const w of source.toLowerCase().match(/[а-яё]{4,}/g) ?? []) {
    const p = parses(w)[0]
    if (p?.parser !== 'Dictionary' || p.tag.CAse !== 'nomn' || p.tag.NMbr !== 'sing' || p.tag.GNdr !== 'masc') continue
    if (p.tag.POST === 'ADJF') adjectives.add(w)
    else if (p.tag.POST === 'NOUN') nouns.add(w)
  }
  for (const w of target.toLowerCase().match(/\b[a-z]{5,}\b/g) ?? []) english.add(w)
}
const adj = [...adjectives].slice(0, 100)
const noun = [...nouns].slice(0, 110)
const en = [...english]
console.log(`vocabulary: ${adj.length} adjectives × ${noun.length} nouns from ${sentences.length} WMT sentence pairs`)

function generatedGlossary(size) {
  const concepts = []
  for (let i = 0; concepts.length < size; i++) {
    const a = adj[i % adj.length]
    const n = noun[Math.floor(i / adj.length) % noun.length]
    concepts.push({
      id: `g${i}`,
      terms: [
        {text: `${a} ${n}`, lang: 'ru', status: 'preferred'},
        {text: `${en[i % 100]} ${en[100 + (Math.floor(i / 100) % 110)]}`, lang: 'en', status: 'preferred'}
      ]
    })
  }
  return {languages: ['ru', 'en'], concepts}
}

const PAIRS = 100_000
const pairs = []
const big = generatedGlossary(10_000)
for (let i = 0; i < PAIRS; i++) {
  const s = sentences[i % sentences.length]
  // Every 4th pair carries a glossary term, so matches (and findings) happen.
  if (i % 4 === 0) {
    const c = big.concepts[(i * 31) % big.concepts.length]
    pairs.push({source: `${s.source} ${c.terms[0].text}`, target: `${s.target} ${c.terms[1].text}`})
  } else pairs.push(s)
}

function buildMatchers(glossary) {
  const t0 = performance.now()
  const matchers = {source: createTermMatcher(glossary, {lang: 'ru'}), target: createTermMatcher(glossary, {lang: 'en'})}
  return {matchers, buildMs: performance.now() - t0}
}

function timeCheck(glossary, matchers, sample) {
  const t1 = performance.now()
  const findings = checkTerms(sample, matchers, {glossary})
  const ms = performance.now() - t1
  return {ms, perPairUs: (ms * 1000) / sample.length, pairsPerSecond: sample.length / (ms / 1000), findings: findings.length}
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** One RegExp per term (ASCII + Cyrillic word boundaries), exact forms only; time-boxed. */
function naiveBaseline(glossary, sample, budgetMs) {
  const build = (lang) =>
    glossary.concepts.flatMap((c) => c.terms.filter((t) => t.lang === lang).map((t) => new RegExp(`(?<![0-9A-Za-zА-Яа-яЁё])${escapeRegExp(t.text)}(?![0-9A-Za-zА-Яа-яЁё])`, 'gi')))
  const ru = build('ru')
  const enRe = build('en')
  // V8 compiles each RegExp on first use (Unicode classes make that slow): warm up on one pair, untimed.
  const w0 = performance.now()
  for (const re of ru) for (const _ of sample[0].source.matchAll(re));
  for (const re of enRe) for (const _ of sample[0].target.matchAll(re));
  const warmMs = performance.now() - w0
  const t0 = performance.now()
  let hits = 0
  let done = 0
  for (const p of sample.slice(1)) {
    for (const re of ru) for (const _ of p.source.matchAll(re)) hits++
    for (const re of enRe) for (const _ of p.target.matchAll(re)) hits++
    done++
    if (performance.now() - t0 > budgetMs) break
  }
  const ms = performance.now() - t0
  return {ms, warmMs, pairs: done, pairsPerSecond: done / (ms / 1000), hits}
}

const bigMatchers = buildMatchers(big)
const full = {...timeCheck(big, bigMatchers.matchers, pairs), buildMs: bigMatchers.buildMs}
console.log(
  `checkTerms, 10,000 concepts, ${PAIRS.toLocaleString('en')} pairs: ${full.pairsPerSecond.toFixed(0)} pairs/s ` +
    `(${full.perPairUs.toFixed(1)} µs/pair, ${full.findings} findings; matchers built in ${(full.buildMs / 1000).toFixed(1)} s)`
)
const naive = naiveBaseline(big, pairs, 15_000)
console.log(
  `naive baseline (one RegExp per term, exact forms only), same glossary: ${naive.pairs} pairs in ${(naive.ms / 1000).toFixed(1)} s = ${naive.pairsPerSecond.toFixed(2)} pairs/s` +
    ` (after ${(naive.warmMs / 1000).toFixed(1)} s compiling the RegExps on a first pair)` +
    ` → the trie matcher (all inflected forms) is ${(full.pairsPerSecond / naive.pairsPerSecond).toFixed(0)}× faster`
)

// 4. Scaling: the same 20,000 pairs (terms inserted from the first 100 concepts, which every
// size contains, so all sizes find the same matches) with 100, 1,000 and 10,000 concepts.
// Sizes are timed round-robin, best of 5, so load spikes on a shared machine hit all alike.
const sample = []
for (let i = 0; i < 20_000; i++) {
  const s = sentences[i % sentences.length]
  const c = big.concepts[(i * 31) % 100]
  sample.push(i % 4 === 0 ? {source: `${s.source} ${c.terms[0].text}`, target: `${s.target} ${c.terms[1].text}`} : s)
}
const sizes = [100, 1_000, 10_000].map((size) => {
  const g = size === 10_000 ? big : generatedGlossary(size)
  return {size, g, matchers: size === 10_000 ? bigMatchers.matchers : buildMatchers(g).matchers, best: Infinity}
})
for (let r = 0; r < 5; r++) {
  for (const s of sizes) s.best = Math.min(s.best, timeCheck(s.g, s.matchers, sample).perPairUs)
}
for (const s of sizes) console.log(`  ${String(s.size).padStart(6)} concepts: ${s.best.toFixed(2)} µs per pair`)
console.log(`time per pair, 10,000 vs 100 concepts: ratio ${(sizes[2].best / sizes[0].best).toFixed(2)} (target ≤ 1.5)`)
console.log('\nTargets')
for (const line of targets) console.log(`  ${line}`)
