import {compareFindings} from '@tolmach/core'
import type {Finding, SeverityCounts} from './types.js'

const severities = new Set(['error', 'warning', 'info'])

/**
 * Formatters take findings from any checker, so the shape is checked once
 * here: a wrong argument is misuse and throws, naming what was wrong.
 */
export function checkFindings(findings: unknown): asserts findings is Finding[] {
  if (!Array.isArray(findings)) throw new TypeError('findings must be an array of findings')
  findings.forEach((finding, index) => {
    if (finding === null || typeof finding !== 'object') throw new TypeError(`findings[${index}] must be an object`)
    const {ruleId, severity, message} = finding as Record<string, unknown>
    if (typeof ruleId !== 'string' || ruleId === '') throw new TypeError(`findings[${index}].ruleId must be a non-empty string`)
    if (typeof severity !== 'string' || !severities.has(severity)) {
      throw new TypeError(`findings[${index}].severity must be error, warning or info`)
    }
    if (typeof message !== 'string') throw new TypeError(`findings[${index}].message must be a string`)
  })
}

/**
 * Reading order (file, place, severity, then rule), so every format is the
 * same whatever order checks ran in. Sorting is stable, so exact ties keep
 * the order they came in.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice().sort((a, b) => {
    const order = compareFindings(a, b)
    if (order !== 0) return order
    return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0
  })
}

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.severity]++
  return counts
}

/** Groups sorted findings by file, keeping their order; `undefined` is the no-file group. */
export function groupByFile(findings: readonly Finding[]): Map<string | undefined, Finding[]> {
  const groups = new Map<string | undefined, Finding[]>()
  for (const finding of findings) {
    const group = groups.get(finding.file)
    if (group) group.push(finding)
    else groups.set(finding.file, [finding])
  }
  return groups
}
