import path from 'node:path'
import type {DocumentBead} from '@tolmach/aligner'
import {compareFindings, type Finding} from '@tolmach/core'
import {formatFindings} from '@tolmach/report'
import {type GlossaryHooks, loadGlossaryHooks} from './align/align-glossary.js'
import {type AlignInput, alignInputs} from './align/align-inputs.js'
import {configLangs} from '../config/config-langs.js'
import {parseLang} from '../io/document-lang.js'
import {inputEncoding} from '../io/input-encoding.js'
import {decidePairLangs, type PairLangs} from '../config/pair-langs.js'
import {creationDate, parseInclude, parsePairFormat, reviewFindings, writePairs} from './align/align-write.js'
import type {CommandContext} from '../context.js'
import {goldOf} from '@tolmach/check'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {type InputText, readInputFile, readStdin} from '../io/read-input.js'
import {alignReviewed, loadCorrections, notRejected, type ReviewedAlignment} from './review/review-page.js'
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

interface AlignedInput extends ReviewedAlignment {
  input: AlignInput
  langs: PairLangs
}

/**
 * `tolmach align SOURCE.md TARGET.md` (or folders and globs of documents
 * paired by name, `ru/X.md` ↔ `en/X.md`, `X.ru.md` ↔ `X.en.md`): segments
 * each pair, aligns and checks it, writes the pairs the checks let through
 * (`--include`) as TMX, TSV, JSONL or a ladder, and lists the rest for
 * review (stderr, or `--review FILE`). Russian → English or English →
 * Russian, as given by `--source-lang`/`--target-lang` or detected from the
 * documents. Two documents in the wrong languages are an error and write
 * nothing. Exit 1 when a pair has an error verdict.
 */
export async function runAlign(args: string[], options: AlignOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const given = {source: parseLang(options.sourceLang, '--source-lang', t), target: parseLang(options.targetLang, '--target-lang', t)}
  const format = parsePairFormat(options.format, options.output, t)
  const include = parseInclude(options.include, t)
  const report = parseReportOptions(options, t)
  const decoding = inputEncoding(options.encoding, ctx)
  const {pairs: inputs, findings: unpaired} = alignInputs(args, given, ctx)
  // A ladder and a gold file describe one alignment: of several pairs they would be ambiguous.
  if (inputs.length > 1 && (format === 'ladder' || options.writeGold !== undefined)) throw usageError('align-one-pair', t('align.onePairOnly', {count: inputs.length}))
  const stdin = args.includes('-') ? await readStdin(io.stdin, t, decoding) : undefined
  const read = (file: string): InputText => (file === '-' && stdin ? stdin : readInputFile(file, io.cwd, t, decoding))
  const corrections = options.corrections === undefined ? undefined : loadCorrections(options.corrections, io.cwd, t)
  const glossaries = new Map<string, GlossaryHooks>()
  const aligned: AlignedInput[] = []
  for (const input of inputs) {
    const source = read(input.source)
    const target = read(input.target)
    const {warnings, ...langs} = decidePairLangs(input.langs ? {source: input.langs.sourceLang, target: input.langs.targetLang} : given, {source, target}, () => configLangs(ctx), t)
    for (const warning of warnings) ctx.warn(warning)
    // One termbase serves both directions: loaded once for each direction met.
    const direction = `${langs.sourceLang}-${langs.targetLang}`
    if (options.glossary !== undefined && !glossaries.has(direction)) glossaries.set(direction, loadGlossaryHooks(options.glossary, io.cwd, t, langs))
    // A big pair takes a while: a bar on a terminal, as segment and corpus build show.
    const label = t('progress.aligning', {file: input.source})
    aligned.push({input, langs, ...alignReviewed(source, target, langs, glossaries.get(direction), corrections, io.cwd, {onProgress: (done, total) => ctx.progress.update(done, total, label)})})
    ctx.progress.done()
  }

  const glossaryMessages = [...glossaries.values()][0]?.messages ?? []
  const pairFindings = aligned.flatMap((a) => a.alignment.findings)
  const problems: Finding[] = [...glossaryMessages, ...unpaired, ...pairFindings]
  const refused = aligned.find((a) => a.alignment.findings.some((f) => f.ruleId === 'language-mismatch'))
  if (refused) {
    reportFindings(problems, ctx)
    ctx.info(t('align.refused', {source: t(`bidir.langName.${refused.langs.sourceLang}`), target: t(`bidir.langName.${refused.langs.targetLang}`)}))
    return 1
  }
  const written: Finding[] = []
  const files = inputs.flatMap((input) => [input.source, input.target])
  const outputOptions = {inputs: [...files, ...(options.glossary === undefined ? [] : [options.glossary]), ...(options.corrections === undefined ? [] : [options.corrections])], cwd: io.cwd, stdout: io.stdout, t}
  if (options.review !== undefined && options.output !== undefined && options.review !== '-' && path.resolve(io.cwd, options.review) === path.resolve(io.cwd, options.output)) {
    throw usageError('review-is-output', t('align.reviewIsOutput', {file: options.review}))
  }
  const beads: DocumentBead[] = aligned.flatMap((a) => notRejected(a.alignment.beads, a.statuses))
  const {sourceLang, targetLang} = (aligned[0] as AlignedInput).langs
  const sink = await withOutput(options.output, outputOptions, (out) => writePairs(beads, format, out, {include, sourceLang, targetLang, creationDate: creationDate(io.env, new Date()), onFinding: (f) => void written.push(f)}))

  const review = [...unpaired, ...aligned.flatMap((a) => reviewFindings(a.alignment, include))].sort(compareFindings)
  const beadReview = review.filter((f) => !pairFindings.includes(f) && !unpaired.includes(f))
  let status: number
  if (report.ci) {
    // A CI format: one report of everything found, where the job reads it.
    const all = [...problems, ...written, ...beadReview].sort(compareFindings)
    const destination = options.review ?? (options.output === undefined || options.output === '-' ? undefined : '-')
    await writeAlignReport(all, files, report, destination, outputOptions, {root: options.root}, ctx)
    status = checkStatus(all.map((f) => f.severity), report.failOn)
  } else {
    // The pair's own problems always show on stderr; bead findings go to the review list.
    status = reportFindings([...problems, ...written], ctx)
    if (options.review !== undefined) {
      await withOutput(options.review, outputOptions, (out) => out.write(formatFindings(review.filter((f) => !unpaired.includes(f)), report.format as 'stylish' | 'json', {color: false, labels: reviewLabels(t)})))
    } else {
      status = Math.max(status, reportFindings(beadReview, ctx))
    }
  }
  if (options.writeGold !== undefined) {
    const [{input, langs, alignment}] = aligned as [AlignedInput]
    const [ru, en] = langs.sourceLang === 'ru' ? [input.source, input.target] : [input.target, input.source]
    await withOutput(options.writeGold, outputOptions, (out) => out.write(`${JSON.stringify(goldOf(alignment, {ru, en}), null, 2)}\n`))
  }
  const verdicts = {ok: 0, warning: 0, error: 0}
  for (const a of aligned) for (const v of ['ok', 'warning', 'error'] as const) verdicts[v] += a.alignment.verdicts[v]
  ctx.info(t('align.summary', {beads: t('align.beads', {count: aligned.reduce((sum, a) => sum + a.alignment.beads.length, 0)}), ...verdicts, output: sink.name}))
  // Under --fail-on the findings decide; otherwise an error verdict fails as before.
  return report.ci || verdicts.error === 0 ? status : 1
}
