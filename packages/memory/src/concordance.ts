import {indexKey} from './analyze.js'
import type {Backend} from './backend.js'
import {rowToEntry} from './entry-row.js'
import type {Analysis} from './analyze.js'
import type {ConcordanceHit} from './types.js'

interface Analyzer {
  analyze(text: string, lang: string): Analysis
}

/** Cyrillic letters mean Russian; anything else is looked up as English. */
export function guessLang(text: string): string {
  return /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en'
}

/**
 * Entries whose source or target holds every word of `words` in any form
 * (the index keys are lemmas), with the words' ranges in that side. The
 * rarest word's postings are read first and the others filter them.
 */
export async function concordance(
  backend: Backend,
  analyzer: Analyzer,
  words: string,
  options: {lang?: string; limit?: number}
): Promise<ConcordanceHit[]> {
  const lang = options.lang ?? guessLang(words)
  const limit = options.limit ?? 50
  const query = analyzer.analyze(words, lang)
  const wanted = [...new Set(query.words.flatMap((w, i) => (w.kind === 'word' ? [query.keys[i]!] : [])))]
  if (wanted.length === 0) return []
  const terms = await backend.terms(wanted.map((k) => indexKey(lang, k)))
  if (terms.size < wanted.length) return []
  const ordered = [...terms.values()].sort((a, b) => a.df - b.df)
  let candidates: Set<number> | undefined
  for (const term of ordered) {
    const found = new Set([...(await backend.postings(term.id, 1, 1_000_000)), ...(await backend.postings(term.id, 0, 0))])
    candidates = candidates ? new Set([...candidates].filter((id) => found.has(id))) : found
    if (candidates.size === 0) return []
  }
  const hits: ConcordanceHit[] = []
  const ids = [...candidates!].sort((a, b) => b - a)
  for (let i = 0; i < ids.length && hits.length < limit; i += 200) {
    for (const row of await backend.rows(ids.slice(i, i + 200))) {
      const side = row.sourceLang === lang ? 'source' : row.targetLang === lang ? 'target' : undefined
      if (!side) continue
      const text = side === 'source' ? row.source : row.target
      const analysis = analyzer.analyze(text, lang)
      const found: Array<[number, number]> = []
      analysis.words.forEach((w, k) => {
        if (wanted.includes(analysis.keys[k]!)) found.push([w.start, w.end])
      })
      const keys = new Set(analysis.keys)
      if (wanted.every((k) => keys.has(k))) hits.push({entry: rowToEntry(row), side, found})
      if (hits.length >= limit) break
    }
  }
  return hits
}
