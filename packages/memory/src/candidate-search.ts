import {lengthBounds} from './analyze.js'
import {type CandidateCounts, commonBound} from './candidate-counts.js'

/** A query key that has a term in the memory: its id, document frequency and how often the query holds it. */
export interface QueryTerm {
  id: number
  df: number
  weight: number
}

export interface CandidateSearch {
  counts: CandidateCounts
  /** Word tokens of the query. */
  queryLength: number
  /** Terms of the query's keys, rarest first; keys the memory lacks are in no entry and cost nothing. */
  terms: readonly QueryTerm[]
  minScore: number
  /** The blobs of the terms' posting blocks for source lengths in [min, max], in one round trip. */
  read(terms: number[], min: number, max: number): Promise<Map<number, Uint8Array[]>>
  /**
   * Scores these candidates (best bound first) and returns the score a
   * candidate must now reach to change the result (the k-th best so far, or
   * the minimum).
   */
  verify(ids: number[]): Promise<number>
  /**
   * What one more call of `read` or `verify` costs, in postings read (0 for
   * an embedded database). On a server, lists read anyway ride along with a
   * list that must be read, up to this many postings, and each batch of
   * candidates is twice the last (fewer calls for a query with many).
   */
  roundTripInPostings: number
}

/**
 * The rarest terms whose lists every match must be met in: read until the
 * weight of the terms left cannot let an entry lacking them all reach
 * `minScore`. `terms` is rarest first.
 */
export function firstTerms(terms: readonly QueryTerm[], queryLength: number, minScore: number): number {
  let unread = terms.reduce((sum, term) => sum + term.weight, 0)
  let next = 0
  while (next < terms.length && commonBound(unread, queryLength, queryLength) >= minScore) unread -= terms[next++]!.weight
  return next
}

// What checking one candidate (fetching its keys, one key edit distance) costs in postings read:
// a posting list is read only when the candidates it may rule out cost more to check than the list to read.
const verifyCostInPostings = 200
const firstBatch = 16
const maxBatch = 256

/**
 * Candidate retrieval with a bound on the best score each entry can reach
 * (a max-score/WAND scheme over rarest-first posting lists):
 *
 * 1. Lists are read rarest first until the weight of the keys not yet read
 *    cannot make an entry met in none of them reach `minScore`: every match
 *    is among the entries met.
 * 2. An entry's bound is `commonBound(shared weight read + weight unread)`.
 *    Candidates are checked best bound first; each check raises the score a
 *    candidate must reach, and a candidate whose bound falls below it is
 *    dropped unchecked.
 * 3. Between checks, the next (more common) list is read when the
 *    candidates it may rule out cost more to check than the list to read.
 *
 * Every step keeps the bounds, so the result is the exhaustive scan's.
 */
export async function searchCandidates(search: CandidateSearch): Promise<void> {
  const {counts, queryLength: n, terms, minScore} = search
  let unread = terms.reduce((sum, term) => sum + term.weight, 0)
  let threshold = minScore
  let next = firstTerms(terms, n, minScore)
  let range = lengthBounds(n, threshold)
  let batch = firstBatch
  try {
    // The lists every match must be met in, known from the frequencies alone: read in one round trip.
    const first = terms.slice(0, next)
    for (const term of first) unread -= term.weight
    const lists = await search.read(
      first.map((term) => term.id),
      range.min,
      range.max
    )
    for (const term of first) counts.add(lists.get(term.id) ?? [], term.weight, range.min, range.max, true)
    let alive = counts.touched.slice()
    let checked = false
    for (;;) {
      const bound = (id: number) => commonBound(counts.count(id) + unread, n, counts.length(id))
      const buckets: number[][] = []
      const kept: number[] = []
      for (const id of alive) {
        if (counts.isDone(id)) continue
        const b = bound(id)
        if (b < threshold) continue
        kept.push(id)
        const bucket = buckets[b]
        if (bucket) bucket.push(id)
        else buckets[b] = [id]
      }
      alive = kept
      if (alive.length === 0) return
      if (checked && next < terms.length) {
        const term = terms[next]!
        // Candidates that would fall below the threshold if the term is not in them.
        let droppable = 0
        for (const id of alive) if (commonBound(counts.count(id) + unread - term.weight, n, counts.length(id)) < threshold) droppable++
        if (droppable * verifyCostInPostings > term.df) {
          range = lengthBounds(n, threshold)
          // Reading more lists than needed only tightens bounds.
          const reading = [term]
          let extra = 0
          while (next + reading.length < terms.length && extra + terms[next + reading.length]!.df <= search.roundTripInPostings) {
            extra += terms[next + reading.length]!.df
            reading.push(terms[next + reading.length]!)
          }
          const lists = await search.read(
            reading.map((t) => t.id),
            range.min,
            range.max
          )
          for (const t of reading) {
            counts.add(lists.get(t.id) ?? [], t.weight, range.min, range.max, false)
            unread -= t.weight
          }
          next += reading.length
          continue
        }
      }
      const ids: number[] = []
      for (let b = buckets.length - 1; b >= threshold && ids.length < batch; b--) {
        for (const id of buckets[b] ?? []) {
          if (ids.length === batch) break
          ids.push(id)
          counts.markDone(id)
        }
      }
      threshold = Math.max(threshold, await search.verify(ids))
      checked = true
      if (search.roundTripInPostings > 0) batch = Math.min(maxBatch, batch * 2)
    }
  } finally {
    counts.clear()
  }
}
