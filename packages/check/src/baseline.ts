import type {CheckFinding} from './types.js'

/**
 * A baseline: the findings a team accepts in a legacy corpus, so that only
 * new ones are reported. Keys leave line numbers out (they move with every
 * edit); a finding is known while the baseline has an unused entry with the
 * same file, rule, message and values.
 */
export interface Baseline {
  version: 1
  findings: Array<{file: string; ruleId: string; key: string}>
}

/** What a baseline needs of a finding: this package's, or any with a rule id (a CLI's rendered one). */
export type BaselineFinding = Pick<CheckFinding, 'ruleId'> & Partial<Pick<CheckFinding, 'messageId' | 'data' | 'actual' | 'expected' | 'file'>>

// Rendered messages change with the interface language: the key is made of data only.
function keyOf(f: BaselineFinding): string {
  const data = f.data ? Object.keys(f.data).sort().map((k) => `${k}=${f.data?.[k]}`).join('&') : ''
  return `${f.messageId ?? ''}|${data}|${f.actual ?? ''}|${(f.expected ?? []).join('|')}`
}

export function createBaseline(findings: readonly BaselineFinding[]): Baseline {
  return {version: 1, findings: findings.map((f) => ({file: f.file ?? '', ruleId: f.ruleId, key: keyOf(f)}))}
}

/** Findings not in the baseline. Throws on a value that is not a baseline: that is misuse, not content. */
export function filterBaseline<T extends BaselineFinding>(findings: readonly T[], baseline: Baseline): T[] {
  if (baseline?.version !== 1 || !Array.isArray(baseline.findings)) throw new TypeError('filterBaseline: `baseline` must be {version: 1, findings: […]}')
  const left = new Map<string, number>()
  for (const b of baseline.findings) {
    const k = `${b.file}\u0000${b.ruleId}\u0000${b.key}`
    left.set(k, (left.get(k) ?? 0) + 1)
  }
  return findings.filter((f) => {
    const k = `${f.file ?? ''}\u0000${f.ruleId}\u0000${keyOf(f)}`
    const n = left.get(k) ?? 0
    if (n === 0) return true
    left.set(k, n - 1)
    return false
  })
}
