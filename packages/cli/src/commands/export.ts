import path from 'node:path'
import type {Finding, Lang, SegmentDocument} from '@tolmach/core'
import type {CandidateMatch, MissingTarget, TargetText} from '@tolmach/formats'
import {segmentMarkdown, withLinkUrlSegments} from '@tolmach/segmenter'
import type {CommandContext} from '../context.js'
import {decideLang, parseLang} from '../io/document-lang.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {inputEncoding} from '../io/input-encoding.js'
import {readInputFile, readStdin} from '../io/read-input.js'
import {frontMatterKeys, translateFrontMatterFinding} from '../config/front-matter-keys.js'
import {openOutput} from '../io/write-output.js'

export interface ExportOptions {
  lang?: string
  sourceLang?: string
  encoding?: string
  targetLang?: string
  format?: string
  output?: string
  glossary?: string
  tm?: string
  target?: string
  minMatch?: string
  maxMatches?: string
  frontMatterKeys?: string
  /** Link destinations as units of their own (see withLinkUrlSegments). */
  urls?: boolean
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

const targetModes: readonly MissingTarget[] = ['copy', 'empty', 'none']

/**
 * The `<target>` of an untranslated unit. `copy` (the source, state `new`)
 * by default, as Okapi Rainbow writes: OmegaT 3.6 translates the target of
 * an XLIFF unit and loads no segment from units without one or with an
 * empty one; translate-toolkit and Okapi read copies as untranslated.
 */
function parseTargetMode(value: string | undefined, ctx: CommandContext): MissingTarget {
  if (value === undefined) return 'copy'
  const mode = value.toLowerCase()
  if ((targetModes as readonly string[]).includes(mode)) return mode as MissingTarget
  throw usageError('unknown-target-mode', ctx.t('export.unknownTarget', {value, valid: targetModes.join(', ')}))
}

/**
 * `tolmach export RU.md -o RU.xlf`: the document's segments as XLIFF for a
 * CAT tool, segmented exactly as `tolmach import` will segment it again,
 * with glossary terms as notes and exact memory matches as targets that
 * ask for review.
 */
export async function runExport(fileOrFiles: string | readonly string[], options: ExportOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  // Several files go to one XLIFF, one <file> each, told apart by `original` at import.
  const files = typeof fileOrFiles === 'string' ? [fileOrFiles] : [...fileOrFiles]
  const lang = parseLang(options.sourceLang ?? options.lang, options.sourceLang === undefined ? '--lang' : '--source-lang', t)
  const decoding = inputEncoding(options.encoding, ctx)
  const targetLang = parseLang(options.targetLang, '--target-lang', t)
  const format = parseExportFormat(options.format, ctx)
  const missingTarget = parseTargetMode(options.target, ctx)
  const inputs = [...files, options.glossary, options.tm].filter((f): f is string => f !== undefined)
  if (inputs.filter((f) => f === '-').length > 1) throw usageError('stdin-twice', t('segment.stdinTwice'))
  const keys = frontMatterKeys(options.frontMatterKeys, ctx)
  const output = await openOutput(options.output, {inputs, cwd: io.cwd, stdout: io.stdout, t})
  const findings: Finding[] = []
  let segments = 0
  try {
    const documents: SegmentDocument[] = []
    const targets = new Map<string, TargetText>()
    const notes = new Map<string, string[]>()
    const candidates = new Map<string, CandidateMatch[]>()
    let memoryHits = 0
    let termNotes = 0
    for (const file of files) {
      const input = file === '-' ? await readStdin(io.stdin, t, decoding) : readInputFile(file, io.cwd, t, decoding)
      const name = file === '-' ? t('stdin') : file
      const decision = decideLang(lang, input.text, name, t)
      if (decision.warning) ctx.warn(decision.warning)
      const target: Lang = targetLang ?? (decision.lang === 'ru' ? 'en' : 'ru')
      const original = originalName(file, io.cwd)
      // Errors name the file as the user typed it; the XLIFF names it by its path from the working folder.
      const segmented = segmentMarkdown(input.text, {
        lang: decision.lang,
        file: name,
        // front matter: the same keys import will use, and what stays as written said so
        ...(keys ? {frontMatterKeys: keys} : {}),
        onFinding: (finding) => void findings.push(translateFrontMatterFinding(finding, t))
      })
      const segmentsOf = options.urls === true ? withLinkUrlSegments(input.text, segmented, decision.lang) : segmented
      for (const segment of segmentsOf) segment.file = original
      const document: SegmentDocument = {file: original, lang: decision.lang, targetLang: target, segments: segmentsOf}
      documents.push(document)
      // URL units (--urls) are no segments of the document.
      segments += segmented.length
      const extras = await exportExtras(document, options, ctx, findings)
      for (const [id, text] of extras.targets) targets.set(id, text)
      for (const [id, list] of extras.notes) notes.set(id, list)
      for (const [id, list] of extras.candidates) candidates.set(id, list)
      memoryHits += extras.memoryHits
      termNotes += extras.termNotes
    }
    const {writeXliff12, writeXliff2} = await import('@tolmach/formats')
    const write = format === 'xliff2' ? writeXliff2 : writeXliff12
    await output.write(write(documents, {targets, notes, candidates, missingTarget, onFinding: (f) => void findings.push(f)}))
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

/**
 * XLIFF `original`: the path relative to the working folder, with `/`, so an
 * XLIFF never carries a local absolute path and imports on another machine
 * (`import` matches `<file>`s by it). A file outside the folder keeps `..`.
 */
function originalName(file: string, cwd: string): string {
  if (file === '-') return file
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')
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
  const {isMemoryStore, fuzzyMatches} = await import('./export/export-fuzzy.js')
  const glossary = options.glossary === undefined ? undefined : (await import('./export/export-glossary-load.js')).readGlossaryFile(options.glossary, ctx, findings)
  if (options.tm !== undefined && isMemoryStore(options.tm)) {
    const fuzzy = await fuzzyMatches(document, {...options, tm: options.tm, glossary}, ctx)
    extras.targets = fuzzy.targets
    extras.candidates = fuzzy.candidates
    extras.memoryHits = fuzzy.candidates.size
  } else if (options.tm !== undefined) {
    const {createMemory} = await import('./export/export-memory.js')
    const {readMemoryPairs} = await import('./export/export-memory-read.js')
    const tm = options.tm === '-' ? await readStdin(io.stdin, t) : readInputFile(options.tm, io.cwd, t)
    const lookup = createMemory(await readMemoryPairs(tm.text, options.tm, document.lang, target, findings))
    for (const segment of document.segments) {
      const hit = lookup(segment)
      if (hit) extras.targets.set(segment.id, hit)
    }
    extras.memoryHits = extras.targets.size
  }
  if (glossary !== undefined) {
    const {glossaryNotes} = await import('./export/export-glossary-load.js')
    const notesFor = glossaryNotes(glossary, document.lang, target)
    for (const segment of document.segments) {
      const notes = notesFor(segment)
      if (notes.length === 0) continue
      extras.notes.set(segment.id, notes)
      extras.termNotes += notes.length
    }
  }
  return extras
}
