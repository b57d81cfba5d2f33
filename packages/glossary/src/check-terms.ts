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
  if (!matchers?.source?.find || !matchers?.target?.find) throw new TypeError('checkTerms: `matchers` needs `source` and `target` term matchers')
  const severity = {...defaults, ...options.severities}
  const findings: TermFinding[] = []
  const concepts = options.glossary ? new Map(options.glossary.concepts.map((c) => [c.id, c])) : undefined
  const renderings = new Map<string, Map<string, Array<{pair: number; match: TermMatch}>>>()
  pairs.forEach((pair, index) => {
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
        const byRendering = renderings.get(key) ?? new Map<string, Array<{pair: number; match: TermMatch}>>()
        renderings.set(key, byRendering)
        const list = byRendering.get(ok.term) ?? []
        list.push({pair: index, match: ok})
        byRendering.set(ok.term, list)
        continue
      }
      const banned = targetMatches.some((m) => m.conceptId === s.conceptId)
      if (banned || untranslated.has(s.conceptId)) continue // already reported as forbidden or untranslated
      const concept = concepts?.get(s.conceptId)
      const expected = concept?.terms.filter((t) => t.lang === matchers.target.lang && !isBanned(t.status)).map((t) => t.text)
      if (concept && expected?.length === 0) continue // nothing to expect in this language
      report('term-missing', s.conceptId, 0, pair.target.length, `"${pair.source.slice(s.start, s.end)}" (${s.term}) has none of its approved renderings in the target${expected ? `: expected ${expected.map((e) => `"${e}"`).join(' or ')}` : ''}`, {sourceTerm: s.term, ...(expected ? {expected} : {})})
    }
  })
  for (const [key, byRendering] of renderings) {
    if (byRendering.size < 2) continue
    const ranked = [...byRendering.entries()].sort((a, b) => b[1].length - a[1].length)
    const [usual] = ranked[0]!
    const sourceTerm = key.split('\u0000')[1]!
    for (const [rendering, uses] of ranked.slice(1)) {
      // SEC beside Securities and Exchange Commission, Landau beside Christopher Landau: one naming, not two.
      if (isShortFormOf(rendering, usual)) continue
      for (const {pair, match} of uses) {
        const p = pairs[pair]!
        findings.push(
          makeFinding('term-inconsistent', severity['term-inconsistent'], `"${sourceTerm}" is rendered "${rendering}" here but "${usual}" in ${ranked[0]![1].length} other pair(s)`, p, pair, match.conceptId, match.start, match.end, {
            sourceTerm,
            actual: rendering,
            expected: [usual]
          })
        )
      }
    }
  }
  return findings.sort((a, b) => a.pair - b.pair || a.start - b.start)
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
