import {analyze, indexKey} from './analyze.js'
import type {Posting, Row, WriteTx} from './backend.js'
import {entryMeta, mergeEntry, rowToEntry, sourceKey} from './entry-row.js'
import type {Entry, EntryInput, Lemmatizer} from './types.js'

export interface AddResult {
  /** New entries. */
  added: number
  /** Entries merged into one with the same source (same or replaced target). */
  merged: number
  /** Inputs with an empty source or target, not stored (by index in the input). */
  skipped: number[]
}

const batchSize = 5000
// Postings wait and go in sorted by term: B-tree inserts in key order are several times faster.
const flushPostings = 8_000_000

/** Postings packed as 64-bit integers (term 24 bits, length 10, entry 30) so they sort natively. */
class PostingBuffer {
  #data = new BigUint64Array(1 << 16)
  length = 0

  push(term: number, length: number, entry: number): void {
    if (this.length === this.#data.length) {
      const bigger = new BigUint64Array(this.#data.length * 2)
      bigger.set(this.#data)
      this.#data = bigger
    }
    this.#data[this.length++] = (BigInt(term) << 40n) | (BigInt(Math.min(length, 1023)) << 30n) | BigInt(entry)
  }

  async flush(tx: WriteTx): Promise<void> {
    if (this.length === 0) return
    const sorted = this.#data.subarray(0, this.length).sort()
    for (let i = 0; i < sorted.length; i += 100_000) {
      const part: Posting[] = []
      for (const packed of sorted.subarray(i, i + 100_000)) {
        part.push([Number(packed >> 40n), Number((packed >> 30n) & 1023n), Number(packed & 0x3fffffffn)])
      }
      await tx.addPostings(part)
    }
    this.length = 0
    this.#data = new BigUint64Array(1 << 16)
  }
}

interface Pending {
  entry: Entry
  row?: Row
  isNew: boolean
  targetChanged: boolean
}

/** Adds entries inside the caller's transaction, in batches; duplicates merge. */
export async function addEntries(tx: WriteTx, inputs: Iterable<EntryInput>, lemmatizer: Lemmatizer): Promise<AddResult> {
  const result: AddResult = {added: 0, merged: 0, skipped: []}
  const now = new Date().toISOString()
  let batch: EntryInput[] = []
  let index = 0
  const postings = new PostingBuffer()
  const flush = async () => {
    await addBatch(tx, batch, lemmatizer, result, postings)
    batch = []
    if (postings.length >= flushPostings) await postings.flush(tx)
  }
  for (const input of inputs) {
    check(input, index)
    if (input.source.trim() === '' || input.target.trim() === '') result.skipped.push(index)
    else batch.push({...input, created: input.created ?? input.changed ?? now, changed: input.changed ?? input.created ?? now})
    index++
    if (batch.length >= batchSize) await flush()
  }
  if (batch.length > 0) await flush()
  await postings.flush(tx)
  return result
}

function check(input: EntryInput, index: number): void {
  for (const field of ['source', 'target', 'sourceLang', 'targetLang'] as const) {
    if (typeof input?.[field] !== 'string') throw new TypeError(`entry ${index}: \`${field}\` must be a string`)
  }
  if (input.sourceLang === '' || input.targetLang === '') throw new TypeError(`entry ${index}: languages must not be empty`)
}

async function addBatch(tx: WriteTx, batch: EntryInput[], lemmatizer: Lemmatizer, result: AddResult, postings: PostingBuffer): Promise<void> {
  const keys = batch.map((input) => sourceKey(input.sourceLang, input.targetLang, input.source))
  const existing = await tx.existing([...new Set(keys)])
  const pending = new Map<string, Pending>()
  batch.forEach((input, i) => {
    const key = keys[i]!
    const incoming = input as EntryInput & {created: string; changed: string}
    let slot = pending.get(key)
    if (!slot) {
      const row = existing.get(key)
      if (row) slot = {entry: rowToEntry(row), row, isNew: false, targetChanged: false}
    }
    if (slot) {
      const {entry, targetChanged} = mergeEntry(slot.entry, incoming)
      pending.set(key, {...slot, entry, targetChanged: slot.targetChanged || targetChanged})
      result.merged++
    } else {
      pending.set(key, {entry: {...incoming, id: 0, props: incoming.props ?? {}, alternatives: []}, isNew: true, targetChanged: true})
      result.added++
    }
  })
  const fresh: Array<{key: string; slot: Pending; sourceKeys: string[]; length: number; keys: string}> = []
  const changedTargets: Pending[] = []
  const termKeys = new Set<string>()
  const newTargetKeys = new Map<Pending, string[]>()
  for (const [key, slot] of pending) {
    const {entry} = slot
    if (slot.isNew) {
      const source = analyze(entry.source, entry.sourceLang, lemmatizer)
      const sourceKeys = [...new Set(source.keys.map((k) => indexKey(entry.sourceLang, k)))]
      for (const k of sourceKeys) termKeys.add(k)
      fresh.push({key, slot, sourceKeys, length: source.keys.length, keys: source.keys.join(' ')})
    }
    if (slot.targetChanged) {
      changedTargets.push(slot)
      const keys = targetKeys(entry, lemmatizer)
      newTargetKeys.set(slot, keys)
      for (const k of keys) termKeys.add(k)
    }
  }
  const termIds = await tx.termIds([...termKeys])
  const ids = await tx.insert(
    fresh.map(({key, slot, length, keys}) => ({...rowOf(slot.entry), sourceKey: key, length, keys}))
  )
  const df = new Map<number, number>()
  fresh.forEach(({slot, sourceKeys, length}, i) => {
    slot.entry.id = ids[i]!
    for (const k of sourceKeys) {
      const term = termIds.get(k)!
      postings.push(term, Math.max(1, length), slot.entry.id)
      df.set(term, (df.get(term) ?? 0) + 1)
    }
  })
  const updated = [...pending.values()].filter((slot) => !slot.isNew)
  await tx.update(updated.map((slot) => ({...slot.row!, ...rowOf(slot.entry), id: slot.row!.id})))
  const replaced = changedTargets.filter((slot) => !slot.isNew)
  if (replaced.length > 0) {
    // The old target's postings may still wait in the buffer: write them before deleting.
    await postings.flush(tx)
    const oldKeys = replaced.map((slot) => targetKeys({...slot.entry, target: slot.row!.target, targetLang: slot.row!.targetLang}, lemmatizer))
    const oldIds = await tx.termIds([...new Set(oldKeys.flat())])
    await tx.deletePostings(replaced.flatMap((slot, i) => oldKeys[i]!.map((k): Posting => [oldIds.get(k)!, 0, slot.row!.id])))
  }
  for (const slot of changedTargets) {
    const id = slot.isNew ? slot.entry.id : slot.row!.id
    for (const k of newTargetKeys.get(slot)!) postings.push(termIds.get(k)!, 0, id)
  }
  await tx.addFrequencies(df)
}

export function targetKeys(entry: Pick<Entry, 'target' | 'targetLang'>, lemmatizer: Lemmatizer): string[] {
  const target = analyze(entry.target, entry.targetLang, lemmatizer)
  return [...new Set(target.words.flatMap((w, i) => (w.kind === 'word' ? [indexKey(entry.targetLang, target.keys[i]!)] : [])))]
}

function rowOf(entry: Entry): Omit<Row, 'id' | 'sourceKey' | 'length' | 'keys'> {
  return {
    sourceLang: entry.sourceLang,
    targetLang: entry.targetLang,
    source: entry.source,
    target: entry.target,
    created: entry.created,
    changed: entry.changed,
    user: entry.user ?? null,
    project: entry.project ?? null,
    meta: entryMeta(entry)
  }
}

/** The postings an entry has: its source keys with the source length, its target keys with length 0. */
export function entryPostingKeys(entry: Pick<Entry, 'source' | 'sourceLang' | 'target' | 'targetLang'>, lemmatizer: Lemmatizer): {source: string[]; length: number; target: string[]} {
  const source = analyze(entry.source, entry.sourceLang, lemmatizer)
  return {source: [...new Set(source.keys.map((k) => indexKey(entry.sourceLang, k)))], length: Math.max(1, source.keys.length), target: targetKeys(entry, lemmatizer)}
}
