import {readFileSync} from 'node:fs'
import path from 'node:path'
import {type Glossary, type ParseGlossaryResult, parseGlossary} from '@tolmach/glossary'
import {usageError} from './errors.js'
import type {Translate} from './i18n.js'

export interface GlossaryFile extends ParseGlossaryResult {
  /** The name as shown in messages. */
  file: string
  /** The text the positions of `messages` refer to, when it decoded as UTF-8/UTF-16. */
  bytes: Uint8Array
}

/**
 * Reads a glossary file as bytes (the glossary package decodes them itself:
 * spreadsheets save CSV as UTF-16 or windows-1251) and parses it. A missing
 * or unreadable file is a usage error; bad rows are `messages`.
 */
export function readGlossaryFile(file: string, cwd: string, t: Translate): GlossaryFile {
  const shown = path.isAbsolute(file) ? path.relative(cwd, file) || file : file
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path.resolve(cwd, file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw usageError('file-not-found', t('error.notFound', {file: shown}), shown)
    if (code === 'EISDIR') throw usageError('file-is-directory', t('error.isDirectory', {file: shown}), shown)
    throw usageError('file-not-readable', t('error.notReadable', {file: shown, reason: code ?? String(error)}), shown)
  }
  return {...parseGlossary(bytes, {fileName: shown}), file: shown, bytes}
}

/** Several glossaries as one: concepts side by side, a repeated id kept apart by its file. */
export function mergeGlossaries(files: readonly GlossaryFile[]): Glossary {
  if (files.length === 1) return files[0]!.glossary
  const languages = [...new Set(files.flatMap((f) => f.glossary.languages))]
  const seen = new Set<string>()
  const concepts = files.flatMap((f) =>
    f.glossary.concepts.map((c) => {
      const id = seen.has(c.id) ? `${f.file}#${c.id}` : c.id
      seen.add(id)
      return id === c.id ? c : {...c, id}
    })
  )
  return {languages, concepts}
}
