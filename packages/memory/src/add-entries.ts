import {indexKey, indexKeys} from './analyze.js'
import type {Posting, Row, WriteTx} from './backend.js'
import {type IndexLemma, IndexVocabulary} from './index-vocabulary.js'
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

/** An input with its dates settled. */
interface Incoming {
  input: EntryInput
  created: string
  changed: string
}

/** What a batch does with one source key: a new entry (merged with later inputs, if any) or a stored one. */
interface Slot {
  incoming: Incoming
  /** The entry as merged so far; absent for a new entry no later input merged into. */
  entry?: Entry
  row?: Row
  targetChanged: boolean
}

/** Adds entries inside the caller's transaction, in batches; duplicates merge. */
export async function addEntries(tx: WriteTx, inputs: Iterable<EntryInput>, lemmatizer: Lemmatizer): Promise<AddResult> {
  const result: AddResult = {added: 0, merged: 0, skipped: []}
  const now = new Date().toISOString()
  let batch: Incoming[] = []
  let index = 0
  const postings = new PostingBuffer()
  const vocabulary = new IndexVocabulary(lemmatizer)
  // Document frequencies to add at the end, counted by the posting buffer.
  const df = new Map<number, number>()
  const flush = async () => {
    await addBatch(tx, batch, vocabulary, result, postings)
    batch = []
    if (postings.size >= flushPostings) await postings.flush(tx, df)
  }
  for (const input of inputs) {
    check(input, index)
    if (input.source.trim() === '' || input.target.trim() === '') result.skipped.push(index)
    else batch.push({input, created: input.created ?? input.changed ?? now, changed: input.changed ?? input.created ?? now})
    index++
    if (batch.length >= batchSize) await flush()
  }
  if (batch.length > 0) await flush()
  await postings.flush(tx, df)
  await tx.addFrequencies(df)
  return result
}

function check(input: EntryInput, index: number): void {
  for (const field of ['source', 'target', 'sourceLang', 'targetLang'] as const) {
    if (typeof input?.[field] !== 'string') throw new TypeError(`entry ${index}: \`${field}\` must be a string`)
  }
  if (input.sourceLang === '' || input.targetLang === '') throw new TypeError(`entry ${index}: languages must not be empty`)
}

function entryOf({input, created, changed}: Incoming): Entry {
  return {...input, created, changed, id: 0, props: input.props ?? {}, alternatives: []}
}

async function addBatch(tx: WriteTx, batch: Incoming[], vocabulary: IndexVocabulary, result: AddResult, postings: PostingBuffer): Promise<void> {
  const keys = batch.map(({input}) => sourceKey(input.sourceLang, input.targetLang, input.source))
  const existing = await tx.existing([...new Set(keys)])
  const slots = new Map<string, Slot>()
  for (let i = 0; i < batch.length; i++) {
    const key = keys[i]!
    const incoming = batch[i]!
    let slot = slots.get(key)
    if (!slot) {
      const row = existing.get(key)
      if (!row) {
        slots.set(key, {incoming, targetChanged: true})
        result.added++
        continue
      }
      slot = {incoming, entry: rowToEntry(row), row, targetChanged: false}
      slots.set(key, slot)
    }
    const merged = mergeEntry(slot.entry ?? entryOf(slot.incoming), {...incoming.input, created: incoming.created, changed: incoming.changed})
    slot.entry = merged.entry
    slot.targetChanged ||= merged.targetChanged
    result.merged++
  }
  // New entries: their rows, and their lemmas in one flat list (sources, then targets, each entry's run ending at its mark).
  const rows: Omit<Row, 'id'>[] = []
  const lemmas: IndexLemma[] = []
  const sourceEnds: number[] = []
  const targetEnds: number[] = []
  const lengths: number[] = []
  const stored: Slot[] = []
  for (const [key, slot] of slots) {
    if (slot.row) {
      stored.push(slot)
      continue
    }
    const {input, created, changed} = slot.incoming
    const entry = slot.entry
    const source = entry?.source ?? input.source
    const sourceLang = entry?.sourceLang ?? input.sourceLang
    const target = entry?.target ?? input.target
    const targetLang = entry?.targetLang ?? input.targetLang
    const {keys, length} = vocabulary.source(source, sourceLang, lemmas)
    sourceEnds.push(lemmas.length)
    vocabulary.target(target, targetLang, lemmas)
    targetEnds.push(lemmas.length)
    lengths.push(length)
    const fields = entry ?? input
    rows.push({
      sourceKey: key,
      sourceLang,
      targetLang,
      source,
      target,
      length,
      keys,
      created: entry?.created ?? created,
      changed: entry?.changed ?? changed,
      user: fields.user ?? null,
      project: fields.project ?? null,
      meta: entryMeta(fields, entry?.alternatives)
    })
  }
  // Stored entries whose target changed: the lemmas of the old target and of the new.
  const oldTargets: IndexLemma[][] = []
  const newTargets: IndexLemma[][] = []
  for (const slot of stored) {
    if (!slot.targetChanged) continue
    const old: IndexLemma[] = []
    vocabulary.target(slot.row!.target, slot.row!.targetLang, old)
    oldTargets.push(old)
    const fresh: IndexLemma[] = []
    vocabulary.target(slot.entry!.target, slot.entry!.targetLang, fresh)
    newTargets.push(fresh)
  }
  await vocabulary.resolve(tx)
  const ids = await tx.insert(rows)
  // Document frequencies are counted when the buffer writes the postings.
  let at = 0
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    const length = Math.max(1, lengths[i]!)
    for (const end = sourceEnds[i]!; at < end; at++) postings.push(lemmas[at]!.id, length, id)
    for (const end = targetEnds[i]!; at < end; at++) postings.push(lemmas[at]!.id, 0, id)
  }
  await tx.update(stored.map((slot) => ({...slot.row!, ...rowOf(slot.entry!), id: slot.row!.id})))
  // A replaced target changes only the lemmas that differ: in the buffer when the entry was added
  // since its last flush (so a replacement never cuts the buffer into small blocks), else in the stored blocks.
  const gone: Posting[] = []
  const older: Posting[] = []
  let changed = 0
  for (const slot of stored) {
    if (!slot.targetChanged) continue
    const old = new Set(oldTargets[changed])
    const fresh = new Set(newTargets[changed++])
    const id = slot.row!.id
    const held = postings.holds(id)
    for (const lemma of old) {
      if (fresh.has(lemma)) continue
      if (held) postings.remove(lemma.id, id)
      else gone.push([lemma.id, 0, id])
    }
    for (const lemma of fresh) {
      if (old.has(lemma)) continue
      if (held) postings.push(lemma.id, 0, id)
      else older.push([lemma.id, 0, id])
    }
  }
  if (gone.length > 0) await tx.deletePostings(gone)
  if (older.length > 0) await tx.insertPostings(older)
}

/** The distinct lemmas of a target's words (numbers and placeholders are not looked up there). */
function targetLemmas(entry: Pick<Entry, 'target' | 'targetLang'>, lemmatizer: Lemmatizer): Set<string> {
  const {keys, words} = indexKeys(entry.target, entry.targetLang, lemmatizer)
  const unique = new Set<string>()
  for (let i = 0; i < keys.length; i++) if (words[i]) unique.add(keys[i]!)
  return unique
}

export function targetKeys(entry: Pick<Entry, 'target' | 'targetLang'>, lemmatizer: Lemmatizer): string[] {
  return [...targetLemmas(entry, lemmatizer)].map((k) => indexKey(entry.targetLang, k))
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
    meta: entryMeta(entry, entry.alternatives)
  }
}

/** The postings an entry has: its source keys with the source length, its target keys with length 0. */
export function entryPostingKeys(entry: Pick<Entry, 'source' | 'sourceLang' | 'target' | 'targetLang'>, lemmatizer: Lemmatizer): {source: string[]; length: number; target: string[]} {
  const source = indexKeys(entry.source, entry.sourceLang, lemmatizer).keys
  return {source: [...new Set(source)].map((k) => indexKey(entry.sourceLang, k)), length: Math.max(1, source.length), target: targetKeys(entry, lemmatizer)}
}
