import type {MatchDifference, TermContradiction} from './types.js'

/** One line a translator reads: what differs between the query and the memory source. */
export function explain(differences: readonly MatchDifference[], repaired: boolean, unrepaired: boolean): string {
  if (differences.length === 0) return 'same text'
  const parts: string[] = []
  const words = (kind: MatchDifference['kind']) => differences.filter((d) => d.kind === kind)
  const show = (d: MatchDifference) => (d.query && d.memory ? `${d.memory} → ${d.query}` : d.query ? `+${d.query}` : `−${d.memory}`)
  const numbers = words('number')
  if (numbers.length > 0) parts.push(`numbers ${numbers.map(show).join(', ')}${repaired ? ' (repaired in the target)' : unrepaired ? ' (not found in the target: check it)' : ''}`)
  for (const [kind, label] of [
    ['word', 'words'],
    ['form', 'word forms'],
    ['case', 'case'],
    ['markup', 'markup']
  ] as const) {
    const list = words(kind)
    if (list.length > 0) parts.push(`${label} ${list.map(show).join(', ')}`)
  }
  if (words('negation').length > 0) parts.push('negation differs')
  if (words('punctuation').length > 0) parts.push('punctuation')
  return parts.join('; ')
}

// Points a match loses per glossary term its target contradicts: a forbidden rendering
// weighs like a wrong word in a ten-word segment (the translator must find and fix it),
// a deprecated one half as much. Documented in the README; tests read these values.
export const penaltyPoints = {forbidden: 10, deprecated: 5} as const

export function contradictionPenalty(contradictions: readonly TermContradiction[]): number {
  return contradictions.reduce((sum, c) => sum + penaltyPoints[c.status], 0)
}

/** `glossary: «crucial minerals» is forbidden (use «critical minerals»)`. */
export function describeContradictions(contradictions: readonly TermContradiction[]): string {
  const parts = contradictions.map((c) => `«${c.found}» is ${c.status}${c.expected.length > 0 ? ` (use «${c.expected.join('» or «')}»)` : ''}`)
  return `glossary: ${parts.join(', ')}`
}
