import {createLineIndex, offsetToPoint} from '@tolmach/core'
import type {CheckFinding} from './types.js'

const directive = /<!--\s*tolmach-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g

interface Scope {
  from: number
  to: number
  rules: Set<string> | 'all'
}

function rulesOf(text: string): Set<string> | 'all' {
  const ids = text.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s && s !== '--')
  return ids.length === 0 ? 'all' : new Set(ids)
}

/**
 * Comments in a document that silence findings, markdownlint-style:
 * `<!-- tolmach-disable-next-line rule-a, rule-b -->` (the next line),
 * `<!-- tolmach-disable-line rule -->` (its own line) and
 * `<!-- tolmach-disable rule -->` … `<!-- tolmach-enable -->` (a range).
 * No rule ids means every rule.
 */
export function suppressionScopes(text: string): Scope[] {
  const lines = createLineIndex(text)
  const scopes: Scope[] = []
  const open: Scope[] = []
  for (const m of text.matchAll(directive)) {
    const line = offsetToPoint(lines, m.index ?? 0).line
    const rules = rulesOf(m[2] ?? '')
    if (m[1] === 'disable-next-line') scopes.push({from: line + 1, to: line + 1, rules})
    else if (m[1] === 'disable-line') scopes.push({from: line, to: line, rules})
    else if (m[1] === 'disable') open.push({from: line, to: Number.POSITIVE_INFINITY, rules})
    else {
      for (const scope of open.splice(0)) scopes.push({...scope, to: line})
    }
  }
  return [...scopes, ...open]
}

/** Findings in `text`'s file that no suppression comment of `text` covers. */
export function applySuppressions<T extends Pick<CheckFinding, 'ruleId' | 'place'>>(findings: T[], text: string): T[] {
  const scopes = suppressionScopes(text)
  if (scopes.length === 0) return findings
  return findings.filter((f) => {
    const line = f.place?.start.line
    if (line === undefined) return true
    return !scopes.some((s) => line >= s.from && line <= s.to && (s.rules === 'all' || s.rules.has(f.ruleId)))
  })
}
