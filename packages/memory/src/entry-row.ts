import {hash} from 'node:crypto'
import type {Row} from './backend.js'
import type {Alternative, Entry, EntryInput} from './types.js'

/** Whitespace runs fold to one space: a re-wrapped segment is the same source. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export function sourceKey(sourceLang: string, targetLang: string, source: string): string {
  return hash('sha1', `${sourceLang}\t${targetLang}\t${collapse(source)}`).slice(0, 20)
}

interface Meta {
  placeholders?: EntryInput['placeholders']
  origin?: EntryInput['origin']
  verdict?: string
  score?: number
  props?: Record<string, string>
  alternatives?: Alternative[]
}

export function rowToEntry(row: Row): Entry {
  const meta = JSON.parse(row.meta) as Meta
  const entry: Entry = {
    id: row.id,
    source: row.source,
    target: row.target,
    sourceLang: row.sourceLang,
    targetLang: row.targetLang,
    created: row.created,
    changed: row.changed,
    props: meta.props ?? {},
    alternatives: meta.alternatives ?? []
  }
  if (row.user) entry.user = row.user
  if (row.project) entry.project = row.project
  if (meta.placeholders) entry.placeholders = meta.placeholders
  if (meta.origin) entry.origin = meta.origin
  if (meta.verdict !== undefined) entry.verdict = meta.verdict
  if (meta.score !== undefined) entry.score = meta.score
  return entry
}

/** The `meta` column of an entry; a new entry has no alternatives (an input that carries some is not an entry yet). */
export function entryMeta(entry: EntryInput, alternatives: readonly Alternative[] = []): string {
  const meta: Meta = {}
  if (entry.placeholders) meta.placeholders = entry.placeholders
  if (entry.origin) meta.origin = entry.origin
  if (entry.verdict !== undefined) meta.verdict = entry.verdict
  if (entry.score !== undefined) meta.score = entry.score
  if (entry.props && Object.keys(entry.props).length > 0) meta.props = entry.props
  if (alternatives.length > 0) meta.alternatives = [...alternatives]
  return JSON.stringify(meta)
}

/**
 * Merges an incoming entry into the stored one with the same source. The
 * same target only refreshes dates and fields; a different target that is
 * newer replaces it and the old one becomes an alternative (an older
 * incoming target is kept as an alternative), as CAT tools keep them.
 */
export function mergeEntry(stored: Entry, incoming: Required<Pick<EntryInput, 'created' | 'changed'>> & EntryInput): {entry: Entry; targetChanged: boolean} {
  const merged: Entry = {...stored, props: {...stored.props, ...incoming.props}, alternatives: [...stored.alternatives]}
  if (incoming.created < stored.created) merged.created = incoming.created
  let targetChanged = false
  if (incoming.target === stored.target) {
    if (incoming.changed > stored.changed) merged.changed = incoming.changed
  } else if (incoming.changed >= stored.changed) {
    merged.alternatives = merged.alternatives.filter((alt) => alt.target !== incoming.target)
    merged.alternatives.unshift(alternative(stored.target, stored.changed, stored.origin))
    merged.target = incoming.target
    merged.changed = incoming.changed
    if (incoming.placeholders) merged.placeholders = incoming.placeholders
    if (incoming.origin) merged.origin = incoming.origin
    targetChanged = true
  } else if (!merged.alternatives.some((alt) => alt.target === incoming.target)) {
    merged.alternatives.push(alternative(incoming.target, incoming.changed, incoming.origin))
  }
  for (const field of ['verdict', 'score', 'user', 'project'] as const) {
    if (incoming[field] !== undefined && (targetChanged || stored[field] === undefined)) (merged as unknown as Record<string, unknown>)[field] = incoming[field]
  }
  return {entry: merged, targetChanged}
}

function alternative(target: string, changed: string, origin: EntryInput['origin']): Alternative {
  return origin ? {target, changed, origin} : {target, changed}
}
