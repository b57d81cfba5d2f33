import type {Backend} from './backend.js'

/**
 * Every entry's source keys as integers, loaded once, so a benchmark can
 * score a query against all entries (the reference for the index's recall)
 * without reading the database per query.
 */
export interface KeyTable {
  ids: Int32Array
  pairs: string[]
  pairOf: Int32Array
  offsets: Int32Array
  keys: Int32Array
  dictionary: Map<string, number>
}

export async function loadKeyTable(backend: Backend): Promise<KeyTable> {
  const dictionary = new Map<string, number>()
  const ids: number[] = []
  const pairs: string[] = []
  const pairIndex = new Map<string, number>()
  const pairOf: number[] = []
  const offsets: number[] = [0]
  let keys = new Int32Array(1 << 20)
  let used = 0
  for await (const page of backend.scan(10_000)) {
    for (const row of page) {
      ids.push(row.id)
      const pair = `${row.sourceLang}\t${row.targetLang}`
      let p = pairIndex.get(pair)
      if (p === undefined) {
        p = pairs.push(pair) - 1
        pairIndex.set(pair, p)
      }
      pairOf.push(p)
      for (const key of row.keys === '' ? [] : row.keys.split(' ')) {
        let k = dictionary.get(key)
        if (k === undefined) {
          k = dictionary.size
          dictionary.set(key, k)
        }
        if (used === keys.length) {
          const bigger = new Int32Array(keys.length * 2)
          bigger.set(keys)
          keys = bigger
        }
        keys[used++] = k
      }
      offsets.push(used)
    }
  }
  return {ids: Int32Array.from(ids), pairs, pairOf: Int32Array.from(pairOf), offsets: Int32Array.from(offsets), keys: keys.slice(0, used), dictionary}
}

/** Upper-bound scores (key edit distance) of every entry of a language pair, those ≥ minScore. */
export function scanKeyTable(table: KeyTable, queryKeys: readonly string[], pair: string, minScore: number): Array<{id: number; upper: number}> {
  const q = Int32Array.from(queryKeys.map((k) => table.dictionary.get(k) ?? -1))
  const p = table.pairs.indexOf(pair)
  const out: Array<{id: number; upper: number}> = []
  if (p < 0) return out
  const n = q.length
  let previous = new Int32Array(64)
  let current = new Int32Array(64)
  for (let e = 0; e < table.ids.length; e++) {
    if (table.pairOf[e] !== p) continue
    const start = table.offsets[e]!
    const m = table.offsets[e + 1]! - start
    const longest = Math.max(n, m, 1)
    // Lengths alone already rule most entries out.
    if (Math.floor((1 - Math.abs(n - m) / longest) * 100 + 1e-9) < minScore) continue
    if (previous.length < m + 1) {
      previous = new Int32Array(m + 1)
      current = new Int32Array(m + 1)
    }
    for (let j = 0; j <= m; j++) previous[j] = j
    for (let i = 1; i <= n; i++) {
      current[0] = i
      const key = q[i - 1]
      for (let j = 1; j <= m; j++) {
        const sub = previous[j - 1]! + (key === table.keys[start + j - 1] ? 0 : 1)
        const del = previous[j]! + 1
        const ins = current[j - 1]! + 1
        current[j] = Math.min(sub, del, ins)
      }
      const swap = previous
      previous = current
      current = swap
    }
    const upper = Math.floor((1 - previous[m]! / longest) * 100 + 1e-9)
    if (upper >= minScore) out.push({id: table.ids[e]!, upper})
  }
  return out
}
