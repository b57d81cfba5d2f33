import {createFinding, type Finding, type Severity} from '@tolmach/core'
import {createPairTermCheck, type Glossary, type TermFinding, type TermMatcher, TermRenderings, type TermRuleId} from '@tolmach/glossary'
import {type ReadPair as CheckPair, targetPoint} from '@tolmach/check'
import type {RuleSetting} from '../../config/config-load.js'
import type {Translate} from '../../i18n/i18n.js'
import {RecordSpill} from '../../io/check-spill.js'

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
  /** Receives the findings of each pair as it is checked, instead of keeping them for `finish`. */
  onPairFindings?: (findings: CheckFinding[]) => void
}

/**
 * Runs the glossary's `checkTerms` over all pairs at once (so
 * `term-inconsistent` compares renderings across every input) and turns
 * each finding into one placed in the file the target came from, its
 * message in the interface language. Rules set to `off` are dropped.
 */
export function runTermCheck(pairs: readonly CheckPair[], options: RunCheckOptions): CheckFinding[] {
  const check = new TermCheck(options)
  for (const pair of pairs) check.add(pair)
  return check.finish()
}

// One use of an approved rendering, placed: file, start line/column/offset, end line/column/offset, found text.
const useFields = 8

/**
 * The term check of a stream of pairs: each pair is checked as it comes and
 * then dropped; `term-inconsistent`, which compares renderings across the
 * whole run, keeps per concept and source term only the placed uses of each
 * rendering, as numbers in one growing typed array.
 */
export class TermCheck {
  private readonly options: RunCheckOptions
  private readonly off = new Set<string>()
  private readonly severities: Partial<Record<TermRuleId, Severity>> = {}
  private readonly checkPair: ReturnType<typeof createPairTermCheck>
  private readonly renderings = new TermRenderings<number>()
  private readonly files: string[] = []
  private readonly fileIds = new Map<string, number>()
  private readonly texts: string[] = []
  private readonly textIds = new Map<string, number>()
  private readonly uses = new RecordSpill(useFields)
  private readonly use = new Uint32Array(useFields)
  private readonly findings: CheckFinding[] = []
  private readonly approved: (conceptId: string) => string[]
  private index = 0

  constructor(options: RunCheckOptions) {
    this.options = options
    for (const [rule, setting] of Object.entries(options.rules ?? {})) {
      if (setting === 'off') this.off.add(rule)
      else if (setting !== undefined) this.severities[rule as TermRuleId] = setting
    }
    const {glossary, matchers} = options
    this.checkPair = createPairTermCheck(matchers, {glossary, severities: this.severities})
    const concepts = new Map(glossary.concepts.map((c) => [c.id, c]))
    this.approved = (conceptId) =>
      (concepts.get(conceptId)?.terms ?? []).filter((term) => term.lang === matchers.target.lang && (term.status === 'preferred' || term.status === 'admitted')).map((term) => term.text)
  }

  /** Number of pairs checked so far. */
  get pairs(): number {
    return this.index
  }

  add(pair: CheckPair): void {
    const placed = this.check(pair)
    if (this.options.onPairFindings) {
      if (placed.length > 0) this.options.onPairFindings(placed)
    } else for (const f of placed) this.findings.push(f)
  }

  /** The findings of one pair, returned rather than kept (`term-inconsistent` still comes from `finish`). */
  check(pair: CheckPair): CheckFinding[] {
    const index = this.index++
    const found = this.checkPair({source: pair.source, target: pair.target}, index, (conceptId, sourceTerm, match) => {
      if (this.off.has('term-inconsistent')) return
      this.renderings.add(conceptId, sourceTerm, match.term, this.storeUse(pair, match.start, match.end))
    })
    const placed: CheckFinding[] = []
    for (const f of found) if (!this.off.has(f.ruleId)) placed.push(place(f, pair, this.approved(f.conceptId), this.options.matchers, this.options.t))
    return placed
  }

  /** The findings of every pair (those not given to `onPairFindings`), `term-inconsistent` included. */
  finish(): CheckFinding[] {
    const {t} = this.options
    const severity = this.severities['term-inconsistent'] ?? 'warning'
    try {
      this.inconsistentFindings(t, severity)
    } finally {
      this.uses.dispose()
    }
    return this.findings
  }

  /** Removes the temp file of term uses, when `finish` is not reached. */
  dispose(): void {
    this.uses.dispose()
  }

  private inconsistentFindings(t: RunCheckOptions['t'], severity: Severity): void {
    for (const {conceptId, sourceTerm, usual, uses} of this.renderings.inconsistent()) {
      const list = `“${usual}”`
      for (const use of uses) {
        const u = this.uses.get(use)
        const found = this.texts[u[7]!]!
        const finding = createFinding({
          ruleId: 'term-inconsistent',
          severity,
          message: t('check.rule.inconsistent', {term: sourceTerm, found, expected: list}),
          source: 'tolmach-check',
          file: this.files[u[0]!]!,
          place: {start: {line: u[1]!, column: u[2]!, offset: u[3]!}, end: {line: u[4]!, column: u[5]!, offset: u[6]!}},
          actual: found,
          expected: [usual]
        })
        this.findings.push({...finding, conceptId, sourceTerm})
      }
    }
  }

  private storeUse(pair: CheckPair, start: number, end: number): number {
    const a = targetPoint(pair, start)
    const b = targetPoint(pair, end)
    const u = this.use
    u[0] = intern(this.files, this.fileIds, pair.file)
    u[1] = a.line
    u[2] = a.column
    u[3] = a.offset
    u[4] = b.line
    u[5] = b.column
    u[6] = b.offset
    u[7] = intern(this.texts, this.textIds, pair.target.slice(start, end))
    return this.uses.push(u)
  }
}

function intern(list: string[], ids: Map<string, number>, value: string): number {
  let id = ids.get(value)
  if (id === undefined) {
    id = list.length
    list.push(value)
    ids.set(value, id)
  }
  return id
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
