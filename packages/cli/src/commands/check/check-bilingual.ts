import {type CheckFinding, type CustomRule, checkMarkdownPair, checkRules, type UrlRewrite} from '@tolmach/check'
import {createFinding, type Finding, formatPlace, type Lang} from '@tolmach/core'
import type {RuleInfo} from '@tolmach/report'
import type {RuleSetting} from '../../config/config-load.js'
import type {Translate} from '../../i18n/i18n.js'
import {type DecodeOptions, readInputFile} from '../../io/read-input.js'

export interface BilingualOptions {
  /** `--pair` documents, flattened: source, target, source, target… */
  markdownPairs: readonly string[]
  sourceLang: Lang
  targetLang: Lang
  rules: Record<string, RuleSetting>
  customRules?: readonly CustomRule[] | undefined
  urlRewrites?: readonly UrlRewrite[] | undefined
  cwd: string
  t: Translate
  /** `--encoding` and the windows-1251 sniffing the other readers of `check` use. */
  decoding?: DecodeOptions
}

// Term rules stay with `runTermCheck`, which reads the glossary the CLI way.
const termRule = /^term-/

/**
 * Every check of `@tolmach/check` on the `--pair` documents (numbers, dates,
 * links, markup, omissions, untranslated text, typography…), each finding
 * rendered in the interface language from its message id and data.
 */
export function runBilingualChecks(options: BilingualOptions): Finding[] {
  const {t, cwd, sourceLang, targetLang} = options
  const out: Finding[] = []
  const md = options.markdownPairs
  for (let k = 0; k + 1 < md.length; k += 2) {
    // The notice of a windows-1251 file was given when the pair was read for the term check.
    const decoding = {...options.decoding, onDecodedAs: () => undefined}
    const source = readInputFile(md[k] as string, cwd, t, decoding)
    const target = readInputFile(md[k + 1] as string, cwd, t, decoding)
    const [ru, en] = sourceLang === 'ru' ? [source, target] : [target, source]
    const {findings} = checkMarkdownPair(ru.text, en.text, {
      sourceLang,
      targetLang,
      rules: options.rules,
      ...(options.customRules ? {customRules: options.customRules} : {}),
      ...(options.urlRewrites ? {urlRewrites: options.urlRewrites} : {}),
      ruFile: ru.file,
      enFile: en.file
    })
    for (const f of findings) if (!termRule.test(f.ruleId)) out.push(toFinding(f, t))
  }
  return out
}

/** A package finding as the CLI's: the message rendered from `checks.message.<messageId>`, the source place appended. */
export function toFinding(f: CheckFinding, t: Translate): Finding {
  const data: Record<string, string | number> = {...f.data}
  if (f.messageId === 'endPunctuation') {
    data['actual'] = t(`checks.punctuation.${String(data['actual'])}`)
    data['expected'] = t(`checks.punctuation.${String(data['expected'])}`)
  }
  if (typeof data['lang'] === 'string') data['lang'] = t(`checks.lang.${data['lang']}`)
  let message = f.messageId === 'custom' && f.data['message'] ? String(f.data['message']) : t(`checks.message.${f.messageId}`, data)
  if (f.related?.place) message += t('checks.related', {place: formatPlace(f.related.file, f.related.place.start)})
  return createFinding({
    ruleId: f.ruleId,
    severity: f.severity,
    message,
    source: 'tolmach-check',
    ...(f.file === undefined ? {} : {file: f.file}),
    ...(f.place === undefined ? {} : {place: f.place}),
    ...(f.actual === undefined ? {} : {actual: f.actual}),
    ...(f.expected === undefined ? {} : {expected: f.expected}),
    ...(f.related?.file === undefined ? {} : {related: [{file: f.related.file, ...(f.related.place ? {place: f.related.place} : {}), message: t('checks.relatedLocation')}]})
  })
}

/** Descriptions of the package's rules for SARIF and the job summary. */
export function bilingualRuleDescriptions(t: Translate): Record<string, RuleInfo> {
  return Object.fromEntries(Object.keys(checkRules).filter((r) => !termRule.test(r)).map((rule) => [rule, {description: t(`checks.rules.${rule}`)}]))
}
