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
    if (postings.size >= flushPostings) await postings.flush(tx, state.df)
  }
  for (const input of inputs) {
    check(input, index)
    if (input.source.trim() === '' || input.target.trim() === '') result.skipped.push(index)
    else batch.push({...input, created: input.created ?? input.changed ?? now, changed: input.changed ?? input.created ?? now})
    index++
    if (batch.length >= batchSize) await flush()
  }
  if (batch.length > 0) await flush()
  await postings.flush(tx, state.df)
  await tx.addFrequencies(state.df)
  return result
}

/** What one add keeps across its batches: term ids already known, document frequencies to add at the end. */
interface ImportState {
  /** Term ids by language and lemma (the lemma cache's own strings, so lookups hash nothing new). */
  terms: Map<string, Map<string, number>>
  df: Map<number, number>
}

function termsOf(state: ImportState, lang: string): Map<string, number> {
  let map = state.terms.get(lang)
  if (!map) {
    map = new Map()
    state.terms.set(lang, map)
  }
  return map
}

/** Makes sure `state` knows the term ids of these lemmas, asking the database only for new ones. */
async function learnTerms(tx: WriteTx, wanted: Map<string, Set<string>>, state: ImportState): Promise<void> {
  const missing: string[] = []
  for (const [lang, lemmas] of wanted) {
    const known = termsOf(state, lang)
    for (const lemma of lemmas) if (!known.has(lemma)) missing.push(indexKey(lang, lemma))
  }
  if (missing.length === 0) return
  for (const [key, id] of await tx.termIds(missing)) {
    const colon = key.indexOf(':')
    termsOf(state, key.slice(0, colon)).set(key.slice(colon + 1), id)
  }
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
  const fresh: Array<{key: string; slot: Pending; lemmas: Set<string>; length: number; keys: string}> = []
  const changedTargets: Pending[] = []
  const wanted = new Map<string, Set<string>>()
  const want = (lang: string, lemmas: Iterable<string>) => {
    const known = termsOf(state, lang)
    let set = wanted.get(lang)
    if (!set) {
      set = new Set()
      wanted.set(lang, set)
    }
    for (const lemma of lemmas) if (!known.has(lemma)) set.add(lemma)
  }
  const newTargetLemmas = new Map<Pending, Set<string>>()
  const oldTargetLemmas = new Map<Pending, Set<string>>()
  for (const [key, slot] of pending) {
    const {entry} = slot
    if (slot.isNew) {
      const source = indexKeys(entry.source, entry.sourceLang, lemmatizer).keys
      const lemmas = new Set(source)
      want(entry.sourceLang, lemmas)
      fresh.push({key, slot, lemmas, length: source.length, keys: source.join(' ')})
    }
    if (slot.targetChanged) {
      changedTargets.push(slot)
      const lemmas = targetLemmas(entry, lemmatizer)
      newTargetLemmas.set(slot, lemmas)
      want(entry.targetLang, lemmas)
      if (!slot.isNew) {
        const old = targetLemmas(slot.row!, lemmatizer)
        oldTargetLemmas.set(slot, old)
        want(slot.row!.targetLang, old)
      }
    }
  }
  await learnTerms(tx, wanted, state)
  const ids = await tx.insert(
    fresh.map(({key, slot, length, keys}) => ({...rowOf(slot.entry), sourceKey: key, length, keys}))
  )
  // Document frequencies are counted when the buffer writes the postings.
  fresh.forEach(({slot, lemmas, length}, i) => {
    slot.entry.id = ids[i]!
    const terms = termsOf(state, slot.entry.sourceLang)
    for (const lemma of lemmas) postings.push(terms.get(lemma)!, Math.max(1, length), slot.entry.id)
  })
  const updated = [...pending.values()].filter((slot) => !slot.isNew)
  await tx.update(updated.map((slot) => ({...slot.row!, ...rowOf(slot.entry), id: slot.row!.id})))
  // A new entry's target postings wait in the buffer. A replaced target changes only the lemmas
  // that differ: in the buffer when the entry was added since its last flush (so a replacement
  // never cuts the buffer into small blocks), else in the stored blocks.
  const gone: Posting[] = []
  const older: Posting[] = []
  for (const slot of changedTargets) {
    const lemmas = newTargetLemmas.get(slot)!
    if (slot.isNew) {
      const terms = termsOf(state, slot.entry.targetLang)
      for (const lemma of lemmas) postings.push(terms.get(lemma)!, 0, slot.entry.id)
      continue
    }
    const id = slot.row!.id
    const old = oldTargetLemmas.get(slot)!
    const held = postings.holds(id)
    const oldTerms = termsOf(state, slot.row!.targetLang)
    for (const lemma of old) {
      if (slot.row!.targetLang === slot.entry.targetLang && lemmas.has(lemma)) continue
      if (held) postings.remove(oldTerms.get(lemma)!, id)
      else gone.push([oldTerms.get(lemma)!, 0, id])
    }
    const newTerms = termsOf(state, slot.entry.targetLang)
    for (const lemma of lemmas) {
      if (slot.row!.targetLang === slot.entry.targetLang && old.has(lemma)) continue
      if (held) postings.push(newTerms.get(lemma)!, 0, id)
      else older.push([newTerms.get(lemma)!, 0, id])
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
    meta: entryMeta(entry)
  }
}

/** The postings an entry has: its source keys with the source length, its target keys with length 0. */
export function entryPostingKeys(entry: Pick<Entry, 'source' | 'sourceLang' | 'target' | 'targetLang'>, lemmatizer: Lemmatizer): {source: string[]; length: number; target: string[]} {
  const source = indexKeys(entry.source, entry.sourceLang, lemmatizer).keys
  return {source: [...new Set(source)].map((k) => indexKey(entry.sourceLang, k)), length: Math.max(1, source.length), target: targetKeys(entry, lemmatizer)}
}
