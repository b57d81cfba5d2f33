import {mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {Finding, Lang, Segment, SegmentDocument} from '@tolmach/core'
import {configLangs} from '../config/config-langs.js'
import {parseLang} from '../io/document-lang.js'
import {otherLang, type PairLangs} from '../config/pair-langs.js'
import type {CommandContext} from '../context.js'
import {alignCorpus, type CorpusAlignment} from './corpus/corpus-align.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {writeDocuments} from '../io/format-output.js'
import {readInputFile} from '../io/read-input.js'
import {segmentDocument} from '@tolmach/segmenter'
import {type OutputSink, openOutput} from '../io/write-output.js'

export interface CorpusBuildOptions {
  out: string
  json?: boolean
  /** Glossary for term anchors and checks; default `glossary/termbase.csv` beside DIR, when there is one. */
  glossary?: string
  /** A corrections file from the review page, applied to the pairs it names. */
  corrections?: string
  sourceLang?: string
  targetLang?: string
  /** Memory (`*.tmdb`, postgres:// URL or config name) that receives the approved pairs. */
  tm?: string
}

export interface CorpusBuildSummary {
  files: Array<{file: string; segments: number}>
  segments: number
  outputs: string[]
  /** Alignment of every ru/en pair: TMX files, verdicts, findings, gold comparison. */
  aligned: CorpusAlignment
}

/**
 * `tolmach corpus build [DIR]`: segments every `DIR/ru/*.md` (sorted by
 * name, so runs are reproducible) into `OUT/ru.xlf` (XLIFF 1.2, target en)
 * and `OUT/ru.jsonl`; with `--source-lang en` (or the config's
 * `sourceLang`) the originals are `DIR/en/*.md`, the outputs `OUT/en.*`
 * and the translations `DIR/ru`. Documents are named relative to DIR
 * (`ru/…md`), so the outputs do not depend on where the command was run
 * from. Both outputs are written atomically. Then every pair is aligned and checked
 * (`alignCorpus`): approved pairs to `DIR/aligned/*.tmx`, the rest to a
 * review list, the gold pairs compared. Exit 1 on error verdicts or a gold
 * pair not matched exactly.
 */
export async function runCorpusBuild(dir: string, options: CorpusBuildOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const langs = corpusLangs(options, ctx)
  const src = langs.sourceLang
  const sourceDir = path.join(dir, src)
  let names: string[]
  try {
    names = (await readdir(path.resolve(io.cwd, sourceDir))).filter((name) => name.endsWith('.md')).sort()
  } catch {
    throw usageError('folder-not-found', t('error.folderNotFound', {dir: sourceDir}), sourceDir)
  }
  if (names.length === 0) throw usageError('corpus-empty', t('corpus.noFiles', {dir: sourceDir}), sourceDir)

  const documents: SegmentDocument[] = []
  for (const [i, name] of names.entries()) {
    ctx.progress.update(i, names.length, t('progress.building', {file: `${sourceDir}/${name}`}))
    const input = readInputFile(path.join(sourceDir, name), io.cwd, t)
    const file = `${src}/${name}`
    const segments: Segment[] = []
    for (const piece of segmentDocument(input.text, {lang: src, file})) for (const s of piece) segments.push(s)
    documents.push({file, lang: src, targetLang: langs.targetLang, segments})
  }

  ctx.progress.done()
  await mkdir(path.resolve(io.cwd, options.out), {recursive: true})
  const targets = [path.join(options.out, `${src}.xlf`), path.join(options.out, `${src}.jsonl`)]
  const findings: Finding[] = []
  const onFinding = (finding: Finding) => void findings.push(finding)
  const formats = ['xliff', 'jsonl'] as const
  const sinks: OutputSink[] = []
  try {
    for (const [i, target] of targets.entries()) {
      const sink = await openOutput(target, {inputs: [], cwd: io.cwd, stdout: io.stdout, t})
      sinks.push(sink)
      await writeDocuments(documents, formats[i]!, sink, onFinding)
    }
    for (const sink of sinks) await sink.commit()
  } catch (error) {
    for (const sink of sinks) await sink.abort()
    throw error
  }

  const segmentStatus = reportFindings(findings, ctx)
  const aligned = await alignCorpus(dir, names, options.glossary, langs, ctx, options.corrections)
  const summary: CorpusBuildSummary = {
    files: documents.map((doc) => ({file: doc.file, segments: doc.segments.length})),
    segments: documents.reduce((sum, doc) => sum + doc.segments.length, 0),
    outputs: targets,
    aligned: aligned.summary
  }
  const status = Math.max(segmentStatus, aligned.status)
  ctx.info(
    t('corpus.summary', {
      files: t('count.file', {count: summary.files.length}),
      segments: t('count.segment', {count: summary.segments}),
      outputs: targets.join(', ')
    })
  )
  const a = aligned.summary
  // A corpus without English versions is only segmented: nothing to say about alignment.
  if (a.pairs.length > 0) {
    ctx.info(
      t('corpus.alignSummary', {
        pairs: t('align.pairs', {count: a.pairs.length}),
        beads: t('align.beads', {count: a.beads}),
        ok: a.verdicts.ok,
        warning: a.verdicts.warning,
        error: a.verdicts.error,
        findings: Object.entries(a.findings).map(([rule, count]) => `${rule} ${count}`).join(', ') || '0',
        outputs: [...a.pairs.map((p) => p.tmx), a.review, a.reviewPage].join(', ')
      })
    )
  }
  if (a.gold.pairs > 0) ctx.info(t('corpus.goldSummary', {exact: a.gold.exact, pairs: a.gold.pairs}))
  if (options.tm !== undefined && a.pairs.length > 0) {
    const {addCorpusToMemory} = await import('./tm/tm-corpus.js')
    await addCorpusToMemory(a.pairs.map((p) => p.tmx), options.tm, ctx)
  }
  if (options.json) io.stdout.write(`${JSON.stringify(summary)}\n`)
  return status
}

/** `--source-lang`/`--target-lang`, else the config's, else ru → en: a folder of files says nothing about which is the original. */
function corpusLangs(options: CorpusBuildOptions, ctx: CommandContext): PairLangs {
  const source = parseLang(options.sourceLang, '--source-lang', ctx.t)
  const target = parseLang(options.targetLang, '--target-lang', ctx.t)
  const config = source === undefined && target === undefined ? configLangs(ctx) : {}
  const first = source ?? config.source
  const second = target ?? config.target
  const from: Lang = first ?? (second === undefined ? 'ru' : otherLang(second))
  const to = second ?? otherLang(from)
  if (from === to) throw usageError('same-lang', ctx.t('check.sameLang', {lang: from}))
  return {sourceLang: from, targetLang: to}
}
