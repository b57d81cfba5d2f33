import {MemoryError} from './backend.js'
import {TranslationMemory} from './memory.js'
import type {Lemmatizer} from './types.js'

export interface OpenOptions {
  lemmatizer?: Lemmatizer
}

/**
 * Opens (creating when needed) a memory: a `postgres://` or `postgresql://`
 * URL is a PostgreSQL database, anything else a SQLite file (`*.tmdb`).
 * Drivers load only when used.
 */
export async function openMemory(location: string, options: OpenOptions = {}): Promise<TranslationMemory> {
  if (typeof location !== 'string' || location === '') throw new TypeError('`location` must be a file path or a postgres:// URL')
  if (/^postgres(?:ql)?:\/\//i.test(location)) {
    const {openPostgres} = await import('./pg-backend.js')
    return TranslationMemory.attach(await openPostgres(location), options.lemmatizer)
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) throw new MemoryError(`unsupported memory location scheme (use a file path or postgres://)`, 'bad-location')
  const {openSqlite} = await import('./sqlite-backend.js')
  return TranslationMemory.attach(openSqlite(location), options.lemmatizer)
}

/** The location with any password removed, for messages. */
export function redactLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/)[^@/]*@/i, '$1')
}
