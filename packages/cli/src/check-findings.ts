import {createFinding, type Finding, type Severity} from '@tolmach/core'
import {checkTerms, type Glossary, type TermFinding, type TermMatcher, type TermRuleId} from '@tolmach/glossary'
import {type CheckPair, targetPoint} from './check-pair.js'
import type {RuleSetting} from './config-load.js'
import type {Translate} from './i18n.js'

export const termRules: readonly TermRuleId[] = ['term-missing', 'term-forbidden', 'term-inconsistent', 'term-untranslated']

/** A finding of `tolmach check`: placed in the target's file, with the concept and source term as data. */
export interface CheckFinding extends Finding {
  conceptId: string
  sourceTerm?: string
}

export interface RunCheckOptions {
  glossary: Glossary
  matchers: {source: TermMatcher; target: TermMatcher}
  rules?: Partial<Record<string, RuleSetting>>
  t: Translate
}

/**
 * Runs the glossary's `checkTerms` over all pairs at once (so
 * `term-inconsistent` compares renderings across every input) and turns
 * each finding into one placed in the file the target came from, its
 * message in the interface language. Rules set to `off` are dropped.
 */
export function runTermCheck(pairs: readonly CheckPair[], options: RunCheckOptions): CheckFinding[] {
  const {glossary, matchers, t} = options
  const severities: Partial<Record<TermRuleId, Severity>> = {}
  const off = new Set<string>()
  for (const [rule, setting] of Object.entries(options.rules ?? {})) {
    if (setting === 'off') off.add(rule)
    else if (setting !== undefined) severities[rule as TermRuleId] = setting
  }
  const found = checkTerms(
    pairs.map((p) => ({source: p.source, target: p.target})),
    matchers,
    {glossary, severities}
  )
  const concepts = new Map(glossary.concepts.map((c) => [c.id, c]))
  const approved = (conceptId: string) =>
    (concepts.get(conceptId)?.terms ?? []).filter((term) => term.lang === matchers.target.lang && (term.status === 'preferred' || term.status === 'admitted')).map((term) => term.text)
  return found.filter((f) => !off.has(f.ruleId)).map((f) => place(f, pairs[f.pair]!, approved(f.conceptId), matchers, t))
}

function place(f: TermFinding, pair: CheckPair, approved: string[], matchers: RunCheckOptions['matchers'], t: Translate): CheckFinding {
  const expected = f.expected ?? approved
  const list = expected.map((term) => t('ci.quoted', {term})).join(t('check.or'))
  const found = pair.target.slice(f.start, f.end)
  const term = f.sourceTerm ?? ''
  let message: string
  if (f.ruleId === 'term-missing') message = t('check.rule.missing', {term, expected: list})
  else if (f.ruleId === 'term-untranslated') message = t('check.rule.untranslated', {found, term, expected: list})
  else if (f.ruleId === 'term-inconsistent') message = t('check.rule.inconsistent', {term, found, expected: list})
  else {
    const status = matchers.target.find(pair.target).find((m) => m.start === f.start && m.end === f.end)?.status
    // No approved alternative in the glossary: no "use" with nothing after it.
    if (expected.length === 0) message = t(status === 'deprecated' ? 'checks.message.termDeprecatedNoAlternative' : 'checks.message.termForbiddenNoAlternative', {found})
    else message = t(status === 'deprecated' ? 'check.rule.deprecated' : 'check.rule.forbidden', {found, expected: list})
  }
  const finding = createFinding({
    ruleId: f.ruleId,
    severity: f.severity,
    message,
    source: 'tolmach-check',
    file: pair.file,
    place: {start: targetPoint(pair, f.start), end: targetPoint(pair, f.end)},
    ...(f.ruleId === 'term-missing' ? {} : {actual: found}),
    ...(expected.length > 0 ? {expected} : {})
  })
  // A forbidden rendering is reported wherever it occurs; name the source term when the source has one.
  const sourceTerm = f.sourceTerm ?? (f.ruleId === 'term-forbidden' ? matchers.source.find(pair.source).find((m) => m.conceptId === f.conceptId)?.term : undefined)
  return {...finding, conceptId: f.conceptId, ...(sourceTerm === undefined ? {} : {sourceTerm})}
}
