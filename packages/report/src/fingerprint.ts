import {createHash} from 'node:crypto'
import {reportPath} from './report-path.js'
import type {Finding} from './types.js'

/**
 * Stable identities for findings, so code scanning and GitLab match a finding
 * across runs even when lines above it move. The key is what the finding is
 * about (rule, file, the text found and what was expected), not where it is;
 * the message stands in only when there is no `actual`, since messages are
 * translated. Identical keys in one report are told apart by their order,
 * as CodeQL does, which also keeps every fingerprint unique (GitLab shows
 * only the first of duplicates). Expects findings in report order.
 */
export function fingerprintFindings(findings: readonly Finding[], root?: string): string[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const key = [
      finding.ruleId,
      finding.file === undefined ? '' : reportPath(finding.file, root),
      finding.actual ?? '',
      (finding.expected ?? []).join('\u0001'),
      finding.actual === undefined ? finding.message : ''
    ].join('\u0000')
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32)
  })
}
