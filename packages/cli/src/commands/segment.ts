import type {Finding, Lang, Segment, SegmentDocument} from '@tolmach/core'
import type {CommandContext} from '../context.js'
import {decideLang, parseLang} from '../io/document-lang.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {parseFormat, writeDocuments} from '../io/format-output.js'
import {type InputText, readInputFile, readStdin} from '../io/read-input.js'
import {inputEncoding} from '../io/input-encoding.js'
import {segmentDocument} from '@tolmach/segmenter'
import {frontMatterKeys, translateFrontMatterFinding} from '../config/front-matter-keys.js'
import {openOutput} from '../io/write-output.js'

export interface SegmentOptions {
  lang?: string
  format?: string
  targetLang?: string
  sourceLang?: string
  output?: string
  encoding?: string
  frontMatterKeys?: string
}

/**
 * `tolmach segment FILE...`: one document per file, all in one output.
 * Options are checked before anything is read, the output is opened (and
 * its folder checked) before the inputs, files are read and segmented one
 * at a time as the writer asks for them, and a file output is committed
 * only when every input succeeded.
 */
export async function runSegment(files: string[], options: SegmentOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const lang = parseLang(options.sourceLang ?? options.lang, options.sourceLang === undefined ? '--lang' : '--source-lang', t)
  const decoding = inputEncoding(options.encoding, ctx)
  const targetLang = parseLang(options.targetLang, '--target-lang', t)
  const format = parseFormat(options.format, options.output, t)
  if (files.filter((file) => file === '-').length > 1) throw usageError('stdin-twice', t('segment.stdinTwice'))

  const keys = frontMatterKeys(options.frontMatterKeys, ctx)
  const lineFormat = format === 'jsonl' || format === 'tsv'
  const output = await openOutput(options.output, {inputs: files, cwd: io.cwd, stdout: io.stdout, t})
  const findings: Finding[] = []
  let segments = 0
  try {
    const stdin = files.includes('-') ? await readStdin(io.stdin, t, decoding) : undefined
    function* pieces(file: string): Generator<{document: Omit<SegmentDocument, 'segments'>; segments: Segment[]}> {
      const input: InputText = file === '-' && stdin ? stdin : readInputFile(file, io.cwd, t, decoding)
      const name = file === '-' ? t('stdin') : file
      const decision = decideLang(lang, input.text, name, t)
      if (decision.warning) ctx.warn(decision.warning)
      const document = {file, lang: decision.lang, targetLang: targetLang ?? otherLang(decision.lang)}
      const label = t('progress.segmenting', {file: name})
      const onProgress = (done: number, total: number) => ctx.progress.update(done, total, label)
      let any = false
      const onFinding = (finding: Finding) => void findings.push(translateFrontMatterFinding(finding, t))
      for (const piece of segmentDocument(input.text, {lang: decision.lang, file, onProgress, onFinding, ...(keys ? {frontMatterKeys: keys} : {})})) {
        segments += piece.length
        any = true
        yield {document, segments: piece}
      }
      // An empty document still gets its <file>, so every input is accounted for.
      if (!any) yield {document, segments: []}
    }
    let documents: Iterable<SegmentDocument>
    if (lineFormat) {
      // JSONL and TSV rows carry their file, so a piece can go out as a
      // document of its own and a huge file never sits in memory whole.
      documents = (function* () {
        for (const file of files) for (const {document, segments} of pieces(file)) yield {...document, segments}
      })()
    } else {
      // XLIFF needs one <file> per document, so each is collected whole; the
      // event loop turns between pieces so Ctrl-C and SIGTERM are handled
      // within a piece's time instead of after the whole document.
      const whole: SegmentDocument[] = []
      for (const file of files) {
        let current: SegmentDocument | undefined
        for (const {document, segments} of pieces(file)) {
          if (current) for (const segment of segments) current.segments.push(segment)
          else current = {...document, segments: [...segments]}
          await new Promise((resolve) => setImmediate(resolve))
        }
        if (current) whole.push(current)
      }
      documents = whole
    }
    await writeDocuments(documents, format, output, (finding) => void findings.push(finding))
    ctx.progress.done()
    await output.commit()
  } catch (error) {
    ctx.progress.done()
    await output.abort()
    throw error
  }
  const status = reportFindings(findings, ctx)
  if (options.output !== undefined && options.output !== '-') {
    ctx.info(
      t('segment.summary', {
        segments: t('count.segment', {count: segments}),
        files: t('countCase.fromFiles', {count: files.length}),
        output: output.name
      })
    )
  }
  return status
}

function otherLang(lang: Lang): Lang {
  return lang === 'ru' ? 'en' : 'ru'
}
