import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Finding, Lang, Segment} from '@tolmach/core'
import {createTermMatcher, parseGlossary} from '@tolmach/glossary'
import type {CommandContext} from './context.js'
import {usageError} from './errors.js'
import {createGlossaryNotes} from './export-glossary.js'

/**
 * Reads a glossary file in any layout the glossary package knows (it decodes
 * the bytes itself: CSV exports come in many encodings) and returns the
 * notes function; unusable rows become findings.
 */
export async function loadGlossaryNotes(
  file: string,
  sourceLang: Lang,
  targetLang: Lang,
  ctx: CommandContext,
  findings: Finding[]
): Promise<(segment: Segment) => string[]> {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path.resolve(ctx.io.cwd, file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EISDIR') throw usageError('file-is-directory', ctx.t('error.isDirectory', {file}), file)
    throw usageError('file-not-found', ctx.t('error.notFound', {file}), file)
  }
  const parsed = parseGlossary(bytes, {fileName: file})
  findings.push(...parsed.messages)
  return createGlossaryNotes(parsed.glossary, createTermMatcher(parsed.glossary, {lang: sourceLang}), targetLang)
}
