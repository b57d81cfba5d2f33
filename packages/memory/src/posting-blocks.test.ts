import {describe, expect, it} from 'vitest'
import {appendPostings, type Block, type BlockStore, blockSize, decodeBlock, encodeBlock, groupKey, idsInRange, insertPostings, removePostings, type StoredBlock} from './posting-blocks.js'

/** The block table as a sorted list, as both databases keep it (key: term, class, last). */
function memoryStore(): BlockStore & {rows: Array<{term: number; bucket: number; last: number; blob: Buffer}>} {
  const rows: Array<{term: number; bucket: number; last: number; blob: Buffer}> = []
  const of = (term: number, bucket: number) => rows.filter((r) => r.term === term && r.bucket === bucket).sort((a, b) => a.last - b.last)
  const stored = (r: (typeof rows)[number] | undefined) => (r ? {last: r.last, ...decodeBlock(r.blob)} : undefined)
  return {
    rows,
    async covering(term, bucket, entry) {
      return stored(of(term, bucket).find((r) => r.last >= entry))
    },
    async tail(term, bucket) {
      return stored(of(term, bucket).at(-1))
    },
    async tailsWithRoom(groups) {
      const found = new Map<number, StoredBlock>()
      for (const [term, bucket] of groups) {
        const tail = stored(of(term, bucket).at(-1))
        if (tail && tail.ids.length < blockSize) found.set(groupKey(term, bucket), tail)
      }
      return found
    },
    async insertBlocks(blocks: readonly Block[]) {
      for (const b of blocks) {
        const last = b.ids[b.ids.length - 1]!
        if (rows.some((r) => r.term === b.term && r.bucket === b.bucket && r.last === last)) throw new Error('duplicate block key')
        rows.push({term: b.term, bucket: b.bucket, last, blob: encodeBlock(b.ids, b.lengths)})
      }
    },
    async deleteBlock(term, bucket, last) {
      rows.splice(rows.findIndex((r) => r.term === term && r.bucket === bucket && r.last === last), 1)
    }
  }
}

const all = (store: ReturnType<typeof memoryStore>, term: number, min: number, max: number) =>
  idsInRange(store.rows.filter((r) => r.term === term).map((r) => r.blob), min, max).sort((a, b) => a - b)

describe('posting blocks', () => {
  it('cuts a long list into blocks and keeps each entry with its length', async () => {
    const store = memoryStore()
    const n = blockSize * 2 + 10
    const term = Int32Array.from({length: n}, () => 7)
    // 6 and 7 share a length class: one run of blocks, each posting keeping its own length.
    const length = Int32Array.from({length: n}, (_, i) => (i % 2 === 0 ? 6 : 7))
    const entry = Int32Array.from({length: n}, (_, i) => i + 1)
    await appendPostings(store, {term, length, entry})
    expect(store.rows).toHaveLength(3)
    expect(all(store, 7, 6, 6)).toEqual([...entry].filter((_, i) => i % 2 === 0))
    expect(all(store, 7, 4, 7)).toHaveLength(n)
    expect(all(store, 7, 8, 15)).toEqual([])
  })

  it('fills the last block a small add left before starting new ones', async () => {
    const store = memoryStore()
    // Forty adds of 40 new entries each, as many small `tm add` runs write them.
    for (let add = 0; add < 40; add++) {
      const entry = Int32Array.from({length: 40}, (_, i) => add * 40 + i + 1)
      await appendPostings(store, {term: new Int32Array(40).fill(5), length: new Int32Array(40).fill(12), entry})
    }
    expect(store.rows.map((r) => decodeBlock(r.blob).ids.length).sort((a, b) => b - a)).toEqual([blockSize, 1600 - blockSize])
    expect(all(store, 5, 12, 12)).toEqual(Array.from({length: 1600}, (_, i) => i + 1))
  })

  it('inserts an old entry into the block covering its id, splitting a full one, and ignores a posting it holds', async () => {
    const store = memoryStore()
    const entry = Int32Array.from({length: blockSize}, (_, i) => 2 * (i + 1))
    await appendPostings(store, {term: new Int32Array(blockSize).fill(3), length: new Int32Array(blockSize), entry})
    await insertPostings(store, [
      [3, 0, 5],
      [3, 0, 6],
      [3, 0, 4 * blockSize]
    ])
    expect(all(store, 3, 0, 0)).toEqual([...entry, 5, 4 * blockSize].sort((a, b) => a - b))
    // 5 overflows the full block: its first blockSize ids stay, 2·blockSize moves to a block
    // of its own, which then takes 4·blockSize as a tail with room.
    expect(store.rows.map((r) => [r.last, decodeBlock(r.blob).ids.length])).toEqual([
      [2 * blockSize - 2, blockSize],
      [4 * blockSize, 2]
    ])
  })

  it('removes postings and keys a block again by its new last id', async () => {
    const store = memoryStore()
    await appendPostings(store, {term: Int32Array.of(1, 1, 1), length: Int32Array.of(9, 9, 9), entry: Int32Array.of(10, 20, 30)})
    await removePostings(store, [
      [1, 9, 30],
      [1, 9, 99]
    ])
    expect(store.rows.map((r) => r.last)).toEqual([20])
    await insertPostings(store, [[1, 9, 25]])
    expect(all(store, 1, 9, 9)).toEqual([10, 20, 25])
    await removePostings(store, [
      [1, 9, 10],
      [1, 9, 20],
      [1, 9, 25]
    ])
    expect(store.rows).toEqual([])
  })
})
