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
  size = 0

  push(term: number, length: number, entry: number): void {
    let list = this.#byTerm.get(term)
    if (!list) {
      list = []
      this.#byTerm.set(term, list)
    }
    list.push(lengthClass(length) * 2 ** 38 + entry * 256 + Math.min(length, maxStoredLength))
    this.size++
  }

  async flush(tx: WriteTx): Promise<void> {
    if (this.size === 0) return
    const chunk = 200_000
    let columns = newColumns(chunk)
    let used = 0
    for (const term of [...this.#byTerm.keys()].sort((a, b) => a - b)) {
      const sorted = Float64Array.from(this.#byTerm.get(term)!).sort()
      for (const packed of sorted) {
        columns.term[used] = term
        columns.length[used] = packed % 256
        columns.entry[used] = Math.floor(packed / 256) % 2 ** 30
        if (++used === chunk) {
          await tx.addPostings(columns)
          columns = newColumns(chunk)
          used = 0
        }
      }
    }
    if (used > 0) await tx.addPostings({term: columns.term.subarray(0, used), length: columns.length.subarray(0, used), entry: columns.entry.subarray(0, used)})
    this.#byTerm.clear()
    this.size = 0
  }
}

function newColumns(n: number): {term: Int32Array; length: Int32Array; entry: Int32Array} {
  return {term: new Int32Array(n), length: new Int32Array(n), entry: new Int32Array(n)}
}

export type {PostingColumns}
