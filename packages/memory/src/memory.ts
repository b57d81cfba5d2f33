import {type Analysis, analyze, analyzeStored, indexKey, lengthBounds} from './analyze.js'
import {CandidateCounts} from './candidate-counts.js'
import {firstTerms, type QueryTerm, searchCandidates} from './candidate-search.js'
import {type Backend, MemoryError, type Posting, type Row} from './backend.js'
import {addEntries, type AddResult, entryPostingKeys} from './add-entries.js'
import {concordance} from './concordance.js'
import {defaultLemmatizer} from './english-lemma.js'
import {rowToEntry} from './entry-row.js'
import {contradictionPenalty, describeContradictions, explain} from './explain.js'
import {type KeyTable, loadKeyTable, scanKeyTable} from './exhaustive.js'
import {upperScore} from './key-distance.js'
import {repairNumbers} from './repair-numbers.js'
import {similarity} from './similarity.js'
import type {ConcordanceHit, Entry, EntryInput, Lemmatizer, Match, MemoryStats, PruneOptions, SearchOptions} from './types.js'

/** A translation memory over SQLite or PostgreSQL; every method behaves the same on both. */
// What a round trip to a database server costs, in postings read (candidate-search.ts): about the time to read and count 50k on a loaded machine.
const serverRoundTripInPostings = 50_000

export class TranslationMemory {
  readonly #backend: Backend
  readonly #lemmatizer: Lemmatizer
  readonly #analyses = new Map<string, Analysis>()
  // Counting arrays of finished searches, reused: a search holds one across awaits, so concurrent searches each take their own.
  readonly #idleCounts: CandidateCounts[] = []

  constructor(backend: Backend, lemmatizer: Lemmatizer) {
    this.#backend = backend
    this.#lemmatizer = lemmatizer
  }

  /** Checks (or records, for a new memory) which lemmatizer built the index. */
  static async attach(backend: Backend, lemmatizer: Lemmatizer = defaultLemmatizer): Promise<TranslationMemory> {
    const recorded = await backend.getMeta('lemmatizer')
    if (recorded === undefined) await backend.setMeta('lemmatizer', lemmatizer.id)
    else if (recorded !== lemmatizer.id) {
      await backend.close()
      throw new MemoryError(`this memory was indexed with lemmatizer "${recorded}", not "${lemmatizer.id}"; open it with the same one`, 'lemmatizer-mismatch')
    }
    return new TranslationMemory(backend, lemmatizer)
  }

  get backend(): 'sqlite' | 'postgres' {
    return this.#backend.kind
  }

  analyze(text: string, lang: string): Analysis {
    const key = `${lang}\u0000${text}`
    let hit = this.#analyses.get(key)
    if (!hit) {
      hit = analyze(text, lang, this.#lemmatizer)
      if (this.#analyses.size > 50_000) this.#analyses.clear()
      this.#analyses.set(key, hit)
    }
    return hit
  }

  /** Adds entries in one transaction: all of them land or none. */
  add(entries: Iterable<EntryInput>): Promise<AddResult> {
    return this.#backend.transaction((tx) => addEntries(tx, entries, this.#lemmatizer))
  }

  /** The best fuzzy matches of `text`, found through the token index. */
  async search(text: string, options: SearchOptions): Promise<Match[]> {
    const query = analyze(text, options.sourceLang, this.#lemmatizer)
    const minScore = options.minScore ?? 75
    const maxMatches = options.maxMatches ?? 3
    if (query.words.length === 0) return []
    const weights = new Map<string, number>()
    for (const key of query.keys) {
      const k = indexKey(options.sourceLang, key)
      weights.set(k, (weights.get(k) ?? 0) + 1)
    }
    const range = lengthBounds(query.words.length, minScore)
    // A server finds the terms and reads the first lists in one round trip.
    const started = await this.#backend.startSearch?.({
      keys: [...weights.keys()],
      weights: [...weights.values()],
      length: query.words.length,
      minScore,
      min: range.min,
      max: range.max
    })
    const found = started?.terms ?? (await this.#backend.terms([...weights.keys()]))
    const terms: QueryTerm[] = []
    for (const [key, weight] of weights) {
      const term = found.get(key)
      if (term && term.df > 0) terms.push({id: term.id, df: term.df, weight})
    }
    terms.sort((a, b) => a.df - b.df || a.id - b.id)
    // The lists the server read are the ones the search reads first (the same arithmetic); if they ever differ, they are read again.
    const first = terms.slice(0, firstTerms(terms, query.words.length, minScore))
    const prefetched = started && started.blobs.size === first.length && first.every((term) => started.blobs.has(term.id)) ? started.blobs : undefined
    const matches: Match[] = []
    const threshold = () => Math.max(minScore, matches.length >= maxMatches ? matches[maxMatches - 1]!.score : minScore)
    const counts = this.#idleCounts.pop() ?? new CandidateCounts()
    await searchCandidates({
      counts,
      queryLength: query.words.length,
      terms,
      minScore,
      // Blocks read for a wider length range serve a narrower one: counting filters each posting's length.
      read: async (terms, min, max) => (prefetched && terms.every((term) => prefetched.has(term)) ? prefetched : this.#backend.postingBlobs(terms, min, max)),
      roundTripInPostings: this.#backend.kind === 'postgres' ? serverRoundTripInPostings : 0,
      verify: async (ids) => {
        // On a server a round trip costs more than whole rows: fetch them at once instead of keys, then rows.
        const prefetched = this.#backend.kind === 'postgres' ? new Map((await this.#backend.rows(ids)).map((row) => [row.id, row])) : undefined
        const keyed = prefetched ? [...prefetched.values()] : await this.#backend.keys(ids)
        const ranked = keyed
          .filter((row) => row.sourceLang === options.sourceLang && row.targetLang === options.targetLang)
          .map((row) => ({id: row.id, upper: upperScore(query.keys, row.keys === '' ? [] : row.keys.split(' '))}))
          .filter((row) => row.upper >= threshold())
          .sort((a, b) => b.upper - a.upper || a.id - b.id)
        await this.#collect(query, ranked, options, matches, prefetched)
        return threshold()
      }
    }).finally(() => this.#idleCounts.push(counts))
    return matches.slice(0, maxMatches)
  }

  /** Every entry's keys in memory, for `exhaustiveSearch` over many queries. */
  loadKeyTable(): Promise<KeyTable> {
    return loadKeyTable(this.#backend)
  }

  /** The same search by scoring every entry: the reference the index is measured against. */
  async exhaustiveSearch(text: string, options: SearchOptions, table?: KeyTable): Promise<Match[]> {
    const query = analyze(text, options.sourceLang, this.#lemmatizer)
    const minScore = options.minScore ?? 75
    if (table) {
      const ranked = scanKeyTable(table, query.keys, `${options.sourceLang}\t${options.targetLang}`, minScore)
      ranked.sort((a, b) => b.upper - a.upper || a.id - b.id)
      return this.#score(query, ranked, options)
    }
    const ranked: Array<{id: number; upper: number}> = []
    for await (const page of this.#backend.scan(5000)) {
      for (const row of page) {
        if (row.sourceLang !== options.sourceLang || row.targetLang !== options.targetLang) continue
        const upper = upperScore(query.keys, row.keys === '' ? [] : row.keys.split(' '))
        if (upper >= minScore) ranked.push({id: row.id, upper})
      }
    }
    ranked.sort((a, b) => b.upper - a.upper || a.id - b.id)
    return this.#score(query, ranked, options)
  }

  async #score(query: Analysis, ranked: Array<{id: number; upper: number}>, options: SearchOptions): Promise<Match[]> {
    const matches: Match[] = []
    await this.#collect(query, ranked, options, matches)
    return matches.slice(0, options.maxMatches ?? 3)
  }

  /** Scores ranked candidates (best upper bound first) into `matches`, kept sorted, until none can enter the top. */
  async #collect(query: Analysis, ranked: Array<{id: number; upper: number}>, options: SearchOptions, matches: Match[], prefetched?: Map<number, Row>): Promise<void> {
    const minScore = options.minScore ?? 75
    const maxMatches = options.maxMatches ?? 3
    // A candidate that cannot reach the k-th match found so far (ties can still enter) is not scored.
    const kth = () => (matches.length >= maxMatches ? matches[maxMatches - 1]!.score : minScore)
    for (let i = 0; i < ranked.length; i += 16) {
      const floor = kth()
      if (ranked[i]!.upper < floor) break
      const ids = ranked
        .slice(i, i + 16)
        .filter((r) => r.upper >= floor)
        .map((r) => r.id)
      const rows = prefetched ? ids.flatMap((id) => prefetched.get(id) ?? []) : await this.#backend.rows(ids)
      for (const row of rows) {
        const scored = this.#match(query, row, options, kth())
        if (scored && scored.similarity >= minScore) {
          matches.push(scored.match)
          matches.sort(byQuality)
        }
      }
    }
  }

  /** The match of a row, or undefined when its text similarity is below `floor` (its score can only be lower). */
  #match(query: Analysis, row: Row, options: SearchOptions, floor = 0): {match: Match; similarity: number} | undefined {
    const memory = analyzeStored(row.source, row.keys, row.sourceLang, this.#lemmatizer)
    const sim = similarity(query, memory)
    if (sim.score < floor) return undefined
    const entry = rowToEntry(row)
    const repair = repairNumbers(query, memory, row.target, row.targetLang, sim.aligned)
    const repaired = repair !== undefined && repair.changed > 0
    // A changed number that cannot be put into the target costs a little more: the translator must fix it.
    const score = repair === undefined ? Math.max(0, sim.score - 5) : sim.score
    const target = repair?.text ?? row.target
    const contradictions = options.contradictions?.(target, row.targetLang) ?? []
    let explanation = explain(sim.differences, repaired, repair === undefined)
    if (contradictions.length > 0) explanation = explanation === 'same text' ? describeContradictions(contradictions) : `${explanation}; ${describeContradictions(contradictions)}`
    return {
      match: {entry, score: Math.max(0, score - contradictionPenalty(contradictions)), target, repaired, differences: sim.differences, explanation, contradictions},
      similarity: score
    }
  }

  /** Entries holding every word of `words` in any inflected form, on either side. */
  concordance(words: string, options: {lang?: string; limit?: number} = {}): Promise<ConcordanceHit[]> {
    return concordance(this.#backend, this, words, options)
  }

  async *entries(): AsyncGenerator<Entry> {
    for await (const page of this.#backend.scan(2000)) for (const row of page) yield rowToEntry(row)
  }

  async stats(): Promise<MemoryStats> {
    const counts = await this.#backend.counts()
    let alternatives = 0
    for await (const entry of this.entries()) alternatives += entry.alternatives.length
    return {...counts, alternatives, schemaVersion: this.#backend.schemaVersion, backend: this.#backend.kind}
  }

  /** Removes entries by verdict or age; `alternatives` drops the kept older targets. */
  async prune(options: PruneOptions): Promise<{removed: number; alternatives: number}> {
    const removed = await this.#backend.transaction(async (tx) => {
      const rows = await tx.pruneRows(options)
      if (rows.length === 0) return 0
      const keys = rows.map((row) => entryPostingKeys(row, this.#lemmatizer))
      const ids = await tx.termIds([...new Set(keys.flatMap((k) => [...k.source, ...k.target]))])
      const postings: Posting[] = []
      const df = new Map<number, number>()
      rows.forEach((row, i) => {
        const k = keys[i]!
        for (const key of k.source) {
          const term = ids.get(key)!
          postings.push([term, Math.min(k.length, 1023), row.id])
          df.set(term, (df.get(term) ?? 0) - 1)
        }
        for (const key of k.target) postings.push([ids.get(key)!, 0, row.id])
      })
      await tx.deletePostings(postings)
      await tx.addFrequencies(df)
      await tx.deleteEntries(rows.map((row) => row.id))
      return rows.length
    })
    let alternatives = 0
    if (options.alternatives) {
      const ids: number[] = []
      for await (const entry of this.entries()) if (entry.alternatives.length > 0) ids.push(entry.id)
      alternatives = await this.#backend.transaction(async (tx) => {
        let n = 0
        const rows = await this.#backend.rows(ids)
        for (const row of rows) {
          const meta = JSON.parse(row.meta) as {alternatives?: unknown[]}
          n += meta.alternatives?.length ?? 0
          delete meta.alternatives
          row.meta = JSON.stringify(meta)
        }
        await tx.update(rows)
        return n
      })
    }
    return {removed, alternatives}
  }

  close(): Promise<void> {
    return this.#backend.close()
  }
}

function byQuality(a: Match, b: Match): number {
  return b.score - a.score || (b.entry.changed > a.entry.changed ? 1 : b.entry.changed < a.entry.changed ? -1 : a.entry.id - b.entry.id)
}

export type {AddResult, Posting}
