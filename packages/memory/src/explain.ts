import type {MatchDifference} from './types.js'

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
