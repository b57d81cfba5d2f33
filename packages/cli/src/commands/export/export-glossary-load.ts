import type {Finding, Lang, Segment} from '@tolmach/core'
import {createTermMatcher, type Glossary} from '@tolmach/glossary'
import type {CommandContext} from '../../context.js'
import {createGlossaryNotes} from './export-glossary.js'
import {readGlossaryFile as readGlossary} from '../glossary/glossary-read.js'

/**
 * Reads a glossary file in any layout the glossary package knows (it decodes
 * the bytes itself: CSV exports come in many encodings); unusable rows
 * become findings.
 */
export function readGlossaryFile(file: string, ctx: CommandContext, findings: Finding[]): Glossary {
  const parsed = readGlossary(file, ctx.io.cwd, ctx.t)
  findings.push(...parsed.messages)
  return parsed.glossary
}

/** The notes function of a glossary: its concepts found in a segment, with their approved translations. */
export function glossaryNotes(glossary: Glossary, sourceLang: Lang, targetLang: Lang): (segment: Segment) => string[] {
  return createGlossaryNotes(glossary, createTermMatcher(glossary, {lang: sourceLang}), targetLang)
}
