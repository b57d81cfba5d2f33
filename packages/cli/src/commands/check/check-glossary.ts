import {type Glossary, type GlossaryFile, joinGlossaryFiles, createTermMatcher, type TermMatcher} from '@tolmach/glossary'
import type {Lang} from '@tolmach/core'
import type {CommandContext} from '../../context.js'
import {usageError} from '../../errors.js'
import {reportFindings} from '../../io/findings.js'
import {readGlossaryFile} from '../glossary/glossary-read.js'

export interface CheckGlossary {
  files: GlossaryFile[]
  glossary: Glossary
  matchers: {source: TermMatcher; target: TermMatcher}
}

/**
 * The glossaries of a check, read by the one loader and joined, with the
 * term matchers of both languages. Glossaries with no usable concept are a
 * usage error (their rows' findings are shown first).
 */
export function loadCheckGlossary(files: readonly string[], langs: {sourceLang: Lang; targetLang: Lang}, ctx: CommandContext): CheckGlossary {
  const {t, io} = ctx
  const read = files.map((file) => readGlossaryFile(file, io.cwd, t))
  const {glossary} = joinGlossaryFiles(read)
  if (glossary.concepts.length === 0 && read.length > 0) {
    reportFindings(read.flatMap((g) => g.messages), ctx)
    throw usageError('empty-glossary', t('check.emptyGlossary', {file: read.map((g) => g.file).join(', ')}))
  }
  // Generating every inflected form loads the Russian dictionary: the one slow step before checking starts.
  ctx.progress.update(0, 2, t('progress.matching'))
  const source = createTermMatcher(glossary, {lang: langs.sourceLang})
  ctx.progress.update(1, 2, t('progress.matching'))
  const matchers = {source, target: createTermMatcher(glossary, {lang: langs.targetLang})}
  ctx.progress.done()
  return {files: read, glossary, matchers}
}
