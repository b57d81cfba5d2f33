import {readFileSync} from 'node:fs'
import path from 'node:path'
import {type Glossary, type GlossaryMerge, type MergeGlossariesOptions, mergeGlossaries, type ParseGlossaryResult, parseGlossary} from '@tolmach/glossary'
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

/** Several glossary files as one (the glossary package's merge, each file named as shown in messages). */
export function joinGlossaryFiles(files: readonly GlossaryFile[], options: MergeGlossariesOptions = {}): {glossary: Glossary; merges: GlossaryMerge[]} {
  return mergeGlossaries(
    files.map((f) => ({name: f.file, glossary: f.glossary})),
    options
  )
}
