import type {CustomRule, UrlRewrite} from '@tolmach/check'
import {isLang, type Lang, type Severity} from '@tolmach/core'
import {type FindingFormat, isFindingFormat} from '@tolmach/report'
import type {FailOn, RuleSetting, TolmachConfig} from '../../config/config-load.js'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'

export const checkFormats = ['stylish', 'json', 'github', 'sarif', 'junit', 'codequality', 'rdjson'] as const
const failOns: readonly FailOn[] = ['error', 'warning', 'info', 'never']

export interface CheckCliOptions {
  glossary?: string[]
  sourceLang?: string
  targetLang?: string
  pair?: string[]
  format?: string
  failOn?: string
  output?: string
  config?: string | false
  encoding?: string
  maxWarnings?: string
  baseline?: string
  updateBaseline?: boolean
  /** `--root`: the folder report paths are relative to (else the CI workspace, else the git root). */
  root?: string
}

export interface CheckSettings {
  glossaries: string[]
  sourceLang: Lang
  targetLang: Lang
  format: FindingFormat
  failOn: FailOn
  rules: Record<string, RuleSetting>
  customRules?: CustomRule[]
  urlRewrites?: UrlRewrite[]
  pairs: string[]
  /** `--max-warnings`: more warnings than this fail the run. */
  maxWarnings?: number
  baseline?: string
  updateBaseline: boolean
}

/** What the inputs say about the direction: a source language, and whether the guess was sure. */
export interface DetectedSource {
  lang?: Lang
  /** A translated warning when the guess is unsure. */
  warning?: string
}

/**
 * Command-line options over the config file over defaults; a bad value is a
 * usage error. The direction: the options, else what the inputs say when
 * they say it surely (a declared XLIFF/TMX language, a clearly Russian or
 * English original), else the config, else an unsure guess (`onWarning`
 * hears it), else ru → en. A project configured ru → en still checks an
 * English original it is handed.
 */
export function checkSettings(options: CheckCliOptions, config: TolmachConfig | undefined, t: Translate, detect?: () => DetectedSource, onWarning?: (warning: string) => void): CheckSettings {
  let source = options.sourceLang
  let target = options.targetLang
  if (source === undefined && target === undefined) {
    const found = detect?.() ?? {}
    if (found.lang !== undefined && found.warning === undefined) source = found.lang
    else if (config?.sourceLang !== undefined || config?.targetLang !== undefined) [source, target] = [config.sourceLang, config.targetLang]
    else if (found.lang !== undefined) {
      source = found.lang
      if (found.warning !== undefined) onWarning?.(found.warning)
    }
  }
  const [sourceLang, targetLang] = resolveLangs(source, target, t)
  if (sourceLang === targetLang) throw usageError('same-lang', t('check.sameLang', {lang: sourceLang}))
  const format = options.format ?? 'stylish'
  if (!(checkFormats as readonly string[]).includes(format) || !isFindingFormat(format)) {
    throw usageError('unknown-format', t('error.unknownFormat', {value: format, valid: checkFormats.join(', ')}))
  }
  const failOn = (options.failOn ?? config?.failOn ?? 'error') as FailOn
  if (!failOns.includes(failOn)) throw usageError('unknown-fail-on', t('check.unknownFailOn', {value: failOn, valid: failOns.join(', ')}))
  const glossaries = options.glossary?.length ? options.glossary : (config?.glossary ?? [])
  const pairs = options.pair ?? []
  // Every input has checks of its own (numbers, links, markup, untranslated text…): a glossary adds terminology.
  if (pairs.length % 2 !== 0) throw usageError('pair-odd', t('check.pairOdd', {count: pairs.length}))
  const settings: CheckSettings = {glossaries, sourceLang, targetLang, format, failOn, rules: {...config?.rules}, pairs, updateBaseline: options.updateBaseline === true}
  if (options.maxWarnings !== undefined) {
    if (!/^\d+$/.test(options.maxWarnings)) throw usageError('bad-max-warnings', t('checks.badMaxWarnings', {value: options.maxWarnings}))
    settings.maxWarnings = Number(options.maxWarnings)
  }
  if (config?.customRules !== undefined) settings.customRules = config.customRules
  if (config?.urlRewrites !== undefined) settings.urlRewrites = config.urlRewrites
  if (options.baseline !== undefined) settings.baseline = options.baseline
  if (settings.updateBaseline && settings.baseline === undefined) throw usageError('baseline-needs-file', t('checks.baselineNeedsFile'))
  return settings
}

/** `--source-lang`/`--target-lang`: ru → en unless told otherwise; the target defaults to the other language. */
export function resolveLangs(source: string | undefined, target: string | undefined, t: Translate): [Lang, Lang] {
  const lang = (value: string | undefined, fallback: Lang, option: string): Lang => {
    if (value === undefined) return fallback
    if (isLang(value)) return value
    throw usageError('unknown-lang', t('error.unknownLang', {value, option, valid: 'ru, en'}))
  }
  const from = lang(source, 'ru', '--source-lang')
  return [from, lang(target, from === 'ru' ? 'en' : 'ru', '--target-lang')]
}

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2}

/** Exit status for findings: 1 when one is at or above `failOn`. */
export function checkStatus(severities: Iterable<Severity>, failOn: FailOn): number {
  if (failOn === 'never') return 0
  for (const severity of severities) if (rank[severity] >= rank[failOn]) return 1
  return 0
}
