import {appendFileSync} from 'node:fs'
import type {Finding} from '@tolmach/core'
import {type FindingFormat, formatFindings} from '@tolmach/report'
import {bilingualRuleDescriptions} from '../check/check-bilingual.js'
import {checkFormats} from '../check/check-options.js'
import type {FailOn} from '../../config/config-load.js'
import {colorEnabled} from '../../io/colors.js'
import type {CommandContext} from '../../context.js'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'
import {reviewLabels} from '../../i18n/review-labels.js'
import {rootReport} from '../../io/report-root.js'
import {readVersion} from '../../io/version.js'
import {type OpenOutputOptions, withOutput} from '../../io/write-output.js'

const failOns: readonly FailOn[] = ['error', 'warning', 'info', 'never']

export interface AlignReportOptions {
  format: FindingFormat
  failOn: FailOn
  /** A CI run: one report of every finding in `format`, and `failOn` decides the exit status. */
  ci: boolean
}

/**
 * `--report-format` (or its old name `--review-format`) and `--fail-on` of
 * `tolmach align`, the options `check` takes. `-f` stays the format of the
 * pairs. `--review-format stylish|json` alone keeps the review list as it
 * was; `--report-format`, a CI format or `--fail-on` makes a CI run.
 */
export function parseReportOptions(options: {reportFormat?: string; reviewFormat?: string; failOn?: string}, t: Translate): AlignReportOptions {
  const format = options.reportFormat ?? options.reviewFormat ?? 'stylish'
  if (!(checkFormats as readonly string[]).includes(format)) {
    throw usageError('unknown-format', t('error.unknownFormat', {value: format, valid: checkFormats.join(', ')}))
  }
  const failOn = (options.failOn ?? 'error') as FailOn
  if (!failOns.includes(failOn)) throw usageError('unknown-fail-on', t('check.unknownFailOn', {value: failOn, valid: failOns.join(', ')}))
  const ci = options.reportFormat !== undefined || options.failOn !== undefined || (format !== 'stylish' && format !== 'json')
  return {format: format as FindingFormat, failOn, ci}
}

/**
 * Writes the report to `destination` (a file, `-` for standard output), or
 * to standard error when the pairs take standard output; a `github` report
 * also fills the job summary, as `check` does.
 */
export async function writeAlignReport(
  findings: readonly Finding[],
  files: readonly string[],
  report: AlignReportOptions,
  destination: string | undefined,
  outputOptions: OpenOutputOptions,
  place: {root?: string | undefined},
  ctx: CommandContext
): Promise<void> {
  const {t, io} = ctx
  const rooted = rootReport(findings, files, report.format, {root: place.root, cwd: io.cwd, env: io.env, stdinName: t('stdin')})
  const stream = destination === undefined ? io.stderr : io.stdout
  const formatOptions = {
    color: report.format === 'stylish' && (destination === undefined || destination === '-') && colorEnabled(stream, io.env),
    labels: reviewLabels(t),
    root: rooted.root,
    files: rooted.files,
    toolName: 'tolmach',
    toolVersion: readVersion(),
    rules: bilingualRuleDescriptions(t)
  }
  const text = formatFindings(rooted.findings, report.format, formatOptions)
  await withOutput(destination ?? '-', {...outputOptions, stdout: stream}, (out) => out.write(text))
  const summaryFile = io.env['GITHUB_STEP_SUMMARY']
  if (report.format === 'github' && summaryFile) appendFileSync(summaryFile, formatFindings(rooted.findings, 'github-summary', formatOptions))
}
