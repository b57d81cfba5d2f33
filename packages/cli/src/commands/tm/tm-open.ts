import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {russianLemma} from '@tolmach/glossary'
import {createLemmatizer, MemoryError, openMemory, redactLocation, type TranslationMemory} from '@tolmach/memory'
import {findConfig} from '../../config/config-load.js'
import type {CommandContext} from '../../context.js'
import {usageError} from '../../errors.js'

export interface OpenedMemory {
  memory: TranslationMemory
  /** How to name the memory in messages and `origin`: never with a password. */
  name: string
}

/**
 * `--tm` as the user gave it: a `postgres://` URL, a name under `memories`
 * in the nearest tolmach.config.json, or a file path (`*.tmdb`, created
 * when missing). The password of a URL comes from it or from PGPASSWORD and
 * is never shown.
 */
export function resolveMemoryLocation(value: string, cwd: string): {location: string; name: string} {
  if (/^postgres(?:ql)?:\/\//i.test(value)) return {location: value, name: redactLocation(value)}
  if (!/[\\/.]/.test(value) && !existsSync(path.resolve(cwd, value))) {
    const config = findConfig(cwd)
    const memories = config ? (JSON.parse(readFileSync(config, 'utf8')) as {memories?: Record<string, unknown>}).memories : undefined
    const entry = memories?.[value]
    if (typeof entry === 'string') {
      if (/^postgres(?:ql)?:\/\//i.test(entry)) return {location: entry, name: value}
      return {location: path.resolve(path.dirname(config!), entry), name: value}
    }
  }
  return {location: path.resolve(cwd, value), name: value}
}

export async function openCliMemory(value: string, ctx: CommandContext): Promise<OpenedMemory> {
  const {location, name} = resolveMemoryLocation(value, ctx.io.cwd)
  try {
    return {memory: await openMemory(location, {lemmatizer: createLemmatizer(russianLemma)}), name}
  } catch (error) {
    if (error instanceof MemoryError) throw usageError(`tm-${error.code}`, ctx.t('tm.cannotOpen', {name, reason: redactLocation(error.message)}))
    if (error instanceof Error && /SQLITE_NOTADB|file is not a database/i.test(error.message)) {
      throw usageError('tm-not-a-memory', ctx.t('tm.cannotOpen', {name, reason: error.message}))
    }
    throw error
  }
}
