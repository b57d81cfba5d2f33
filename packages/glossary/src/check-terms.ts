import {createFinding, type Finding, type Severity} from '@tolmach/core'
import {isShortFormOf} from './short-form.js'
import {isBanned} from './term-status.js'
import type {Glossary, TermMatch, TermMatcher} from './types.js'

/** A source segment and its translation. */
export interface TermPair {
  id?: string
  source: string
  target: string
}

export interface TermMatchers {
  /** Matcher for the source language (also finds source terms left untranslated in the target). */
  source: TermMatcher
  /** Matcher for the target language, built from the same glossary. */
  target: TermMatcher
}

export type TermRuleId = 'term-missing' | 'term-forbidden' | 'term-inconsistent' | 'term-untranslated'

/**
 * A terminology finding. `start`/`end` are UTF-16 offsets inside the
 * target segment (0/target length when the whole segment is concerned);
 * `place` holds the same as line 1 columns of the segment, for callers
 * that map segments back to files.
 */
export interface TermFinding extends Finding {
  ruleId: TermRuleId
  /** Index of the pair in the input. */
  pair: number
  pairId?: string
  conceptId: string
  /** The source term found (glossary spelling), when the rule concerns one. */
  sourceTerm?: string
  start: number
  end: number
}

export interface CheckTermsOptions {
  severities?: Partial<Record<TermRuleId, Severity>>
  /** The glossary the matchers came from: lets `term-missing` list the expected renderings. */
  glossary?: Glossary
}

const defaults: Record<TermRuleId, Severity> = {
  'term-missing': 'error',
  'term-forbidden': 'error',
  'term-inconsistent': 'warning',
  'term-untranslated': 'error'
}

/**
 * Checks translated pairs against a glossary: every source term needs one
 * of its preferred/admitted renderings in the target; forbidden and
 * deprecated renderings are flagged wherever they occur; a source term
 * rendered differently across the pairs is inconsistent; a source-language
 * term left in the target is untranslated.
 */
export function checkTerms(pairs: TermPair[], matchers: TermMatchers, options: CheckTermsOptions = {}): TermFinding[] {
  if (!Array.isArray(pairs)) throw new TypeError('checkTerms: `pairs` must be an array')
  const check = createPairTermCheck(matchers, options)
  const renderings = new TermRenderings<{pair: number; match: TermMatch}>()
  const findings: TermFinding[] = []
  pairs.forEach((pair, index) => {
    for (const f of check(pair, index, (conceptId, sourceTerm, match) => renderings.add(conceptId, sourceTerm, match.term, {pair: index, match}))) findings.push(f)
  })
  const severity = {...defaults, ...options.severities}
  for (const {sourceTerm, rendering, usual, usualCount, uses} of renderings.inconsistent()) {
    for (const {pair, match} of uses) {
      findings.push(
        makeFinding('term-inconsistent', severity['term-inconsistent'], inconsistentMessage(sourceTerm, rendering, usual, usualCount), pairs[pair]!, pair, match.conceptId, match.start, match.end, {
          sourceTerm,
          actual: rendering,
          expected: [usual]
        })
      )
    }
  }
  return findings.sort((a, b) => a.pair - b.pair || a.start - b.start)
}

/** The English message of a `term-inconsistent` finding. */
export function inconsistentMessage(sourceTerm: string, rendering: string, usual: string, usualCount: number): string {
  return `"${sourceTerm}" is rendered "${rendering}" here but "${usual}" in ${usualCount} other pair(s)`
}

/** Hears of each source term rendered with an approved term: what `term-inconsistent` compares across pairs. */
export type OnRendering = (conceptId: string, sourceTerm: string, match: TermMatch) => void

/**
 * The per-pair part of `checkTerms` (missing, forbidden and untranslated
 * terms), for callers that read pairs as a stream: the renderings it
 * reports are all `term-inconsistent` needs, so no pair has to be kept.
 */
export function createPairTermCheck(matchers: TermMatchers, options: CheckTermsOptions = {}): (pair: TermPair, index: number, onRendering: OnRendering) => TermFinding[] {
  if (!matchers?.source?.find || !matchers?.target?.find) throw new TypeError('checkTerms: `matchers` needs `source` and `target` term matchers')
  const severity = {...defaults, ...options.severities}
  const concepts = options.glossary ? new Map(options.glossary.concepts.map((c) => [c.id, c])) : undefined
  return (pair, index, onRendering) => {
    const findings: TermFinding[] = []
    const report = (ruleId: TermRuleId, conceptId: string, start: number, end: number, message: string, extra: Partial<TermFinding> = {}, level = severity[ruleId]) => {
      findings.push(makeFinding(ruleId, level, message, pair, index, conceptId, start, end, extra))
    }
    const sourceMatches = outermost(matchers.source.find(pair.source))
    const targetMatches = matchers.target.find(pair.target)
    const allowed = targetMatches.filter((m) => !isBanned(m.status))
    for (const m of targetMatches) {
      if (!isBanned(m.status)) continue
      // Report the longest span only ("Tokaev's" inside "Kasym-Zhomart Tokaev's").
      if (targetMatches.some((a) => a.start <= m.start && a.end >= m.end && a.end - a.start > m.end - m.start)) continue
      report('term-forbidden', m.conceptId, m.start, m.end, `"${pair.target.slice(m.start, m.end)}" is a ${m.status} rendering`, {actual: pair.target.slice(m.start, m.end)}, m.status === 'deprecated' ? 'warning' : severity['term-forbidden'])
    }
    const cyrillicTarget = matchers.target.lang !== 'ru' && /[\u0400-\u04ff]/.test(pair.target)
    // One problem, one finding: a term left untranslated is not also missing.
    const untranslated = new Set<string>()
    for (const m of cyrillicTarget ? outermost(matchers.source.find(pair.target)) : []) {
      // Only Cyrillic left in the target counts: G7, PDAC and Pax Silica are spelled the same in both.
      if (!/[\u0400-\u04ff]/.test(pair.target.slice(m.start, m.end))) continue
      untranslated.add(m.conceptId)
      report('term-untranslated', m.conceptId, m.start, m.end, `source term "${m.term}" left untranslated in the target`, {sourceTerm: m.term, actual: pair.target.slice(m.start, m.end)})
    }
    const done = new Set<string>()
    for (const s of sourceMatches) {
      const key = `${s.conceptId}\u0000${s.term}`
      if (done.has(key)) continue
      done.add(key)
      const ok = allowed.find((m) => m.conceptId === s.conceptId)
      if (ok) {
        onRendering(s.conceptId, s.term, ok)
        continue
      }
      const banned = targetMatches.some((m) => m.conceptId === s.conceptId)
      if (banned || untranslated.has(s.conceptId)) continue // already reported as forbidden or untranslated
      const concept = concepts?.get(s.conceptId)
      const expected = concept?.terms.filter((t) => t.lang === matchers.target.lang && !isBanned(t.status)).map((t) => t.text)
      if (concept && expected?.length === 0) continue // nothing to expect in this language
      report('term-missing', s.conceptId, 0, pair.target.length, `"${pair.source.slice(s.start, s.end)}" (${s.term}) has none of its approved renderings in the target${expected ? `: expected ${expected.map((e) => `"${e}"`).join(' or ')}` : ''}`, {sourceTerm: s.term, ...(expected ? {expected} : {})})
    }
    return findings
  }
}

/** A rendering used beside a more frequent one for the same source term. */
export interface InconsistentRendering<U> {
  conceptId: string
  sourceTerm: string
  rendering: string
  usual: string
  usualCount: number
  uses: readonly U[]
}

/**
 * The corpus-wide state of `term-inconsistent`: per concept and source
 * term, the approved renderings met and, for each, its uses (whatever the
 * caller needs to place a finding later, as compact as it likes).
 */
export class TermRenderings<U> {
  private readonly byKey = new Map<string, Map<string, U[]>>()

  add(conceptId: string, sourceTerm: string, rendering: string, use: U): void {
    const key = `${conceptId}\u0000${sourceTerm}`
    let byRendering = this.byKey.get(key)
    if (!byRendering) {
      byRendering = new Map()
      this.byKey.set(key, byRendering)
    }
    const list = byRendering.get(rendering)
    if (list) list.push(use)
    else byRendering.set(rendering, [use])
  }

  /** Every rendering that is not its source term's most frequent one, nor a short form of it. */
  *inconsistent(): Generator<InconsistentRendering<U>> {
    for (const [key, byRendering] of this.byKey) {
      if (byRendering.size < 2) continue
      const ranked = [...byRendering.entries()].sort((a, b) => b[1].length - a[1].length)
      const [usual, usualUses] = ranked[0]!
      const [conceptId, sourceTerm] = key.split('\u0000') as [string, string]
      for (const [rendering, uses] of ranked.slice(1)) {
        // SEC beside Securities and Exchange Commission, Landau beside Christopher Landau: one naming, not two.
        if (isShortFormOf(rendering, usual)) continue
        yield {conceptId, sourceTerm, rendering, usual, usualCount: usualUses.length, uses}
      }
    }
  }
}

/** Drops matches nested inside a longer one (МИД inside МИД РК). */
export function outermost(matches: TermMatch[]): TermMatch[] {
  return matches.filter((m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start))
}

function makeFinding(
  ruleId: TermRuleId,
  severity: Severity,
  message: string,
  pair: TermPair,
  index: number,
  conceptId: string,
  start: number,
  end: number,
  extra: Partial<TermFinding>
): TermFinding {
  const base = createFinding({
    ruleId,
    severity,
    message,
    source: 'tolmach-glossary',
    place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
    ...(extra.actual === undefined ? {} : {actual: extra.actual}),
    ...(extra.expected === undefined ? {} : {expected: extra.expected})
  })
  return {
    ...base,
    ruleId,
    pair: index,
    ...(pair.id === undefined ? {} : {pairId: pair.id}),
    conceptId,
    ...(extra.sourceTerm === undefined ? {} : {sourceTerm: extra.sourceTerm}),
    start,
    end
  }
}
