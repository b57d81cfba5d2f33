import type {Finding, Lang, SegmentDocument} from '@tolmach/core'
import type {CandidateMatch, TargetText} from '@tolmach/formats'
import {segmentMarkdown} from '@tolmach/segmenter'
import type {CommandContext} from '../context.js'
import {decideLang, parseLang} from '../document-lang.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../findings.js'
import {readInputFile, readStdin} from '../read-input.js'
import {openOutput} from '../write-output.js'

export interface ExportOptions {
  lang?: string
  targetLang?: string
  format?: string
  output?: string
  glossary?: string
  tm?: string
  minMatch?: string
  maxMatches?: string
}

const exportFormats = ['xliff', 'xliff2'] as const
type ExportFormat = (typeof exportFormats)[number]

function parseExportFormat(value: string | undefined, ctx: CommandContext): ExportFormat {
  // XLIFF 1.2 unless asked otherwise: the version CAT tools import best.
  if (value === undefined) return 'xliff'
  const format = value.toLowerCase() === 'xliff12' ? 'xliff' : value.toLowerCase()
  if ((exportFormats as readonly string[]).includes(format)) return format as ExportFormat
  throw usageError('unknown-format', ctx.t('error.unknownFormat', {value, valid: exportFormats.join(', ')}))
}

/**
 * `tolmach export RU.md -o RU.xlf`: the document's segments as XLIFF for a
 * CAT tool, segmented exactly as `tolmach import` will segment it again,
 * with glossary terms as notes and exact memory matches as targets that
 * ask for review.
 */
export async function runExport(file: string, options: ExportOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const lang = parseLang(options.lang, '--lang', t)
  const targetLang = parseLang(options.targetLang, '--target-lang', t)
  const format = parseExportFormat(options.format, ctx)
  const inputs = [file, options.glossary, options.tm].filter((f): f is string => f !== undefined)
  if (inputs.filter((f) => f === '-').length > 1) throw usageError('stdin-twice', t('segment.stdinTwice'))
  const output = await openOutput(options.output, {inputs, cwd: io.cwd, stdout: io.stdout, t})
  const findings: Finding[] = []
  let segments = 0
  try {
    const input = file === '-' ? await readStdin(io.stdin, t) : readInputFile(file, io.cwd, t)
    const name = file === '-' ? t('stdin') : file
    const decision = decideLang(lang, input.text, name, t)
    if (decision.warning) ctx.warn(decision.warning)
    const target: Lang = targetLang ?? (decision.lang === 'ru' ? 'en' : 'ru')
    const document: SegmentDocument = {file, lang: decision.lang, targetLang: target, segments: segmentMarkdown(input.text, {lang: decision.lang, file})}
    segments = document.segments.length
    const {targets, notes, memoryHits, termNotes, candidates} = await exportExtras(document, options, ctx, findings)
    const {writeXliff12, writeXliff2} = await import('@tolmach/formats')
    const write = format === 'xliff2' ? writeXliff2 : writeXliff12
    await output.write(write([document], {targets, notes, candidates, onFinding: (f) => void findings.push(f)}))
    await output.commit()
    const status = reportFindings(findings, ctx)
    if (options.output !== undefined && options.output !== '-') {
      ctx.info(
        t('export.summary', {
          segments: t('count.segment', {count: segments}),
          output: output.name,
          memory: t('count.memoryMatch', {count: memoryHits}),
          notes: t('count.termNote', {count: termNotes})
        })
      )
    }
    return status
  } catch (error) {
    await output.abort()
    throw error
  }
}

interface Extras {
  targets: Map<string, TargetText>
  notes: Map<string, string[]>
  memoryHits: number
  termNotes: number
  /** Fuzzy matches from a memory store (`--tm team.tmdb`). */
  candidates: Map<string, CandidateMatch[]>
}

/** Memory targets and glossary notes, loading the glossary and TMX readers only when asked for. */
async function exportExtras(document: SegmentDocument, options: ExportOptions, ctx: CommandContext, findings: Finding[]): Promise<Extras> {
  const {t, io} = ctx
  const extras: Extras = {targets: new Map(), notes: new Map(), memoryHits: 0, termNotes: 0, candidates: new Map()}
  const target = document.targetLang!
  const {isMemoryStore, fuzzyMatches} = await import('../export-fuzzy.js')
  if (options.tm !== undefined && isMemoryStore(options.tm)) {
    const fuzzy = await fuzzyMatches(document, {tm: options.tm, ...options}, ctx)
    extras.targets = fuzzy.targets
    extras.candidates = fuzzy.candidates
    extras.memoryHits = fuzzy.candidates.size
  } else if (options.tm !== undefined) {
    const {readTmx} = await import('@tolmach/formats')
    const {createMemory} = await import('../export-memory.js')
    const tmx = options.tm === '-' ? await readStdin(io.stdin, t) : readInputFile(options.tm, io.cwd, t)
    const read = readTmx(tmx.text, {file: options.tm})
    findings.push(...read.findings)
    const lookup = createMemory(read.units, document.lang, target)
    for (const segment of document.segments) {
      const hit = lookup(segment)
      if (hit) extras.targets.set(segment.id, hit)
    }
    extras.memoryHits = extras.targets.size
  }
  if (options.glossary !== undefined) {
    const {loadGlossaryNotes} = await import('../export-glossary-load.js')
    const notesFor = await loadGlossaryNotes(options.glossary, document.lang, target, ctx, findings)
    for (const segment of document.segments) {
      const notes = notesFor(segment)
      if (notes.length === 0) continue
      extras.notes.set(segment.id, notes)
      extras.termNotes += notes.length
    }
  }
  return extras
}
