import {compareFindings, type Lang} from '@tolmach/core'
import {type Glossary, glossaryFormatLosses, writeGlossaryCsv, writeGlossaryJson, writeOmegatGlossary, writeTbx} from '@tolmach/glossary'
import {formatFindings} from '@tolmach/report'
import {checkFormats, checkStatus, resolveLangs} from './check/check-options.js'
import type {FailOn} from '../config/config-load.js'
import type {CommandContext} from '../context.js'
import {exitCodes, usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {lintGlossaries, mergeFindings} from './glossary/glossary-lint.js'
import {joinGlossaryFiles} from '@tolmach/glossary'
import {readGlossaryFile} from './glossary/glossary-read.js'
import type {Translate} from '../i18n/i18n.js'
import {rootReport} from '../io/report-root.js'
import {reviewLabels} from '../i18n/review-labels.js'
import {withOutput} from '../io/write-output.js'

export interface GlossaryImportOptions {
  output?: string
  to?: string
  sourceLang?: string
  targetLang?: string
  /** Concepts of several files that share a term become one (`--merge`). */
  merge?: boolean
}

const outputFormats = ['tbx', 'tbx-2008', 'tbx-2019', 'csv', 'tsv', 'json'] as const
type OutputFormat = (typeof outputFormats)[number]

/**
 * `tolmach glossary import FILE… -o OUT`: reads glossaries in any layout
 * the glossary package knows, says which layout and encoding each was, lists
 * every row it could not use with its place, and writes one termbase as
 * TBX-Basic, CSV, OmegaT TSV or JSON. Exit 1 when a row was unusable (the
 * output is still written with every good row), 2 on usage errors.
 */
export async function runGlossaryImport(files: string[], options: GlossaryImportOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  if (options.output === undefined) throw usageError('no-output', t('glossary.noOutput'))
  const format = outputFormat(options.to, options.output, t)
  const [sourceLang, targetLang] = resolveLangs(options.sourceLang, options.targetLang, t)
  const read = files.map((file, i) => {
    ctx.progress.update(i, files.length, t('progress.readingGlossary', {file}))
    return readGlossaryFile(file, io.cwd, t)
  })
  ctx.progress.done()
  const {glossary, merges} = joinGlossaryFiles(read, {byTerm: options.merge === true})
  const messages = [...read.flatMap((r) => r.messages), ...mergeFindings(read, merges, t)].sort(compareFindings)
  const status = reportFindings(messages, ctx)
  for (const r of read) {
    const terms = r.glossary.concepts.reduce((n, c) => n + c.terms.length, 0)
    ctx.info(t('glossary.detected', {file: r.file, format: r.format, encoding: r.encoding, concepts: t('glossary.concepts', {count: r.glossary.concepts.length}), terms: t('glossary.terms', {count: terms})}))
  }
  const sink = await withOutput(options.output, {inputs: files, cwd: io.cwd, stdout: io.stdout, t}, (out) => out.write(write(glossary, format, sourceLang, targetLang)))
  // A cell error (an unknown status) keeps its row, read with a safe default: only the other errors lose a row.
  const unusable = messages.filter((m) => m.severity === 'error' && m.ruleId !== 'glossary-cell-invalid').length
  ctx.info(t('glossary.written', {concepts: t('glossary.concepts', {count: glossary.concepts.length}), output: sink.name, rows: t('glossary.unusable', {count: unusable})}))
  const losses = glossaryFormatLosses(glossary, format === 'tsv' ? 'omegat' : format === 'csv' || format === 'json' ? format : 'tbx', {source: sourceLang, target: targetLang})
  for (const loss of losses) {
    ctx.info(t('glossary.formatLoss', {output: sink.name, field: t(`glossary.field.${loss.field}`), concepts: t('glossary.concepts', {count: loss.concepts}), first: loss.first}))
  }
  return status
}

export interface GlossaryLintOptions {
  format?: string
  failOn?: string
  sourceLang?: string
  targetLang?: string
  root?: string
}

/** `tolmach glossary lint FILE…`: the glossary's own problems, in any `tolmach check` format. */
export async function runGlossaryLint(files: string[], options: GlossaryLintOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const format = options.format ?? 'stylish'
  if (!(checkFormats as readonly string[]).includes(format)) {
    throw usageError('unknown-format', t('error.unknownFormat', {value: format, valid: checkFormats.join(', ')}))
  }
  const failOn = (options.failOn ?? 'error') as FailOn
  if (!['error', 'warning', 'info', 'never'].includes(failOn)) {
    throw usageError('unknown-fail-on', t('check.unknownFailOn', {value: failOn, valid: 'error, warning, info, never'}))
  }
  const [sourceLang, targetLang] = resolveLangs(options.sourceLang, options.targetLang, t)
  const findings = lintGlossaries(
    files.map((file) => readGlossaryFile(file, io.cwd, t)),
    {sourceLang, targetLang, t}
  ).sort(compareFindings)
  const rooted = rootReport(findings, files, format, {root: options.root, cwd: io.cwd, env: io.env, stdinName: t('stdin')})
  const text = formatFindings(rooted.findings, format as (typeof checkFormats)[number], {color: format === 'stylish' && colorOf(ctx), labels: reviewLabels(t), root: rooted.root, files: rooted.files, toolName: 'tolmach'})
  io.stdout.write(text)
  if (findings.length === 0) ctx.info(t('glossary.clean', {files: files.join(', ')}))
  return findings.length === 0 ? exitCodes.ok : checkStatus(findings.map((f) => f.severity), failOn)
}

function colorOf(ctx: CommandContext): boolean {
  return ctx.io.stdout.isTTY === true && ctx.colors.isColorSupported
}

function outputFormat(to: string | undefined, output: string, t: Translate): OutputFormat {
  const value = (to ?? output.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '') as OutputFormat
  if ((outputFormats as readonly string[]).includes(value)) return value
  throw usageError('unknown-format', t('glossary.unknownOutput', {value: to ?? output, valid: outputFormats.join(', ')}))
}

function write(glossary: Glossary, format: OutputFormat, source: Lang, target: Lang): string {
  if (format === 'csv') return writeGlossaryCsv(glossary)
  if (format === 'tsv') return writeOmegatGlossary(glossary, {source, target})
  if (format === 'json') return writeGlossaryJson(glossary)
  // TBX 2008 (TBX-Basic, martif) is what most CAT tools and translate-toolkit read.
  return writeTbx(glossary, {dialect: format === 'tbx-2019' ? 'tbx-2019' : 'tbx-2008'})
}
