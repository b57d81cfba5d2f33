import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {compareFindings, createFinding, type Finding} from '@tolmach/core'
import type {ReadDocument} from '@tolmach/formats'
import {rebuildMarkdown} from '@tolmach/segmenter'
import type {CommandContext} from '../context.js'
import {decideLang, parseLang} from '../io/document-lang.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {unmatchedFile} from './import/import-unmatched.js'
import {readTranslatedXliff, translateRebuildFindings, unitsById} from './import/import-units.js'
import {readInputFile, readStdin} from '../io/read-input.js'
import {type OutputSink, openOutput} from '../io/write-output.js'
import type {ImportOptions} from './import.js'

const findingSource = 'tolmach-import'

/** The path `export` writes as `original` for a file given as `file`: relative to the working folder, with `/`. */
function originalOf(file: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')
}

/**
 * The `<file>` each source's translation is in, by `original`: the path as
 * `export` wrote it (relative to the working folder), as typed, or else the
 * base name when exactly one `<file>` has it (the XLIFF may come from
 * another folder or machine).
 */
function matchDocuments(documents: readonly ReadDocument[], sources: readonly string[], cwd: string): Map<string, ReadDocument> {
  const matched = new Map<string, ReadDocument>()
  const taken = new Set<ReadDocument>()
  const pick = (test: (d: ReadDocument, source: string) => boolean) => {
    for (const source of sources) {
      if (matched.has(source)) continue
      const found = documents.filter((d) => !taken.has(d) && test(d, source))
      if (found.length !== 1) continue
      matched.set(source, found[0]!)
      taken.add(found[0]!)
    }
  }
  pick((d, source) => d.file === originalOf(source, cwd) || d.file === source)
  pick((d, source) => path.posix.basename(d.file) === path.basename(source))
  return matched
}

/** Where each document goes in the output folder: its path below the sources' common folder. */
function outputPaths(sources: readonly string[], matched: ReadonlyMap<string, ReadDocument>, outDir: string, cwd: string): Map<string, string> {
  const files = sources.filter((s) => matched.has(s))
  const absolute = files.map((s) => (s === '-' ? path.resolve(cwd, path.posix.basename(matched.get(s)!.file)) : path.resolve(cwd, s)))
  let common = path.dirname(absolute[0] ?? cwd)
  for (const file of absolute) {
    while (path.relative(common, file).startsWith('..')) common = path.dirname(common)
  }
  return new Map(files.map((source, i) => [source, path.join(outDir, path.relative(common, absolute[i]!))]))
}

/**
 * `tolmach import multi.xlf --source a.md --source b.md -o OUT`: rebuilds each
 * source from the `<file>` of the XLIFF its `original` names, into OUT at
 * its path below the sources' common folder. A `<file>` no source matches,
 * or a source no `<file>` matches, is a finding naming it. Nothing is written
 * while any finding is an error; then every document is written atomically.
 */
export async function runImportMany(xliffFile: string, sources: readonly string[], options: ImportOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  if (options.output === undefined || options.output === '-') throw usageError('output-dir-needed', t('links.outputDir'))
  const seen = new Set<string>()
  for (const source of sources) {
    const key = source === '-' ? source : path.resolve(io.cwd, source)
    if (seen.has(key)) throw usageError('source-twice', t('links.sourceTwice', {file: source}), source)
    seen.add(key)
  }
  if ([xliffFile, ...sources].filter((f) => f === '-').length > 1) throw usageError('stdin-twice', t('segment.stdinTwice'))
  const lang = parseLang(options.sourceLang ?? options.lang, options.sourceLang === undefined ? '--lang' : '--source-lang', t)
  const read = async (file: string) => (file === '-' ? await readStdin(io.stdin, t) : readInputFile(file, io.cwd, t))
  const nameOf = (file: string) => (file === '-' ? t('stdin') : file)
  const xliffName = nameOf(xliffFile)
  const xliff = await read(xliffFile)
  const parsed = await readTranslatedXliff(xliff.text, xliffName)
  const findings: Finding[] = [...parsed.findings]
  if (parsed.documents.length === 0 && findings.some((f) => f.severity === 'error')) return reportFindings(findings, ctx)

  const matched = matchDocuments(parsed.documents, sources, io.cwd)
  const used = new Set(matched.values())
  for (const document of parsed.documents) {
    if (!used.has(document)) findings.push(unmatchedFile(document, xliffName, options.allowPartial ? 'warning' : 'error', t))
  }
  for (const source of sources) {
    if (matched.has(source)) continue
    findings.push(createFinding({ruleId: 'source-unmatched', severity: 'error', message: t('links.sourceUnmatched', {file: originalOf(source, io.cwd)}), source: findingSource, file: nameOf(source), actual: originalOf(source, io.cwd)}))
  }

  const outputs = outputPaths(sources, matched, options.output, io.cwd)
  const byOutput = new Map<string, string>()
  for (const [source, output] of outputs) {
    const other = byOutput.get(output)
    if (other !== undefined) throw usageError('same-output', t('links.sameOutput', {first: other, second: source, output}), output)
    byOutput.set(output, source)
  }

  const rebuilt: Array<{source: string; output: string; markdown: string; translated: number; kept: number; segments: number}> = []
  for (const source of sources) {
    const document = matched.get(source)
    if (!document) continue
    const sourceName = nameOf(source)
    const input = await read(source)
    const decision = decideLang(lang ?? documentLang(document.sourceLang), input.text, sourceName, t)
    if (decision.warning) ctx.warn(decision.warning)
    const result = rebuildMarkdown(input.text, unitsById(document), {
      lang: decision.lang,
      file: sourceName,
      unitsFile: xliffName,
      allowPartial: options.allowPartial === true,
      reportUntranslated: true
    })
    findings.push(...translateRebuildFindings(result.findings, sourceName, t))
    rebuilt.push({source: sourceName, output: outputs.get(source)!, markdown: result.markdown, ...result.stats})
  }
  findings.sort(compareFindings)
  const failed = findings.some((f) => f.severity === 'error')
  const status = reportFindings(findings, ctx)
  if (failed) ctx.info(t('links.notWritten', {output: options.output}))
  else await writeAll(rebuilt, [xliffFile, ...sources], ctx)
  const translated = rebuilt.reduce((n, r) => n + r.translated, 0)
  const kept = rebuilt.reduce((n, r) => n + r.kept, 0)
  if (!failed) {
    ctx.info(
      t('links.summary', {
        files: t('count.file', {count: rebuilt.length}),
        output: options.output,
        translated: t('countCase.translatedSegments', {count: translated}),
        kept: t('count.keptSegment', {count: kept})
      })
    )
  }
  if (options.json) {
    const documents = rebuilt.map(({markdown: _, ...rest}) => rest)
    const summary = {xliff: xliffName, output: options.output, documents, translated, kept, errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length, written: !failed}
    io.stdout.write(`${JSON.stringify(summary)}\n`)
  }
  return status
}

/** Every document to a temp file first; renamed over its target only when all are written. */
async function writeAll(rebuilt: ReadonlyArray<{output: string; markdown: string}>, inputs: readonly string[], ctx: CommandContext): Promise<void> {
  const {io, t} = ctx
  const sinks: OutputSink[] = []
  try {
    for (const {output, markdown} of rebuilt) {
      await mkdir(path.resolve(io.cwd, path.dirname(output)), {recursive: true})
      const sink = await openOutput(output, {inputs, cwd: io.cwd, stdout: io.stdout, t})
      sinks.push(sink)
      await sink.write(markdown)
    }
    for (const sink of sinks) await sink.commit()
  } catch (error) {
    for (const sink of sinks) await sink.abort()
    throw error
  }
}

function documentLang(value: string | undefined): 'ru' | 'en' | undefined {
  const primary = value?.toLowerCase().split(/[-_]/)[0]
  return primary === 'ru' || primary === 'en' ? primary : undefined
}
