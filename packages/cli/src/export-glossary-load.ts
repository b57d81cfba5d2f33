import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Finding, Lang, Segment} from '@tolmach/core'
import {createTermMatcher, type Glossary, parseGlossary} from '@tolmach/glossary'
import type {CommandContext} from './context.js'
import {usageError} from './errors.js'
import {createGlossaryNotes} from './export-glossary.js'

/**
 * Reads a glossary file in any layout the glossary package knows (it decodes
 * the bytes itself: CSV exports come in many encodings); unusable rows
 * become findings.
 */
export function readGlossaryFile(file: string, ctx: CommandContext, findings: Finding[]): Glossary {
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
  return parsed.glossary
}

/** The notes function of a glossary: its concepts found in a segment, with their approved translations. */
export function glossaryNotes(glossary: Glossary, sourceLang: Lang, targetLang: Lang): (segment: Segment) => string[] {
  return createGlossaryNotes(glossary, createTermMatcher(glossary, {lang: sourceLang}), targetLang)
}
