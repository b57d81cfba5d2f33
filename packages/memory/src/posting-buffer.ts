import type {PostingColumns, WriteTx} from './backend.js'
import {lengthClass, maxStoredLength} from './posting-blocks.js'

/**
 * Postings of a bulk add, kept per term and written at the end sorted by
 * (term, length class, entry), the order of the block table's key, so each
 * block is written once and whole.
 */
export class PostingBuffer {
  // class · 2^38 + entry · 2^8 + length stays below 2^53: a term's postings sort as plain numbers.
  readonly #byTerm = new Map<number, number[]>()
  // Target postings of buffered entries taken back before the flush (a target replaced later in the
  // same add), by term: skipped when written, so a replacement never forces a flush of small blocks.
  readonly #removed = new Map<number, Set<number>>()
  // The smallest entry id pushed since the last flush: entries from it on have their postings here.
  #from = Number.POSITIVE_INFINITY
  #lastLength = -1
  #lastClass = 0
  size = 0

  /** Whether this entry's postings wait here (it was added since the last flush). */
  holds(entry: number): boolean {
    return entry >= this.#from
  }

  push(term: number, length: number, entry: number): void {
    if (length === 0 && this.#removed.get(term)?.delete(entry)) return
    if (entry < this.#from) this.#from = entry
    let list = this.#byTerm.get(term)
    if (!list) {
      list = []
      this.#byTerm.set(term, list)
    }
    // An entry's postings come together, all with its length: its class is computed once.
    if (length !== this.#lastLength) {
      this.#lastLength = length
      this.#lastClass = lengthClass(length)
    }
    list.push(this.#lastClass * 2 ** 38 + entry * 256 + Math.min(length, maxStoredLength))
    this.size++
  }

  /** Takes back a target posting (length 0) of an entry this buffer holds. */
  remove(term: number, entry: number): void {
    if (!this.holds(entry)) throw new Error(`entry ${entry} has no postings waiting in this buffer`)
    let removed = this.#removed.get(term)
    if (!removed) {
      removed = new Set()
      this.#removed.set(term, removed)
    }
    removed.add(entry)
  }

  /**
   * Writes the postings and adds each term's new source postings to `df`
   * (counted here, once per term, rather than once per posting by the caller).
   */
  async flush(tx: WriteTx, df: Map<number, number>): Promise<void> {
    if (this.size === 0) return
    const chunk = 200_000
    let columns = newColumns(chunk)
    let used = 0
    for (const term of [...this.#byTerm.keys()].sort((a, b) => a - b)) {
      const sorted = Float64Array.from(this.#byTerm.get(term)!).sort()
      const removed = this.#removed.get(term)
      let sources = 0
      for (const packed of sorted) {
        if (packed >= 2 ** 38) sources++
        // Target postings (class 0) sort first and are the only ones ever taken back.
        if (removed && packed < 2 ** 38 && removed.has(Math.floor(packed / 256))) continue
        columns.term[used] = term
        columns.length[used] = packed % 256
        columns.entry[used] = Math.floor(packed / 256) % 2 ** 30
        if (++used === chunk) {
          await tx.addPostings(columns)
          columns = newColumns(chunk)
          used = 0
        }
      }
      if (sources > 0) df.set(term, (df.get(term) ?? 0) + sources)
    }
    if (used > 0) await tx.addPostings({term: columns.term.subarray(0, used), length: columns.length.subarray(0, used), entry: columns.entry.subarray(0, used)})
    this.#byTerm.clear()
    this.#removed.clear()
    this.#from = Number.POSITIVE_INFINITY
    this.size = 0
  }
}

function newColumns(n: number): {term: Int32Array; length: Int32Array; entry: Int32Array} {
  return {term: new Int32Array(n), length: new Int32Array(n), entry: new Int32Array(n)}
}

export type {PostingColumns}
