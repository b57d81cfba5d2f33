import type {Posting, PostingColumns} from './backend.js'

/**
 * Postings are stored in blocks: one row per (term, length class) and run
 * of up to `blockSize` entry ids, keyed by the block's last id. The blob
 * holds the ids as 32-bit big-endian integers (PostgreSQL's `int4send`
 * order), then each entry's source length as one byte (capped at 255), so a
 * lookup reads a term's list in a few rows and keeps the lengths it wants.
 * A bulk import writes a row per block instead of one per posting.
 */
export const blockSize = 1024
export const maxStoredLength = 255

// Upper bounds of the length classes: class 0 is the target side (length 0), then source
// lengths grow by about a quarter per class, so a lookup's length range reads few lengths
// it does not want while a rare term still fills few rows.
const classTops = [0, 1, 2, 3, 4, 5, 7, 9, 11, 14, 17, 21, 26, 32, 40, 50]

/** The length class of a source length (0 for target-side postings). */
export function lengthClass(length: number): number {
  for (let c = 0; c < classTops.length; c++) if (length <= classTops[c]!) return c
  return classTops.length
}

/** The same classes as SQL, for a migration. */
export const lengthClassSql = (column: string) => `CASE ${classTops.map((top, c) => `WHEN ${column} <= ${top} THEN ${c}`).join(' ')} ELSE ${classTops.length} END`

export interface Block {
  term: number
  bucket: number
  ids: Int32Array
  lengths: Uint8Array
}

export interface StoredBlock {
  last: number
  ids: Int32Array
  lengths: Uint8Array
}

/** The rows of one database a block operation needs. */
export interface BlockStore {
  /** The block of (term, class) with the smallest last id ≥ entry. */
  covering(term: number, bucket: number, entry: number): Promise<StoredBlock | undefined>
  /** The block of (term, class) with the largest last id. */
  tail(term: number, bucket: number): Promise<StoredBlock | undefined>
  /** The block with the largest last id of each (term, class), keyed by `groupKey`, for those that have room left. */
  tailsWithRoom(groups: ReadonlyArray<readonly [term: number, bucket: number]>): Promise<Map<number, StoredBlock>>
  insertBlocks(blocks: readonly Block[]): Promise<void>
  deleteBlock(term: number, bucket: number, last: number): Promise<void>
}

export function encodeBlock(ids: Int32Array, lengths: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(ids.length * 5)
  // The ids' bytes in one copy, then reversed in place to big-endian by one native call.
  out.set(new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength))
  if (littleEndian) out.subarray(0, ids.length * 4).swap32()
  out.set(lengths, ids.length * 4)
  return out
}

const littleEndian = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1

export function decodeBlock(blob: Uint8Array): {ids: Int32Array; lengths: Uint8Array} {
  const n = Math.floor(blob.byteLength / 5)
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength)
  const ids = new Int32Array(n)
  for (let i = 0; i < n; i++) ids[i] = view.getInt32(i * 4)
  return {ids, lengths: blob.subarray(n * 4, n * 5)}
}

/** Entry ids of stored blobs whose length is in [min, max]. */
export function idsInRange(blobs: readonly Uint8Array[], min: number, max: number): number[] {
  const out: number[] = []
  const low = Math.min(min, maxStoredLength)
  const high = Math.min(max, maxStoredLength)
  for (const blob of blobs) {
    const {ids, lengths} = decodeBlock(blob)
    for (let i = 0; i < ids.length; i++) if (lengths[i]! >= low && lengths[i]! <= high) out.push(ids[i]!)
  }
  return out
}

/** The key of a (term, length class) pair in maps of tails. */
export function groupKey(term: number, bucket: number): number {
  return term * 32 + bucket
}

/**
 * Writes postings sorted by (term, length class, entry) whose entries are
 * newer than every stored one (an add's new entries). A list's last block
 * with room (left by a small add) takes the first of them, so many small
 * adds still leave few rows per list; the rest start full blocks.
 */
export async function appendPostings(store: BlockStore, {term, length, entry}: PostingColumns): Promise<void> {
  const runs: Array<{term: number; bucket: number; start: number; end: number}> = []
  let start = 0
  for (let i = 1; i <= term.length; i++) {
    if (i < term.length && term[i] === term[start] && lengthClass(length[i]!) === lengthClass(length[start]!)) continue
    runs.push({term: term[start]!, bucket: lengthClass(length[start]!), start, end: i})
    start = i
  }
  const tails = await store.tailsWithRoom(runs.map((run) => [run.term, run.bucket] as const))
  const lengthsOf = (from: number, to: number) => {
    const out = new Uint8Array(to - from)
    for (let k = from; k < to; k++) out[k - from] = Math.min(length[k]!, maxStoredLength)
    return out
  }
  let pending: Block[] = []
  for (const run of runs) {
    let from = run.start
    const tail = tails.get(groupKey(run.term, run.bucket))
    if (tail && tail.ids.length < blockSize) {
      const take = Math.min(blockSize - tail.ids.length, run.end - from)
      const ids = new Int32Array(tail.ids.length + take)
      ids.set(tail.ids)
      ids.set(entry.subarray(from, from + take), tail.ids.length)
      const lengths = new Uint8Array(ids.length)
      lengths.set(tail.lengths)
      lengths.set(lengthsOf(from, from + take), tail.lengths.length)
      await store.deleteBlock(run.term, run.bucket, tail.last)
      pending.push({term: run.term, bucket: run.bucket, ids, lengths})
      from += take
    }
    for (; from < run.end; from += blockSize) {
      const to = Math.min(run.end, from + blockSize)
      pending.push({term: run.term, bucket: run.bucket, ids: entry.slice(from, to), lengths: lengthsOf(from, to)})
    }
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
    const bucket = lengthClass(length)
    const covering = await store.covering(term, bucket, entry)
    const block = covering ?? (await store.tail(term, bucket))
    if (block?.ids.includes(entry)) continue
    if (block && (covering || block.ids.length < blockSize)) {
      const pairs = [...block.ids].map((id, i) => [id, block.lengths[i]!] as const)
      pairs.push([entry, Math.min(length, maxStoredLength)])
      pairs.sort((a, b) => a[0] - b[0])
      await store.deleteBlock(term, bucket, block.last)
      const blocks: Block[] = []
      for (let k = 0; k < pairs.length; k += blockSize) {
        const part = pairs.slice(k, k + blockSize)
        blocks.push({term, bucket, ids: Int32Array.from(part, (p) => p[0]), lengths: Uint8Array.from(part, (p) => p[1])})
      }
      await store.insertBlocks(blocks)
    } else await store.insertBlocks([{term, bucket, ids: Int32Array.of(entry), lengths: Uint8Array.of(Math.min(length, maxStoredLength))}])
  }
}

/** Removes these postings; a block keyed by a removed last id is written again under its new last. */
export async function removePostings(store: BlockStore, postings: readonly Posting[]): Promise<void> {
  for (const [term, length, entry] of postings) {
    const bucket = lengthClass(length)
    const covering = await store.covering(term, bucket, entry)
    const at = covering ? covering.ids.indexOf(entry) : -1
    if (!covering || at < 0) continue
    await store.deleteBlock(term, bucket, covering.last)
    const keep = (_: number, i: number) => i !== at
    if (covering.ids.length > 1) await store.insertBlocks([{term, bucket, ids: covering.ids.filter(keep), lengths: covering.lengths.filter(keep)}])
  }
}
