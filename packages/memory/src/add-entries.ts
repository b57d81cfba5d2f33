import {indexKey, indexKeys} from './analyze.js'
import type {Posting, Row, WriteTx} from './backend.js'
import {PostingBuffer} from './posting-buffer.js'
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
// Postings wait and go in sorted by term; past this many they are written so memory stays bounded.
const flushPostings = 40_000_000

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
  const state: ImportState = {terms: new Map(), df: new Map()}
  const flush = async () => {
    await addBatch(tx, batch, lemmatizer, result, postings, state)
    batch = []
    if (postings.size >= flushPostings) await postings.flush(tx)
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
  await tx.addFrequencies(state.df)
  return result
}

/** What one add keeps across its batches: term ids already known, document frequencies to add at the end. */
interface ImportState {
  terms: Map<string, number>
  df: Map<number, number>
}

/** Term ids, asking the database only for keys this add has not seen yet. */
async function termIdsOf(tx: WriteTx, keys: Iterable<string>, state: ImportState): Promise<Map<string, number>> {
  const missing: string[] = []
  for (const key of keys) if (!state.terms.has(key)) missing.push(key)
  if (missing.length > 0) for (const [key, id] of await tx.termIds(missing)) state.terms.set(key, id)
  return state.terms
}

function check(input: EntryInput, index: number): void {
  for (const field of ['source', 'target', 'sourceLang', 'targetLang'] as const) {
    if (typeof input?.[field] !== 'string') throw new TypeError(`entry ${index}: \`${field}\` must be a string`)
  }
  if (input.sourceLang === '' || input.targetLang === '') throw new TypeError(`entry ${index}: languages must not be empty`)
}

async function addBatch(tx: WriteTx, batch: EntryInput[], lemmatizer: Lemmatizer, result: AddResult, postings: PostingBuffer, state: ImportState): Promise<void> {
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
      const source = indexKeys(entry.source, entry.sourceLang, lemmatizer).keys
      const sourceKeys = [...new Set(source)].map((k) => indexKey(entry.sourceLang, k))
      for (const k of sourceKeys) termKeys.add(k)
      fresh.push({key, slot, sourceKeys, length: source.length, keys: source.join(' ')})
    }
    if (slot.targetChanged) {
      changedTargets.push(slot)
      const keys = targetKeys(entry, lemmatizer)
      newTargetKeys.set(slot, keys)
      for (const k of keys) termKeys.add(k)
    }
  }
  const termIds = await termIdsOf(tx, termKeys, state)
  const ids = await tx.insert(
    fresh.map(({key, slot, length, keys}) => ({...rowOf(slot.entry), sourceKey: key, length, keys}))
  )
  const df = state.df
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
    const oldIds = await termIdsOf(tx, new Set(oldKeys.flat()), state)
    await tx.deletePostings(replaced.flatMap((slot, i) => oldKeys[i]!.map((k): Posting => [oldIds.get(k)!, 0, slot.row!.id])))
  }
  for (const slot of changedTargets) {
    const id = slot.isNew ? slot.entry.id : slot.row!.id
    for (const k of newTargetKeys.get(slot)!) postings.push(termIds.get(k)!, 0, id)
  }
}

export function targetKeys(entry: Pick<Entry, 'target' | 'targetLang'>, lemmatizer: Lemmatizer): string[] {
  const {keys, words} = indexKeys(entry.target, entry.targetLang, lemmatizer)
  const unique = new Set<string>()
  keys.forEach((k, i) => {
    if (words[i]) unique.add(k)
  })
  return [...unique].map((k) => indexKey(entry.targetLang, k))
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
  const source = indexKeys(entry.source, entry.sourceLang, lemmatizer).keys
  return {source: [...new Set(source)].map((k) => indexKey(entry.sourceLang, k)), length: Math.max(1, source.length), target: targetKeys(entry, lemmatizer)}
}
