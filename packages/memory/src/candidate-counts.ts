import {maxStoredLength} from './posting-blocks.js'

/**
 * The highest score an entry of `length` words can reach against a query of
 * `queryLength` words when at most `common` of the query's words occur in it.
 * The key edit distance is at least max(n, m) − common, so this bounds
 * `upperScore` (and so the full similarity) from above, in the same arithmetic.
 */
export function commonBound(common: number, queryLength: number, length: number): number {
  const longest = Math.max(queryLength, length, 1)
  const c = Math.min(common, queryLength, length)
  return Math.floor((1 - (longest - c) / longest) * 100 + 1e-9)
}

/**
 * Per-entry counts of the query weight found in the posting lists read so
 * far, in arrays indexed by entry id (a long list costs no map entries).
 * One instance serves one search at a time and is cleared after it.
 */
export class CandidateCounts {
  #counts = new Uint32Array(1 << 16)
  #lengths = new Uint8Array(1 << 16)
  #done = new Uint8Array(1 << 16)
  /** Entries met in the lists that may start candidates. */
  touched: number[] = []

  /** Counts the postings of blobs in [min, max]; only `open` lists may bring new entries. */
  add(blobs: readonly Uint8Array[], weight: number, min: number, max: number, open: boolean): number {
    const low = Math.min(min, maxStoredLength)
    const high = Math.min(max, maxStoredLength)
    let read = 0
    for (const blob of blobs) {
      const n = Math.floor(blob.byteLength / 5)
      const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength)
      const lengthsAt = n * 4
      read += n
      for (let i = 0; i < n; i++) {
        const length = blob[lengthsAt + i]!
        if (length < low || length > high) continue
        const id = view.getInt32(i * 4)
        if (open) {
          if (id >= this.#counts.length) this.#grow(id)
          if (this.#counts[id] === 0) {
            this.touched.push(id)
            this.#lengths[id] = length
          }
          this.#counts[id] = this.#counts[id]! + weight
        } else if (id < this.#counts.length && this.#counts[id] !== 0) this.#counts[id] = this.#counts[id]! + weight
      }
    }
    return read
  }

  count(id: number): number {
    return this.#counts[id]!
  }

  /** The stored source length (capped at 255, which only loosens a bound). */
  length(id: number): number {
    return this.#lengths[id]!
  }

  isDone(id: number): boolean {
    return this.#done[id] === 1
  }

  markDone(id: number): void {
    this.#done[id] = 1
  }

  clear(): void {
    for (const id of this.touched) {
      this.#counts[id] = 0
      this.#done[id] = 0
    }
    this.touched = []
  }

  #grow(id: number): void {
    const size = Math.max(id + 1, this.#counts.length * 2)
    const counts = new Uint32Array(size)
    counts.set(this.#counts)
    this.#counts = counts
    const lengths = new Uint8Array(size)
    lengths.set(this.#lengths)
    this.#lengths = lengths
    const done = new Uint8Array(size)
    done.set(this.#done)
    this.#done = done
  }
}
