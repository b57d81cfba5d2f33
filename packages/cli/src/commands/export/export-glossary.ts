import {type Segment, stripPlaceholders} from '@tolmach/core'
import type {Concept, Glossary, TermMatcher} from '@tolmach/glossary'

const usable = new Set(['preferred', 'admitted'])

/**
 * Glossary notes for a segment: each concept found in its text, as
 * `glossary: term → approved translation` (a forbidden one as `avoid:`),
 * in the XLIFF note language of tolmach (machine content, not UI text).
 */
export function createGlossaryNotes(glossary: Glossary, matcher: TermMatcher, targetLang: string): (segment: Segment) => string[] {
  const concepts = new Map<string, Concept>(glossary.concepts.map((c) => [c.id, c]))
  return (segment) => {
    const notes: string[] = []
    const seen = new Set<string>()
    for (const match of matcher.find(stripPlaceholders(segment.text, segment.placeholders))) {
      if (seen.has(match.conceptId)) continue
      seen.add(match.conceptId)
      const targets = concepts.get(match.conceptId)?.terms.filter((term) => term.lang === targetLang) ?? []
      const approved = targets.filter((term) => usable.has(term.status)).map((term) => term.text)
      const avoid = targets.filter((term) => !usable.has(term.status)).map((term) => term.text)
      if (approved.length === 0 && avoid.length === 0) continue
      let note = `glossary: ${match.term} → ${approved.length > 0 ? approved.join(' | ') : '?'}`
      if (avoid.length > 0) note += ` (avoid: ${avoid.join(' | ')})`
      notes.push(note)
    }
    return notes
  }
}
