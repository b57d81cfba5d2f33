import path from 'node:path'
import {compareFindings, type Finding} from '@tolmach/core'
import {formatFindings} from '@tolmach/report'
import {type GlossaryHooks, loadGlossaryHooks} from './align/align-glossary.js'
import {configLangs} from '../config/config-langs.js'
import {parseLang} from '../io/document-lang.js'
import {inputEncoding} from '../io/input-encoding.js'
import {decidePairLangs} from '../config/pair-langs.js'
import {creationDate, parseInclude, parsePairFormat, reviewFindings, writePairs} from './align/align-write.js'
import type {CommandContext} from '../context.js'
import {goldOf} from '@tolmach/check'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {readInputFile} from '../io/read-input.js'
import {alignReviewed, loadCorrections, notRejected} from './review/review-page.js'
import {reviewLabels} from '../i18n/review-labels.js'
import {withOutput} from '../io/write-output.js'
import {parseReportOptions, writeAlignReport} from './align/align-report.js'
import {checkStatus} from './check/check-options.js'

export interface AlignOptions {
  output?: string
  format?: string
  include?: string
  review?: string
  reviewFormat?: string
  reportFormat?: string
  failOn?: string
  root?: string
  glossary?: string
  corrections?: string
  /** Write the alignment as a gold file (`corpus/gold/*.json` layout), e.g. after a review. */
  writeGold?: string
  sourceLang?: string
  targetLang?: string
  encoding?: string
}


/**
 * `tolmach align SOURCE.md TARGET.md`: segments both documents, aligns and
 * checks them, writes the pairs the checks let through (`--include`) as
 * TMX, TSV, JSONL or a ladder, and lists the rest for review (stderr, or
 * `--review FILE`). Russian → English or English → Russian, as given by
 * `--source-lang`/`--target-lang` or detected from the documents. Two
 * documents in the wrong languages are an error and write nothing. Exit 1
 * when a pair has an error verdict.
 */
export async function runAlign(sourceFile: string, targetFile: string, options: AlignOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const givenSource = parseLang(options.sourceLang, '--source-lang', t)
  const givenTarget = parseLang(options.targetLang, '--target-lang', t)
  const format = parsePairFormat(options.format, options.output, t)
  const include = parseInclude(options.include, t)
  const report = parseReportOptions(options, t)
  const decoding = inputEncoding(options.encoding, ctx)
  const source = readInputFile(sourceFile, io.cwd, t, decoding)
  const target = readInputFile(targetFile, io.cwd, t, decoding)
  const {warnings, ...langs} = decidePairLangs({source: givenSource, target: givenTarget}, {source, target}, () => configLangs(ctx), t)
  for (const warning of warnings) ctx.warn(warning)
  let glossary: GlossaryHooks | undefined
  if (options.glossary !== undefined) glossary = loadGlossaryHooks(options.glossary, io.cwd, t, langs)
  const corrections = options.corrections === undefined ? undefined : loadCorrections(options.corrections, io.cwd, t)
  // A big pair takes a while: a bar on a terminal, as segment and corpus build show.
  const label = t('progress.aligning', {file: sourceFile})
  const {alignment, statuses} = alignReviewed(source, target, langs, glossary, corrections, io.cwd, {onProgress: (done, total) => ctx.progress.update(done, total, label)})
  ctx.progress.done()

  const problems: Finding[] = [...(glossary?.messages ?? []), ...alignment.findings]
  if (alignment.findings.some((f) => f.ruleId === 'language-mismatch')) {
    reportFindings(problems, ctx)
    ctx.info(t('align.refused', {source: t(`bidir.langName.${langs.sourceLang}`), target: t(`bidir.langName.${langs.targetLang}`)}))
    return 1
  }
  const written: Finding[] = []
  const outputOptions = {inputs: [sourceFile, targetFile, ...(options.glossary === undefined ? [] : [options.glossary]), ...(options.corrections === undefined ? [] : [options.corrections])], cwd: io.cwd, stdout: io.stdout, t}
  if (options.review !== undefined && options.output !== undefined && options.review !== '-' && path.resolve(io.cwd, options.review) === path.resolve(io.cwd, options.output)) {
    throw usageError('review-is-output', t('align.reviewIsOutput', {file: options.review}))
  }
  const sink = await withOutput(options.output, outputOptions, (out) =>
    writePairs(notRejected(alignment.beads, statuses), format, out, {include, ...langs, creationDate: creationDate(io.env, new Date()), onFinding: (f) => void written.push(f)})
  )

  const review = reviewFindings(alignment, include).sort(compareFindings)
  let status: number
  if (report.ci) {
    // A CI format: one report of everything found, where the job reads it.
    const all = [...problems, ...written, ...review.filter((f) => !alignment.findings.includes(f))].sort(compareFindings)
    const destination = options.review ?? (options.output === undefined || options.output === '-' ? undefined : '-')
    await writeAlignReport(all, [sourceFile, targetFile], report, destination, outputOptions, {root: options.root}, ctx)
    status = checkStatus(all.map((f) => f.severity), report.failOn)
  } else {
    // The pair's own problems always show on stderr; bead findings go to the review list.
    status = reportFindings([...problems, ...written], ctx)
    if (options.review !== undefined) {
      await withOutput(options.review, outputOptions, (out) => out.write(formatFindings(review, report.format as 'stylish' | 'json', {color: false, labels: reviewLabels(t)})))
    } else {
      status = Math.max(status, reportFindings(review.filter((f) => !alignment.findings.includes(f)), ctx))
    }
  }
  if (options.writeGold !== undefined) {
    const [ru, en] = langs.sourceLang === 'ru' ? [sourceFile, targetFile] : [targetFile, sourceFile]
    const gold = goldOf(alignment, {ru, en})
    await withOutput(options.writeGold, outputOptions, (out) => out.write(`${JSON.stringify(gold, null, 2)}\n`))
  }
  const {ok, warning, error} = alignment.verdicts
  ctx.info(
    t('align.summary', {
      beads: t('align.beads', {count: alignment.beads.length}),
      ok,
      warning,
      error,
      output: sink.name
    })
  )
  // Under --fail-on the findings decide; otherwise an error verdict fails as before.
  return report.ci || error === 0 ? status : 1
}
