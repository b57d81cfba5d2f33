import {checkTerms, createTermMatcher, type Glossary, type TermMatcher} from '@tolmach/glossary'
import type {Severity} from '@tolmach/core'
import type {RawFinding} from './finding.js'
import type {CheckOptions, TranslationPair} from './types.js'

const messageIds: Record<string, string> = {
  'term-missing': 'termMissing',
  'term-forbidden': 'termForbidden',
  'term-inconsistent': 'termInconsistent',
  'term-untranslated': 'termUntranslated'
}

/** The glossary's `checkTerms` over all pairs at once, as findings with message ids. */
export function runTerms(pairs: readonly TranslationPair[], options: CheckOptions, matchers: {source: TermMatcher; target: TermMatcher}): Array<[number, RawFinding]> {
  const glossary = options.glossary as Glossary
  const found = checkTerms(pairs.map((p) => ({source: p.source, target: p.target})), matchers, {glossary})
  const concepts = new Map(glossary.concepts.map((c) => [c.id, c]))
  return found.map((f) => {
    const approved = (concepts.get(f.conceptId)?.terms ?? []).filter((t) => t.lang === options.targetLang && (t.status === 'preferred' || t.status === 'admitted')).map((t) => t.text)
    const expected = f.expected ?? approved
    const target = (pairs[f.pair] as TranslationPair).target
    const found = target.slice(f.start, f.end)
    let messageId = messageIds[f.ruleId] ?? f.ruleId
    if (f.ruleId === 'term-forbidden') {
      const status = matchers.target.find(target).find((m) => m.start === f.start && m.end === f.end)?.status
      if (status === 'deprecated') messageId = 'termDeprecated'
      // No approved rendering to name: the message must not end in a dangling "use".
      if (expected.length === 0) messageId += 'NoAlternative'
    }
    const raw: RawFinding = {
      ruleId: f.ruleId, messageId, severity: f.severity as Severity, side: 'target', start: f.start, end: f.end,
      data: {term: f.sourceTerm ?? found, found, expected: expected.join(', '), alternatives: expected.length, concept: f.conceptId},
      ...(f.ruleId === 'term-missing' ? {} : {actual: found}),
      ...(expected.length > 0 ? {expected} : {})
    }
    return [f.pair, raw]
  })
}

export function termMatchers(options: CheckOptions): {source: TermMatcher; target: TermMatcher} | undefined {
  if (options.matchers) return options.matchers
  if (!options.glossary) return undefined
  return {source: createTermMatcher(options.glossary, {lang: options.sourceLang}), target: createTermMatcher(options.glossary, {lang: options.targetLang})}
}
