// Builds packages/glossary/src/fixtures/near-misses.json: real sentences that hold a
// near miss of a glossary term and must not match its concept. Run it again after the
// glossary or the sources change: node scripts/bench/terms-near-misses-build.mjs
//
// Sources (../shared/eval-data/lexicon, see SOURCES.md there): TICO-19 (CC0 1.0),
// Tatoeba (CC BY 2.0 FR), NTREX-128 and FLORES-200 (CC BY-SA 4.0). The fixture keeps each
// sentence's source; as it holds CC BY-SA sentences, the fixture is under CC BY-SA 4.0.
//
// A near miss of concept C is a word of the sentence that is, against every word of C's
// terms in that language (case-folded, ё → е):
//   sibling    same first five letters (the whole word if shorter), another lexeme
//              (Russian: no shared lemma in the OpenCorpora dictionary; English: not a
//              regular inflection): критика / критические, ministry / minister;
//   substring  contains the term (an acronym or short word) inside a longer word:
//              мидии / МИД, bus / US;
//   partial    one word of a common-noun phrase term, in any form, without the rest:
//              иностранных инвестиций / прямые иностранные инвестиции;
//   case       the word itself in another case where the term is a capitalised name
//              or an acronym: us / US, белый дом / Белый дом, уран (planet vs element is
//              not this: only case carries the meaning here).
// A sentence whose words also hold the full term is skipped, and the benchmark counts a
// false hit only when C is found over the near-miss word.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parses} from '../../packages/glossary/dist/morphology.js'
import {parseGlossary} from '../../packages/glossary/dist/index.js'
import {repoRoot, sharedDir} from '../shared-dir.mjs'

const lexicon = path.join(sharedDir(), 'eval-data', 'lexicon')
const sources = [
  ['tico19.en-ru.tsv', 'TICO-19 (CC0 1.0)'],
  ['tatoeba-laser.en-ru.tsv', 'Tatoeba (CC BY 2.0 FR)'],
  ['ntrex128.en-ru.tsv', 'NTREX-128 (CC BY-SA 4.0)'],
  ['flores200-devtest.en-ru.tsv', 'FLORES-200 devtest (CC BY-SA 4.0)']
]
const sentences = {ru: [], en: []}
for (const [file, source] of sources) {
  const [head, ...rows] = readFileSync(path.join(lexicon, file), 'utf8').split('\n')
  const cols = head.split('\t')
  for (const row of rows) {
    if (!row.trim()) continue
    const cells = row.split('\t')
    for (const lang of ['ru', 'en']) sentences[lang].push({text: cells[cols.indexOf(lang)], source})
  }
}

const phenomena = JSON.parse(readFileSync(path.join(repoRoot, 'packages/glossary/src/fixtures/phenomena.json'), 'utf8'))
const termbase = parseGlossary(readFileSync(path.join(repoRoot, 'glossary/termbase.csv'))).glossary
const concepts = [...termbase.concepts, ...phenomena.extraConcepts]

const fold = (w) => w.toLowerCase().replaceAll('ё', 'е')
const wordRe = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const lemmaCache = new Map()
function lemmas(word) {
  let out = lemmaCache.get(word)
  if (!out) {
    // Dictionary parses only: Az's guesses for unknown words invent lemmas.
    const list = /[а-я]/.test(word) ? parses(word).filter((p) => p.parser === 'Dictionary') : []
    out = new Set(list.map((p) => fold(p.normalize?.().word ?? word)))
    out.add(word)
    lemmaCache.set(word, out)
  }
  return out
}
const irregular = {criterion: ['criteria'], analysis: ['analyses'], memorandum: ['memoranda'], minister: [], ministry: ['ministries']}
function englishForms(w) {
  const forms = new Set([w, `${w}s`, `${w}es`, `${w}'s`, `${w}’s`, `${w}s'`, `${w}ed`, `${w}d`, `${w}ing`, ...(irregular[w] ?? [])])
  if (w.endsWith('y')) forms.add(`${w.slice(0, -1)}ies`)
  if (w.endsWith('e')) forms.add(`${w.slice(0, -1)}ing`)
  return forms
}
function sameLexeme(lang, word, termWord) {
  if (word === termWord) return true
  if (lang === 'en') return englishForms(termWord).has(word) || englishForms(word).has(termWord)
  const a = lemmas(word)
  for (const l of lemmas(termWord)) if (a.has(l)) return true
  return false
}

/** Whether the words of some term stand in a row in `text`, each in some form of its lexeme. */
function holdsTerm(lang, text, terms) {
  const words = (text.match(wordRe) ?? []).map(fold)
  for (const t of terms) {
    // A short capitalised term (US, МИД) is its case: `text.includes` has looked for it.
    if (!/\s/.test(t.text) && /^\p{Lu}/u.test(t.text) && t.text.length <= 4) continue
    const tw = (t.text.match(wordRe) ?? []).map(fold)
    if (!tw.length) continue
    for (let i = 0; i + tw.length <= words.length; i++) {
      if (tw.every((w, j) => sameLexeme(lang, words[i + j], w))) return true
    }
  }
  return false
}

const stemLength = 5
// Caps keep one concept or one frequent word from filling the set: per concept and kind,
// at most `words` distinct near-miss words (lemmas in Russian), each in at most `per` sentences.
const caps = {sibling: {words: 30, per: 2}, substring: {words: 15, per: 1}, case: {words: 20, per: 10}, partial: {words: 20, per: 2}}
const out = {ru: [], en: []}
for (const lang of ['ru', 'en']) {
  for (const concept of concepts) {
    const terms = concept.terms.filter((t) => t.lang === lang)
    if (!terms.length) continue
    const termWords = [...new Set(terms.flatMap((t) => (t.text.match(wordRe) ?? []).map(fold)))]
    // Substrings only of one-word terms (МИД in мидии, US in bus): words of a phrase
    // (of, по, the) say nothing on their own.
    const wholeWords = terms.map((t) => t.text).filter((t) => (t.match(wordRe) ?? []).join('') === t.replace(/[-\s]/g, '')).filter((t) => !/\s/.test(t)).map(fold)
    // Where the case carries the meaning: a capitalised name or acronym (US, Белый дом).
    // A title or an institution is lowercased in running text and stays itself (the foreign
    // minister), so a phrase counts only when the glossary marks it case-sensitive.
    const capitalised = terms.filter((t) => /^\p{Lu}/u.test(t.text) && (/\s/.test(t.text) ? t.caseSensitive === true : t.text.length <= 4))
    // One word of a common-noun phrase term on its own (иностранных инвестиций is not
    // «прямые иностранные инвестиции»); names match by surname alone by design.
    const phrase = terms.every((t) => /^\p{Ll}/u.test(t.text))
    const singles = terms.filter((t) => !/\s/.test(t.text)).map((t) => fold(t.text))
    const contentWords = phrase ? termWords.filter((w) => w.length >= 4 && !singles.some((x) => sameLexeme(lang, w, x))) : []
    const taken = new Map()
    const take = (kind, key) => {
      const k = `${kind}\u0000${key}`
      const n = taken.get(k) ?? 0
      const words = [...taken.keys()].filter((x) => x.startsWith(`${kind}\u0000`)).length
      if (n >= caps[kind].per || (n === 0 && words >= caps[kind].words)) return false
      taken.set(k, n + 1)
      return true
    }
    for (const {text, source} of sentences[lang]) {
      // Sentences that hold the term itself, in any form (цепочек поставок), are no negatives.
      if (terms.some((t) => text.includes(t.text)) || holdsTerm(lang, text, terms)) continue
      const folded = fold(text)
      for (const t of capitalised) {
        const at = folded.indexOf(fold(t.text))
        if (at < 0 || !/\s/.test(t.text)) continue
        const surface = text.slice(at, at + t.text.length)
        const before = at === 0 ? ' ' : text[at - 1]
        const after = text[at + t.text.length] ?? ' '
        if (/[\p{L}\p{N}]/u.test(before + after) || surface[0] === t.text[0]) continue
        if (take('case', surface.toLowerCase())) out[lang].push({conceptId: concept.id, kind: 'case', word: surface, start: at, text, source})
      }
      for (const m of text.matchAll(wordRe)) {
        const raw = m[0]
        const word = fold(raw)
        let kind
        if (termWords.includes(word)) {
          const t = capitalised.find((x) => fold(x.text) === word)
          if (t && raw !== t.text && raw !== raw.toUpperCase()) kind = 'case'
          else if (contentWords.includes(word)) kind = 'partial'
        } else if (contentWords.some((tw) => sameLexeme(lang, word, tw))) {
          kind = 'partial'
        } else if (word.split(/[-'’]/).some((part) => termWords.includes(part))) {
          continue // US-China, МИД-овский: the term is a part of its own
        } else if (wholeWords.some((tw) => tw.length >= 2 && word.includes(tw))) {
          if (!termWords.some((tw) => sameLexeme(lang, word, tw))) kind = 'substring'
        } else if (word.length >= 4) {
          const sibling = termWords.find((tw) => tw.length >= 4 && word.slice(0, stemLength) === tw.slice(0, stemLength))
          if (sibling && !termWords.some((tw) => sameLexeme(lang, word, tw))) kind = 'sibling'
        }
        if (!kind) continue
        const key = lang === 'ru' && (kind === 'sibling' || kind === 'partial') ? ([...lemmas(word)].sort()[0] ?? word) : word
        if (take(kind, key)) out[lang].push({conceptId: concept.id, kind, word: raw, start: m.index, text, source})
      }
    }
  }
}

const fixture = {
  about:
    'Near-miss negatives for the term benchmark (scripts/bench/terms.mjs), built by scripts/bench/terms-near-misses-build.mjs from real sentences of TICO-19 (CC0 1.0), Tatoeba (CC BY 2.0 FR), NTREX-128 and FLORES-200 (CC BY-SA 4.0); this file is under CC BY-SA 4.0. Each row: a word of `text` at `start` that is a near miss (`kind`: sibling, partial, substring or case) of concept `conceptId` in glossary/termbase.csv plus the extraConcepts of phenomena.json; that concept must not be found over the word.',
  ru: out.ru,
  en: out.en
}
writeFileSync(path.join(repoRoot, 'packages/glossary/src/fixtures/near-misses.json'), `${JSON.stringify(fixture, null, 1)}\n`)
for (const lang of ['ru', 'en']) {
  const kinds = {}
  for (const r of out[lang]) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1
  console.log(`${lang}: ${out[lang].length} near misses`, kinds)
}
