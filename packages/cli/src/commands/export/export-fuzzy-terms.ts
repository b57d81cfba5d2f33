import type {Lang} from '@tolmach/core'
import {createTermMatcher, type Glossary, type TermMatcher} from '@tolmach/glossary'
import type {TermContradiction} from '@tolmach/memory'

const usable = new Set(['preferred', 'admitted'])

/**
 * The memory's `contradictions` hook from a glossary: forbidden and
 * deprecated renderings found in a proposed target by the glossary's term
 * matcher (as `check` finds them), each with the renderings the glossary
 * approves for its concept.
 */
export function glossaryContradictions(glossary: Glossary): (target: string, targetLang: string) => TermContradiction[] {
  const matchers = new Map<string, TermMatcher | undefined>()
  const concepts = new Map(glossary.concepts.map((c) => [c.id, c]))
  return (target, targetLang) => {
    if (!matchers.has(targetLang)) matchers.set(targetLang, targetLang === 'ru' || targetLang === 'en' ? createTermMatcher(glossary, {lang: targetLang as Lang}) : undefined)
    const matcher = matchers.get(targetLang)
    if (!matcher) return []
    const found: TermContradiction[] = []
    for (const m of matcher.find(target)) {
      if (m.status !== 'forbidden' && m.status !== 'deprecated') continue
      const expected = (concepts.get(m.conceptId)?.terms ?? []).filter((t) => t.lang === targetLang && usable.has(t.status)).map((t) => t.text)
      found.push({found: target.slice(m.start, m.end), status: m.status, expected})
    }
    return found
  }
}
