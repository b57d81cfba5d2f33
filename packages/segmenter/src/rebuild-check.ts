import {type Placeholder, placeholderToken} from '@tolmach/core'
import type {RebuildRuleId} from './rebuild-types.js'

/** A placeholder problem of one target text, before it gets a place. */
export interface TokenProblem {
  ruleId: RebuildRuleId
  message: string
  actual: string
  expected?: string[]
}

const tokenPattern = /\{\/?\d+\/?\}/g

/**
 * Checks that a target text carries each of the source segment's placeholder
 * tokens exactly once, adds none, and keeps every pair open-before-close and
 * properly nested, so the restored markup is the markup the source had.
 */
export function checkTokens(target: string, source: string, placeholders: readonly Placeholder[]): TokenProblem[] {
  const problems: TokenProblem[] = []
  const known = new Map<string, Placeholder>()
  for (const p of placeholders) known.set(placeholderToken(p), p)
  // Token-like text the source already had as prose (`{1}` in a sentence) is text, not markup.
  const literal = new Set([...source.matchAll(tokenPattern)].map((m) => m[0]).filter((token) => !known.has(token)))
  const counts = new Map<string, number>()
  const stack: number[] = []
  let orderBroken = false
  for (const match of target.matchAll(tokenPattern)) {
    const token = match[0]
    const p = known.get(token)
    if (!p) {
      if (literal.has(token)) continue
      problems.push({ruleId: 'placeholder-added', message: `placeholder ${token} is not in the source segment`, actual: token})
      continue
    }
    const seen = (counts.get(token) ?? 0) + 1
    counts.set(token, seen)
    if (seen !== 1) continue
    if (p.type === 'open') stack.push(p.id)
    else if (p.type === 'close') {
      if (stack.at(-1) === p.id) stack.pop()
      else orderBroken = true
    }
  }
  for (const p of placeholders) {
    const token = placeholderToken(p)
    const count = counts.get(token) ?? 0
    if (count === 0) {
      problems.push({ruleId: 'placeholder-lost', message: `placeholder ${token} (${p.node}) is missing from the target`, actual: '', expected: [token]})
    } else if (count > 1) {
      problems.push({ruleId: 'placeholder-duplicated', message: `placeholder ${token} (${p.node}) appears ${count} times in the target`, actual: token, expected: [token]})
    }
  }
  const complete = problems.length === 0
  if (complete && (orderBroken || stack.length > 0)) {
    const order = [...target.matchAll(tokenPattern)].map((m) => m[0]).join(' ')
    const expected = placeholders.map(placeholderToken).join(' ')
    problems.push({ruleId: 'placeholder-order', message: 'paired placeholders are closed before they open or overlap', actual: order, expected: [expected]})
  }
  return problems
}
