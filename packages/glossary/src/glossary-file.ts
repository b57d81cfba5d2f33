import {readFileSync} from 'node:fs'
import path from 'node:path'
import {type GlossaryMerge, type MergeGlossariesOptions, mergeGlossaries} from './merge-glossaries.js'
import {parseGlossary} from './parse-glossary.js'
import type {Glossary, ParseGlossaryResult} from './types.js'

export interface GlossaryFile extends ParseGlossaryResult {
  /** The name as shown in messages: relative to `cwd` when given absolute. */
  file: string
  /** The bytes read; the positions of `messages` refer to their decoded text. */
  bytes: Uint8Array
}

/**
 * The one glossary loader: reads a file as bytes (the glossary decodes them
 * itself, so a UTF-16 or windows-1251 CSV from a spreadsheet reads the same
 * in every command) and parses it. Bad rows are `messages`; a file that
 * cannot be read throws Node's error (its `code`: ENOENT, EISDIR…) for the
 * caller to word.
 */
export function readGlossaryFile(file: string, options: {cwd?: string} = {}): GlossaryFile {
  if (typeof file !== 'string' || file === '') throw new TypeError('readGlossaryFile: `file` must be a non-empty string')
  const cwd = options.cwd ?? process.cwd()
  const shown = path.isAbsolute(file) ? path.relative(cwd, file) || file : file
  const bytes = readFileSync(path.resolve(cwd, file))
  return {...parseGlossary(bytes, {fileName: shown}), file: shown, bytes}
}

/** Several glossary files as one (the merge of `mergeGlossaries`, each file named as shown in messages). */
export function joinGlossaryFiles(files: readonly GlossaryFile[], options: MergeGlossariesOptions = {}): {glossary: Glossary; merges: GlossaryMerge[]} {
  return mergeGlossaries(
    files.map((f) => ({name: f.file, glossary: f.glossary})),
    options
  )
}
