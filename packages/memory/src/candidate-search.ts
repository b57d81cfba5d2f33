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
}

// What checking one candidate (fetching its keys, one key edit distance) costs in postings read:
// a posting list is read only when the candidates it may rule out cost more to check than the list to read.
const verifyCostInPostings = 200
const batch = 16

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
  let next = 0
  let range = lengthBounds(n, threshold)
  try {
    // The lists every match must be met in, known from the frequencies alone: read in one round trip.
    const first: QueryTerm[] = []
    while (next < terms.length && commonBound(unread, n, n) >= threshold) {
      const term = terms[next++]!
      first.push(term)
      unread -= term.weight
    }
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
          counts.add((await search.read([term.id], range.min, range.max)).get(term.id) ?? [], term.weight, range.min, range.max, false)
          unread -= term.weight
          next++
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
    }
  } finally {
    counts.clear()
  }
}
