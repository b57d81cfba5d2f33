import {explains, sourceShapes} from './check-unknown-names.js'
import {isEnglishWord} from './english-words.js'
import type {RawFinding} from './finding.js'
import type {TranslationPair} from './types.js'

const latinToken = /(?<![\p{L}\d_])\p{Script=Latin}[\p{L}\d_]*(?:[-.][\p{L}\d_]+)*/gu
// Capitalised inside a sentence (not after its start), five letters or more: short words have too many real neighbours.
const capitalized = /(?<=[\p{L}\d,;:)]\s+)\p{Lu}\p{Ll}{4,}(?![\p{L}\d_])/gu

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1
}

/** Damerau–Levenshtein distance, capped: names differ by a typo or not at all. */
function distance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) >= cap) return cap
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1)
      ;(d[i] as number[])[j] = v
    }
  }
  return Math.min(cap, d[a.length]?.[b.length] ?? cap)
}

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

/** Two spellings of one name, not two words: a typo apart, not an ending apart ("Russia", "Russian"), not accents. */
function typo(a: string, b: string): boolean {
  const x = fold(a)
  const y = fold(b)
  if (x === y || x.startsWith(y) || y.startsWith(x)) return false
  // Inflection and derivation change the end of a word; a typo sits anywhere.
  if (x.slice(0, -2) === y.slice(0, -2) && x.length > 5) return false
  return distance(x, y) === 1 || (Math.min(x.length, y.length) >= 8 && distance(x, y) === 2)
}

/**
 * Names spelled wrong in the translation: a Latin name the source writes
 * (PostgreSQL, pg_dump, Stratasys) must come through verbatim, and a
 * capitalised word of the translation a typo away from another one that the
 * translation uses more often is most likely that name misspelt.
 */
export function checkNames(pairs: readonly TranslationPair[], report: (pair: number, f: RawFinding) => void, english = false): void {
  const counts = new Map<string, number>()
  pairs.forEach((p) => {
    for (const m of p.target.matchAll(capitalized)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1)
  })
  const words = [...counts.keys()]
  pairs.forEach((pair, index) => {
    const seen = new Set<number>()
    const sourceLatin = new Set([...pair.source.matchAll(latinToken)].map((m) => m[0]).filter((w) => w.length >= 4))
    for (const m of pair.target.matchAll(latinToken)) {
      const w = m[0]
      if (w.length < 4 || sourceLatin.has(w)) continue
      // Case counts in a name kept in Latin: "PostgresQL" is not "PostgreSQL" (the first letter follows the sentence).
      const meant = [...sourceLatin].find((s) => (typo(s, w) || (s.slice(1) !== w.slice(1) && fold(s) === fold(w))) && occurrences(pair.target, s) < occurrences(pair.source, s))
      if (!meant) continue
      const start = m.index ?? 0
      seen.add(start)
      report(index, {ruleId: 'name-mismatch', messageId: 'nameChanged', severity: 'error', side: 'target', start, end: start + w.length, data: {actual: w, expected: meant}, actual: w, expected: [meant]})
    }
    let shapes: ReturnType<typeof sourceShapes> | undefined
    for (const m of pair.target.matchAll(capitalized)) {
      const w = m[0]
      const start = m.index ?? 0
      // A dictionary word is no misspelling of its neighbour (Northern, Southern), nor its plural ("the two Koreas"
      // beside "Koreans"); English targets only, the dictionary is en-US.
      if (seen.has(start) || pair.source.includes(w) || (english && (isEnglishWord(w) || isEnglishWord(w.replace(/(?<=\p{L}{3})s$/u, ''))))) continue
      const mine = counts.get(w) ?? 0
      // Two spellings once each: either may be the slip, so both are shown.
      const meant = mine === 1 ? words.find((o) => o !== w && (counts.get(o) ?? 0) >= mine && typo(o, w)) : undefined
      if (!meant) continue
      // «Форд Киран» ↔ "Ford Kieran" beside a "Kiernan" elsewhere: the source's own name, transliterated, is no slip
      // of the other spelling, unless the source explains that one as well (a vowel swapped keeps the shape).
      if (english) {
        shapes ??= sourceShapes(pair.source)
        if (explains(shapes, w, 'no-silent-e') && !explains(shapes, meant, 'no-silent-e')) continue
      }
      report(index, {ruleId: 'name-mismatch', messageId: 'nameInconsistent', severity: 'warning', side: 'target', start, end: start + w.length, data: {actual: w, expected: meant}, actual: w, expected: [meant]})
    }
  })
}
