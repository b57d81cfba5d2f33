import type {Finding} from '@tolmach/core'
import type {EntryInput, TranslationMemory} from '@tolmach/memory'
import {colorsFor} from '../io/colors.js'
import type {CommandContext} from '../context.js'
import {parseLang} from '../io/document-lang.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {readInputFile} from '../io/read-input.js'
import {highlightConcordance} from './tm/tm-concordance.js'
import {openCliMemory} from './tm/tm-open.js'
import {readPairsFile} from './tm/tm-read.js'
import {jsonlExport, type TmExportFormat, tmExportFormats, tmxExport, tsvExport} from './tm/tm-write.js'
import {readVersion} from '../io/version.js'
import {withOutput} from '../io/write-output.js'

export interface TmOptions {
  tm?: string
  sourceLang?: string
  targetLang?: string
  minMatch?: string
  maxMatches?: string
  limit?: string
  format?: string
  output?: string
  json?: boolean
  keepVerdicts?: string
  olderThan?: string
  alternatives?: boolean
}

/** Opens the memory of `--tm`, runs `work` and always closes it. */
async function withMemory<T>(options: TmOptions, ctx: CommandContext, work: (tm: TranslationMemory, name: string) => Promise<T>): Promise<T> {
  if (!options.tm) throw usageError('tm-missing', ctx.t('tm.needTm'))
  const {memory, name} = await openCliMemory(options.tm, ctx)
  try {
    return await work(memory, name)
  } finally {
    await memory.close()
  }
}

function langs(options: TmOptions, ctx: CommandContext): {sourceLang: string; targetLang: string} {
  const sourceLang = parseLang(options.sourceLang, '--source-lang', ctx.t) ?? 'ru'
  return {sourceLang, targetLang: parseLang(options.targetLang, '--target-lang', ctx.t) ?? (sourceLang === 'ru' ? 'en' : 'ru')}
}

function count(value: string | undefined, name: string, fallback: number, ctx: CommandContext, max = 100): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) throw usageError('bad-number', ctx.t('tm.badNumber', {option: name, value, max}))
  return n
}

/** `tolmach tm import FILE… --tm T`: every file's pairs in one transaction. */
export async function runTmImport(files: string[], options: TmOptions, ctx: CommandContext): Promise<number> {
  const pair = langs(options, ctx)
  const findings: Finding[] = []
  const entries: EntryInput[] = []
  for (const file of files) {
    const input = readInputFile(file, ctx.io.cwd, ctx.t)
    const read = await readPairsFile(file, input.text, pair, 'import').catch((error: Error) => {
      throw usageError('tm-bad-file', ctx.t('tm.badFile', {file, reason: error.message}), file)
    })
    entries.push(...read.entries)
    findings.push(...read.findings)
  }
  return withMemory(options, ctx, async (tm, name) => {
    const result = await tm.add(entries)
    const status = reportFindings(findings, ctx)
    ctx.info(ctx.t('tm.imported', {count: entries.length, name, added: result.added, merged: result.merged, skipped: findings.length + result.skipped.length}))
    return status
  })
}

export async function runTmAdd(source: string, target: string, options: TmOptions & {user?: string; project?: string}, ctx: CommandContext): Promise<number> {
  const pair = langs(options, ctx)
  return withMemory(options, ctx, async (tm, name) => {
    const entry = {source, target, ...pair, origin: {kind: 'add' as const}, ...(options.user ? {user: options.user} : {}), ...(options.project ? {project: options.project} : {})}
    const result = await tm.add([entry])
    if (result.skipped.length > 0) throw usageError('tm-empty', ctx.t('tm.empty'))
    ctx.info(ctx.t('tm.imported', {count: 1, name, added: result.added, merged: result.merged, skipped: 0}))
    return 0
  })
}

/** `tolmach tm search TEXT`: fuzzy matches with score, explanation and repaired numbers. */
export async function runTmSearch(text: string, options: TmOptions, ctx: CommandContext): Promise<number> {
  const pair = langs(options, ctx)
  const minScore = count(options.minMatch, '--min-match', 75, ctx)
  const maxMatches = count(options.maxMatches, '--max-matches', 3, ctx, 1000)
  return withMemory(options, ctx, async (tm) => {
    const matches = await tm.search(text, {...pair, minScore, maxMatches})
    const out = colorsFor(ctx.io.stdout, ctx.io.env)
    if (options.json) {
      ctx.io.stdout.write(`${JSON.stringify(matches)}\n`)
    } else {
      for (const m of matches) {
        const flag = m.repaired ? ` ${out.yellow(ctx.t('tm.repaired'))}` : ''
        ctx.io.stdout.write(`${out.bold(`${m.score}%`)}  ${m.entry.source}\n      ${out.green(m.target)}${flag}\n      ${out.dim(m.explanation)}\n`)
      }
    }
    if (matches.length === 0) ctx.info(ctx.t('tm.noMatch', {min: minScore}))
    return 0
  })
}

/** `tolmach tm concordance WORDS`: every entry with the words in any form, and what they were translated as. */
export async function runTmConcordance(words: string, options: TmOptions, ctx: CommandContext): Promise<number> {
  const limit = count(options.limit, '--limit', 20, ctx, 10_000)
  const lang = parseLang(options.sourceLang, '--source-lang', ctx.t)
  return withMemory(options, ctx, async (tm) => {
    const hits = await tm.concordance(words, {...(lang ? {lang} : {}), limit})
    if (options.json) ctx.io.stdout.write(`${JSON.stringify(hits)}\n`)
    else ctx.io.stdout.write(highlightConcordance(hits, tm, colorsFor(ctx.io.stdout, ctx.io.env)))
    ctx.info(ctx.t('tm.concordance', {count: hits.length}))
    return 0
  })
}

export async function runTmExport(options: TmOptions, ctx: CommandContext): Promise<number> {
  const format = (options.format ?? 'tmx').toLowerCase() as TmExportFormat
  if (!tmExportFormats.includes(format)) throw usageError('unknown-format', ctx.t('error.unknownFormat', {value: options.format, valid: tmExportFormats.join(', ')}))
  return withMemory(options, ctx, async (tm) => {
    const chunks = format === 'tmx' ? tmxExport(tm.entries(), readVersion()) : format === 'tsv' ? tsvExport(tm.entries()) : jsonlExport(tm.entries())
    await withOutput(options.output, {inputs: [], cwd: ctx.io.cwd, stdout: ctx.io.stdout, t: ctx.t}, async (sink) => {
      for await (const chunk of chunks) await sink.write(chunk)
    })
    return 0
  })
}

export async function runTmStats(options: TmOptions, ctx: CommandContext): Promise<number> {
  return withMemory(options, ctx, async (tm, name) => {
    const stats = await tm.stats()
    if (options.json) {
      ctx.io.stdout.write(`${JSON.stringify({name, ...stats})}\n`)
      return 0
    }
    ctx.io.stdout.write(`${ctx.t('tm.stats', {name, backend: stats.backend, entries: stats.entries, alternatives: stats.alternatives, terms: stats.terms})}\n`)
    for (const p of stats.pairs) ctx.io.stdout.write(`  ${p.sourceLang}→${p.targetLang}  ${p.entries}\n`)
    return 0
  })
}

export async function runTmPrune(options: TmOptions, ctx: CommandContext): Promise<number> {
  const keepVerdicts = options.keepVerdicts?.split(',').map((v) => v.trim()).filter(Boolean)
  if (options.olderThan !== undefined && Number.isNaN(Date.parse(options.olderThan))) {
    throw usageError('bad-date', ctx.t('tm.badDate', {value: options.olderThan}))
  }
  if (!keepVerdicts && !options.olderThan && !options.alternatives) throw usageError('tm-prune-nothing', ctx.t('tm.pruneNothing'))
  return withMemory(options, ctx, async (tm, name) => {
    const result = await tm.prune({
      ...(keepVerdicts ? {keepVerdicts} : {}),
      ...(options.olderThan ? {olderThan: new Date(options.olderThan).toISOString()} : {}),
      ...(options.alternatives ? {alternatives: true} : {})
    })
    ctx.info(ctx.t('tm.pruned', {name, count: result.removed, alternatives: result.alternatives}))
    return 0
  })
}
