import {compareFindings, type Finding} from '@tolmach/core'
import {rebuildMarkdown} from '@tolmach/segmenter'
import type {CommandContext} from '../context.js'
import {decideLang, parseLang} from '../io/document-lang.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {unmatchedFile} from './import/import-unmatched.js'
import {pickDocument, readTranslatedXliff, translateRebuildFindings, unitsById} from './import/import-units.js'
import {readInputFile, readStdin} from '../io/read-input.js'
import {frontMatterKeys} from '../config/front-matter-keys.js'
import {openOutput} from '../io/write-output.js'

export interface ImportOptions {
  /** One source, or several (`--source` repeated, each matched to its `<file>` by `original`). */
  source?: string | readonly string[]
  output?: string
  lang?: string
  sourceLang?: string
  allowPartial?: boolean
  json?: boolean
  frontMatterKeys?: string
}

/**
 * `tolmach import TRANSLATED.xlf --source RU.md -o EN.md`: reads the
 * translated XLIFF, rebuilds the document from the source's Markdown with
 * the targets, reports findings positioned in the XLIFF, and writes the
 * result only when no finding is an error (so a half-translated file never
 * replaces a good one unless --allow-partial says it may).
 */
export async function runImport(xliffFile: string, options: ImportOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const sources = options.source === undefined ? [] : typeof options.source === 'string' ? [options.source] : options.source
  if (sources.length === 0) throw usageError('missing-source', t('import.needSource'))
  if (sources.length > 1) {
    const {runImportMany} = await import('./import-many.js')
    return runImportMany(xliffFile, sources, options, ctx)
  }
  const sourceFile = sources[0]!
  if (sourceFile === '-' && xliffFile === '-') throw usageError('stdin-twice', t('segment.stdinTwice'))
  const lang = parseLang(options.sourceLang ?? options.lang, options.sourceLang === undefined ? '--lang' : '--source-lang', t)
  // Data goes to standard output: a JSON summary can share it only with no document.
  if (options.json && (options.output === undefined || options.output === '-')) throw usageError('json-needs-output', t('import.jsonNeedsOutput'))
  const read = async (file: string) => (file === '-' ? await readStdin(io.stdin, t) : readInputFile(file, io.cwd, t))
  const xliffName = xliffFile === '-' ? t('stdin') : xliffFile
  const sourceName = sourceFile === '-' ? t('stdin') : sourceFile
  const xliff = await read(xliffFile)
  const source = await read(sourceFile)

  const parsed = await readTranslatedXliff(xliff.text, xliffName)
  const findings: Finding[] = [...parsed.findings]
  // An XLIFF that could not be read at all has said why in its findings.
  if (parsed.documents.length === 0 && findings.some((f) => f.severity === 'error')) return reportFindings(findings, ctx)
  const document = pickDocument(parsed.documents, sourceFile, xliffName, t)
  // links: the other <file>s of a multi-document XLIFF are not imported by this call; say so.
  for (const other of parsed.documents) if (other !== document) findings.push(unmatchedFile(other, xliffName, 'warning', t))

  const decision = decideLang(lang ?? documentLang(document.sourceLang), source.text, sourceName, t)
  if (decision.warning) ctx.warn(decision.warning)
  const result = rebuildMarkdown(source.text, unitsById(document), {
    lang: decision.lang,
    file: sourceName,
    unitsFile: xliffName,
    allowPartial: options.allowPartial === true,
    reportUntranslated: true,
    ...frontMatterOption(options, ctx)
  })
  findings.push(...translateRebuildFindings(result.findings, sourceName, t))
  findings.sort(compareFindings)
  const failed = findings.some((f) => f.severity === 'error')
  const status = reportFindings(findings, ctx)
  const summary = {
    source: sourceName,
    xliff: xliffName,
    output: options.output ?? '-',
    segments: result.stats.segments,
    translated: result.stats.translated,
    kept: result.stats.kept,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    written: !failed
  }
  if (failed) {
    // With --allow-partial the remaining errors are not about untranslated segments: no hint to pass it again.
    ctx.info(t(options.allowPartial ? 'import.notWrittenPartial' : 'import.notWritten', {output: options.output ?? t('stdout')}))
  } else {
    const output = await openOutput(options.output, {inputs: [xliffFile, sourceFile], cwd: io.cwd, stdout: io.stdout, t})
    try {
      await output.write(result.markdown)
      await output.commit()
    } catch (error) {
      await output.abort()
      throw error
    }
    if (options.output !== undefined && options.output !== '-') {
      ctx.info(
        t('import.summary', {
          output: output.name,
          translated: t('countCase.translatedSegments', {count: result.stats.translated}),
          kept: t('count.keptSegment', {count: result.stats.kept})
        })
      )
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(summary)}\n`)
  return status
}

function documentLang(value: string | undefined): 'ru' | 'en' | undefined {
  const primary = value?.toLowerCase().split(/[-_]/)[0]
  return primary === 'ru' || primary === 'en' ? primary : undefined
}

/** The front matter keys of the export (`--front-matter-keys` or the config): the same list gives the same units. */
function frontMatterOption(options: ImportOptions, ctx: CommandContext): {frontMatterKeys?: string[]} {
  const keys = frontMatterKeys(options.frontMatterKeys, ctx)
  return keys ? {frontMatterKeys: keys} : {}
}
