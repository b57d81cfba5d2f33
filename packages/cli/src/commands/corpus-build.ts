import {mkdir, readdir} from 'node:fs/promises'
import path from 'node:path'
import type {Finding, Segment, SegmentDocument} from '@tolmach/core'
import type {CommandContext} from '../context.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../findings.js'
import {writeDocuments} from '../format-output.js'
import {readInputFile} from '../read-input.js'
import {segmentDocument} from '../segment-document.js'
import {type OutputSink, openOutput} from '../write-output.js'

export interface CorpusBuildOptions {
  out: string
  json?: boolean
}

export interface CorpusBuildSummary {
  files: Array<{file: string; segments: number}>
  segments: number
  outputs: string[]
}

/**
 * `tolmach corpus build [DIR]`: segments every `DIR/ru/*.md` (sorted by
 * name, so runs are reproducible) into `OUT/ru.xlf` (XLIFF 1.2, target en)
 * and `OUT/ru.jsonl`. Documents are named relative to DIR (`ru/…md`), so
 * the outputs do not depend on where the command was run from. Both outputs
 * are written atomically; later issues add alignment and TMX here.
 */
export async function runCorpusBuild(dir: string, options: CorpusBuildOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const ruDir = path.join(dir, 'ru')
  let names: string[]
  try {
    names = (await readdir(path.resolve(io.cwd, ruDir))).filter((name) => name.endsWith('.md')).sort()
  } catch {
    throw usageError('folder-not-found', t('error.folderNotFound', {dir: ruDir}), ruDir)
  }
  if (names.length === 0) throw usageError('corpus-empty', t('corpus.noFiles', {dir: ruDir}), ruDir)

  const documents: SegmentDocument[] = []
  for (const [i, name] of names.entries()) {
    ctx.progress.update(i, names.length, t('progress.building', {file: `${ruDir}/${name}`}))
    const input = readInputFile(path.join(ruDir, name), io.cwd, t)
    const file = `ru/${name}`
    const segments: Segment[] = []
    for (const piece of segmentDocument(input.text, {lang: 'ru', file})) for (const s of piece) segments.push(s)
    documents.push({file, lang: 'ru', targetLang: 'en', segments})
  }

  ctx.progress.done()
  await mkdir(path.resolve(io.cwd, options.out), {recursive: true})
  const targets = [path.join(options.out, 'ru.xlf'), path.join(options.out, 'ru.jsonl')]
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

  const summary: CorpusBuildSummary = {
    files: documents.map((doc) => ({file: doc.file, segments: doc.segments.length})),
    segments: documents.reduce((sum, doc) => sum + doc.segments.length, 0),
    outputs: targets
  }
  const status = reportFindings(findings, ctx)
  ctx.info(
    t('corpus.summary', {
      files: t('count.file', {count: summary.files.length}),
      segments: t('count.segment', {count: summary.segments}),
      outputs: targets.join(', ')
    })
  )
  if (options.json) io.stdout.write(`${JSON.stringify(summary)}\n`)
  return status
}
