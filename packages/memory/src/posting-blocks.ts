import type {Posting, PostingColumns} from './backend.js'

/**
 * Postings are stored in blocks: one row per (term, source length) and run
 * of up to `blockSize` entry ids, the ids a blob of 32-bit big-endian
 * integers (PostgreSQL's `int4send` order) keyed by the block's last id.
 * A bulk import writes a row per block instead of one per posting, and a
 * lookup reads a term's list in a few rows.
 */
export const blockSize = 1024

export interface StoredBlock {
  last: number
  ids: Int32Array
}

/** The rows of one database a block operation needs. */
export interface BlockStore {
  /** The block of (term, length) with the smallest last id ≥ entry. */
  covering(term: number, length: number, entry: number): Promise<StoredBlock | undefined>
  /** The block of (term, length) with the largest last id. */
  tail(term: number, length: number): Promise<StoredBlock | undefined>
  insertBlocks(blocks: ReadonlyArray<{term: number; length: number; ids: Int32Array}>): Promise<void>
  deleteBlock(term: number, length: number, last: number): Promise<void>
}

export function encodeIds(ids: Int32Array): Buffer {
  const out = Buffer.allocUnsafe(ids.length * 4)
  for (let i = 0; i < ids.length; i++) out.writeInt32BE(ids[i]!, i * 4)
  return out
}

export function decodeIds(blob: Uint8Array): Int32Array {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength)
  const ids = new Int32Array(blob.byteLength >>> 2)
  for (let i = 0; i < ids.length; i++) ids[i] = view.getInt32(i * 4)
  return ids
}

/**
 * Writes postings sorted by (term, length, entry) whose entries are newer
 * than every stored one (a bulk add's new entries): they only start blocks.
 */
export async function appendPostings(store: BlockStore, {term, length, entry}: PostingColumns): Promise<void> {
  let pending: Array<{term: number; length: number; ids: Int32Array}> = []
  let start = 0
  for (let i = 1; i <= term.length; i++) {
    if (i < term.length && term[i] === term[start] && length[i] === length[start] && i - start < blockSize) continue
    pending.push({term: term[start]!, length: length[start]!, ids: entry.slice(start, i)})
    start = i
    if (pending.length >= 4096) {
      await store.insertBlocks(pending)
      pending = []
    }
  }
  if (pending.length > 0) await store.insertBlocks(pending)
}

/** Adds postings of any entries (an old entry's new target): each goes into the block that covers its id. */
export async function insertPostings(store: BlockStore, postings: readonly Posting[]): Promise<void> {
  for (const [term, length, entry] of postings) {
    const covering = await store.covering(term, length, entry)
    if (covering) {
      if (covering.ids.includes(entry)) continue
      const ids = Int32Array.from([...covering.ids, entry]).sort()
      await store.deleteBlock(term, length, covering.last)
      await store.insertBlocks(splitBlocks(term, length, ids))
      continue
    }
    const tail = await store.tail(term, length)
    if (tail && tail.ids.length < blockSize) {
      await store.deleteBlock(term, length, tail.last)
      await store.insertBlocks([{term, length, ids: Int32Array.from([...tail.ids, entry])}])
    } else await store.insertBlocks([{term, length, ids: Int32Array.of(entry)}])
  }
}

/** Removes these postings; a block keyed by a removed last id is written again under its new last. */
export async function removePostings(store: BlockStore, postings: readonly Posting[]): Promise<void> {
  for (const [term, length, entry] of postings) {
    const covering = await store.covering(term, length, entry)
    if (!covering || !covering.ids.includes(entry)) continue
    await store.deleteBlock(term, length, covering.last)
    const ids = covering.ids.filter((id) => id !== entry)
    if (ids.length > 0) await store.insertBlocks([{term, length, ids}])
  }
}

function splitBlocks(term: number, length: number, ids: Int32Array): Array<{term: number; length: number; ids: Int32Array}> {
  const out = []
  for (let i = 0; i < ids.length; i += blockSize) out.push({term, length, ids: ids.slice(i, i + blockSize)})
  return out
}
