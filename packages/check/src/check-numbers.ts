import type {Lang} from '@tolmach/core'
import type {Report} from './finding.js'
import {findMentions, type Mention} from './mentions.js'

const ruleOf = (kind: Mention['kind']) => (kind === 'number' ? 'number-mismatch' : 'date-mismatch')

/**
 * Numbers, amounts, percentages, times, months and weekdays must say the
 * same on both sides. A value changed is one finding at the target's
 * mention; a value missing from the target is placed at the start of the
 * target with the source mention as related location.
 */
export function checkNumbers(source: string, target: string, langs: {source: Lang; target: Lang}, report: Report): void {
  const src = findMentions(source, langs.source, 'source')
  const tgt = findMentions(target, langs.target, 'target')
  const used = new Set<Mention>()
  const shares = (a: Mention, b: Mention) => a.kind === b.kind && a.keys.some((k) => b.keys.includes(k))
  // Required mentions pair with required ones first, then with optional ones.
  const settle = (mine: Mention[], theirs: Mention[]) => {
    const left: Mention[] = []
    for (const m of mine) {
      if (m.optional || used.has(m)) continue
      const match = theirs.find((o) => !o.optional && !used.has(o) && shares(m, o)) ?? theirs.find((o) => o.optional && !used.has(o) && shares(m, o))
      if (match) {
        used.add(match)
        used.add(m)
      } else left.push(m)
    }
    return left
  }
  const missing = settle(src, tgt)
  const extra = settle(tgt, src).filter((m) => !overlapsUsedSpan(m, tgt, used))
  const text = (s: string, m: Mention) => s.slice(m.start, m.end)
  for (const m of extra) {
    // A changed value: the first missing mention of the same kind is what it should have been.
    const k = missing.findIndex((o) => o.kind === m.kind)
    const was = k >= 0 ? missing.splice(k, 1)[0] : undefined
    const severity = m.soft && (was === undefined || was.soft) ? 'warning' : 'error'
    if (was) {
      report({
        ruleId: ruleOf(m.kind), messageId: `${m.kind}Changed`, severity, side: 'target', start: m.start, end: m.end,
        data: {actual: text(target, m), expected: text(source, was)}, actual: text(target, m), expected: [text(source, was)],
        related: {side: 'source', start: was.start, end: was.end}
      })
    } else {
      report({ruleId: ruleOf(m.kind), messageId: `${m.kind}Extra`, severity, side: 'target', start: m.start, end: m.end, data: {actual: text(target, m)}, actual: text(target, m)})
    }
  }
  for (const m of missing) {
    report({
      ruleId: ruleOf(m.kind), messageId: `${m.kind}Missing`, severity: m.soft ? 'warning' : 'error', side: 'target', start: 0, end: target.length,
      data: {expected: text(source, m)}, expected: [text(source, m)], related: {side: 'source', start: m.start, end: m.end}
    })
  }
}

/** A mention inside a span already matched (the day inside a matched numeric date) is not extra. */
function overlapsUsedSpan(m: Mention, all: Mention[], used: Set<Mention>): boolean {
  return all.some((o) => o !== m && used.has(o) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)
}
