import {appendFileSync} from 'node:fs'
import {filterBaseline} from '@tolmach/check'
import {compareFindings, type Finding, type Severity} from '@tolmach/core'
import {formatFindings, jsonChunks, type RuleInfo, StylishWidths, stylishChunks} from '@tolmach/report'
import {TermCheck, termRules} from './check/check-findings.js'
import {createPairChecks} from './check/check-every-pair.js'
import {bilingualRuleDescriptions, runBilingualChecks} from './check/check-bilingual.js'
import {readBaseline, writeBaseline} from './check/check-baseline.js'
import {discoverCheckInputs, readCheckInputs} from './check/check-inputs.js'
import {type CheckCliOptions, checkSettings, checkStatus} from './check/check-options.js'
import {colorEnabled} from '../io/colors.js'
import {commandConfig} from '../config/command-config.js'
import type {CommandContext} from '../context.js'
import {exitCodes, usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import {loadCheckGlossary} from './check/check-glossary.js'
import {checkLabels} from '../i18n/check-labels.js'
import {inputEncoding} from '../io/input-encoding.js'
import {readStdin} from '../io/read-input.js'
import {detectCheckSource} from './check/check-detect-langs.js'
import {reportRoot, rootedPath, rootReport} from '../io/report-root.js'
import {FindingSpill, mergeInOrder, reportOrder} from '../io/check-spill.js'
import {growHeapSlowly} from '../io/heap-growth.js'
import {readVersion} from '../io/version.js'
import {withOutput} from '../io/write-output.js'
import type {Translate} from '../i18n/i18n.js'

/**
 * `tolmach check --glossary FILE INPUT…`: checks the terminology of
 * translated files (XLIFF with targets, TMX, TSV/JSONL of pairs, Markdown
 * pairs) against a glossary and prints the findings in the format CI wants.
 * Exit 0 clean, 1 findings at or above `--fail-on`, 2 usage or input error.
 */
export async function runCheck(files: string[], options: CheckCliOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const {ok, config, file: configFile} = commandConfig(options.config, ctx)
  if (!ok) return exitCodes.usage
  const decoding = inputEncoding(options.encoding, ctx)
  const found = discoverCheckInputs(files, io.cwd, t)
  // The notice of a windows-1251 input comes when it is read for checking, not twice.
  const detect = () => detectCheckSource(found.files, options.pair ?? [], io.cwd, t, {...decoding, onDecodedAs: () => undefined})
  const settings = checkSettings(options, config, t, detect, (warning) => ctx.warn(warning))
  if (files.length === 0 && settings.pairs.length === 0) throw usageError('no-input', t('check.noInput'))
  // Documents paired by their names join the --pair ones, original first.
  settings.pairs = [...settings.pairs, ...found.pairs.flatMap((p) => (settings.sourceLang === 'ru' ? [p.ru, p.en] : [p.en, p.ru]))]
  const inputFiles = found.files
  growHeapSlowly([...inputFiles, ...settings.pairs], io.cwd)
  const stdin = inputFiles.includes('-') ? await readStdin(io.stdin, t, decoding) : undefined

  const {files: glossaryFiles, glossary, matchers} = loadCheckGlossary(settings.glossaries, settings, ctx)
  // Each pair is checked as it is read and dropped: a TMX of a million units is streamed through.
  // A JSON or stylish report (nothing to filter against a baseline) is streamed too: each pair's findings go to a
  // temp file as they are found, with their paths as the report writes them, and are written out from there.
  const streamReport = (settings.format === 'json' || settings.format === 'stylish') && settings.baseline === undefined
  const root = reportRoot(options.root, io.env, io.cwd)
  const keep = new Set(['-', t('stdin')])
  const rooted = new Map<string, string>()
  const rootedFile = (file: string) => rooted.get(file) ?? rooted.set(file, rootedPath(file, io.cwd, root, keep)).get(file)!
  const spill = streamReport ? new FindingSpill<Finding>() : undefined
  // stylish keeps the paths people typed, and aligns each file's columns: measured as findings come.
  const widths = streamReport && settings.format === 'stylish' ? new StylishWidths({labels: checkLabels(t)}) : undefined
  const reportFile = (f: Finding): Finding => (f.file === undefined || widths ? f : {...f, file: rootedFile(f.file)})
  try {
    return await checkAndReport()
  } finally {
    spill?.dispose()
  }

  async function checkAndReport(): Promise<number> {
  const pairFindings: Finding[] = []
  const onFindings = (found: Finding[]) => {
    if (!spill) {
      for (const f of found) pairFindings.push(f)
      return
    }
    const placed = found.map(reportFile)
    for (const f of placed) widths?.add(f)
    spill.addAll(placed)
  }
  const termCheck = glossaryFiles.length > 0 ? new TermCheck({glossary, matchers, rules: settings.rules, t}) : undefined
  const pairChecks = createPairChecks({...settings, termCheck, t, onFindings})
  const inputs = readCheckInputs({
    files: inputFiles,
    stdin,
    markdownPairs: settings.pairs,
    sourceLang: settings.sourceLang,
    targetLang: settings.targetLang,
    matchers,
    cwd: io.cwd,
    t,
    decoding,
    onPair: pairChecks.add
  })
  pairChecks.finish()
  for (const f of found.findings) {
    inputs.findings.push(f)
    if (f.file !== undefined) inputs.files.push(f.file)
  }
  // Rows of the glossary that could not be used change what is checked: show them, but not merge notices.
  const glossaryProblems = glossaryFiles.flatMap((g) => g.messages).filter((m) => m.severity !== 'info')
  if (inputs.unreadable.length > 0) {
    termCheck?.dispose()
    reportFindings([...glossaryProblems, ...inputs.findings].sort(compareFindings), ctx)
    ctx.info(t('check.unreadable', {files: inputs.unreadable.join(', ')}))
    return exitCodes.usage
  }

  const terms = [...pairFindings, ...(termCheck?.finish() ?? [])]
  const bilingual = runBilingualChecks({markdownPairs: settings.pairs, sourceLang: settings.sourceLang, targetLang: settings.targetLang, rules: settings.rules, customRules: settings.customRules, urlRewrites: settings.urlRewrites, cwd: io.cwd, t, decoding})
  if (spill) {
    const rest = [...glossaryProblems, ...inputs.findings, ...terms, ...bilingual].map(reportFile).sort(reportOrder)
    const counts = {...spill.counts}
    for (const f of rest) {
      counts[f.severity]++
      widths?.add(f)
    }
    // Pairs of several files, or of readers that do not go in file order, come out of order: sorted in memory then.
    const spilled = spill.ordered ? spill.read() : [...spill.read()].sort(reportOrder)
    const readFiles = [...inputFiles, ...settings.pairs, ...settings.glossaries, ...(configFile === undefined ? [] : [configFile])]
    await withOutput(options.output, {inputs: readFiles, cwd: io.cwd, stdout: io.stdout, t}, async (out) => {
      let buffer = ''
      const merged = mergeInOrder(spilled, rest)
      const toStdout = options.output === undefined || options.output === '-'
      const chunks = widths ? stylishChunks(merged, counts, widths, {labels: checkLabels(t), color: toStdout && colorEnabled(io.stdout, io.env)}) : jsonChunks(merged, counts)
      for (const chunk of chunks) {
        buffer += chunk
        if (buffer.length >= 1 << 20) {
          await out.write(buffer)
          buffer = ''
        }
      }
      await out.write(buffer)
    })
    const present = (['error', 'warning', 'info'] as const).filter((severity) => counts[severity] > 0)
    return summarize(inputs.pairs, inputs.files.length, counts.error, counts.warning, present)
  }
  const all: Finding[] = [...glossaryProblems, ...inputs.findings, ...terms, ...bilingual].sort(compareFindings)
  if (settings.updateBaseline && settings.baseline !== undefined) {
    writeBaseline(settings.baseline, all, io.cwd)
    ctx.info(t('checks.baselineWritten', {number: all.length, file: settings.baseline}))
    return 0
  }
  const findings = settings.baseline === undefined ? all : filterBaseline(all, readBaseline(settings.baseline, io.cwd, t))
  const toStdout = options.output === undefined || options.output === '-'
  const read = [...new Set([...inputs.files, ...glossaryFiles.map((g) => g.file)])]
  const rooted = rootReport(findings, read, settings.format, {root: options.root, cwd: io.cwd, env: io.env, stdinName: t('stdin')})
  const formatOptions = {
    color: toStdout && settings.format === 'stylish' && colorEnabled(io.stdout, io.env),
    labels: checkLabels(t),
    root: rooted.root,
    files: rooted.files,
    toolName: 'tolmach',
    toolVersion: readVersion(),
    rules: ruleDescriptions(t)
  }
  const text = formatFindings(rooted.findings, settings.format, formatOptions)
  // Everything read is an input: a report must never replace a glossary or the config it came from.
  const readFiles = [...inputFiles, ...settings.pairs, ...settings.glossaries, ...(configFile === undefined ? [] : [configFile]), ...(settings.baseline === undefined ? [] : [settings.baseline])]
  await withOutput(options.output, {inputs: readFiles, cwd: io.cwd, stdout: io.stdout, t}, (out) => out.write(text))
  const summaryFile = io.env['GITHUB_STEP_SUMMARY']
  if (settings.format === 'github' && summaryFile) appendFileSync(summaryFile, formatFindings(rooted.findings, 'github-summary', formatOptions))

  const count = (severity: string) => findings.filter((f) => f.severity === severity).length
  return summarize(inputs.pairs, inputs.files.length, count('error'), count('warning'), findings.map((f) => f.severity))
  }

  function summarize(pairs: number, fileCount: number, errors: number, warnings: number, severities: Iterable<Severity>): number {
    ctx.info(
      t('check.summary', {
        pairs: t('check.pairs', {count: pairs}),
        files: t('count.file', {count: fileCount}),
        errors: t('review.errors', {count: errors}),
        warnings: t('review.warnings', {count: warnings})
      })
    )
    const status = checkStatus(severities, settings.failOn)
    if (settings.maxWarnings !== undefined && warnings > settings.maxWarnings) {
      ctx.info(t('checks.tooManyWarnings', {number: warnings, max: settings.maxWarnings}))
      return Math.max(status, 1)
    }
    return status
  }
}

function ruleDescriptions(t: Translate): Record<string, RuleInfo> {
  return {...Object.fromEntries(termRules.map((rule) => [rule, {description: t(`check.rules.${rule}`)}])), ...bilingualRuleDescriptions(t)}
}
