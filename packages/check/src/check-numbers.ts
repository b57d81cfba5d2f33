import type {Lang} from '@tolmach/core'
import type {Report} from './finding.js'
import {sameMeasure} from './measures.js'
import {findMentions, type Mention} from './mentions.js'

const ruleOf = (kind: Mention['kind']) => (kind === 'number' ? 'number-mismatch' : 'date-mismatch')

/**
 * Numbers, amounts, percentages, times, months and weekdays must say the
 * same on both sides. A value changed is one finding at the target's
 * mention; a value missing from the target is placed at the start of the
 * target with the source mention as related location.
 */
export function checkNumbers(source: string, target: string, langs: {source: Lang; target: Lang}, names: NumberedNames | undefined, report: Report): void {
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
  // «в 12:00» written "at 12.00" or "1200 local time": English times with a point or none read as numbers; the source's time says which.
  for (const t of src) {
    if (t.kind !== 'time') continue
    const n = tgt.find((o) => o.kind === 'number' && !used.has(o) && clockKeys(target.slice(o.start, o.end)).some((k) => t.keys.includes(k)))
    if (n) used.add(n).add(t)
  }
  // "PostgreSQL 17" named where the other document names it too is a style choice, not a changed number.
  const named = (text: string, m: Mention, other: Set<string> | undefined) => {
    const name = numberedName(text, m)
    return name !== undefined && (other?.has(name) ?? false)
  }
  const unmatched = settle(src, tgt)
  // "NZ$1.5m ($1.06m)" for «около миллиона долларов»: the source states the amount in the currency of the bracket.
  for (const c of tgt) {
    const main = c.converts
    if (!main || used.has(main)) continue
    const o = src.find((x) => x.kind === 'number' && !used.has(x) && [c, main].some((t) => near(t, x)))
    if (o) used.add(o).add(main).add(c)
  }
  // «25 см» ↔ "10 inches", «27 градусов» ↔ "80 degrees": a measure the translation converts.
  for (const m of src) {
    if (!m.unit || used.has(m)) continue
    const t = tgt.find((o) => o.unit && !used.has(o) && o.keys.some((k) => sameMeasure(Number(m.keys[0]), m.unit as string, Number(k), o.unit as string)))
    if (t) used.add(m).add(t)
  }
  // «116 123» read as one number where English writes a phone number in groups: the groups in a row match it.
  for (const m of src) {
    if (used.has(m) || m.kind !== 'number') continue
    const groups = source.slice(m.start, m.end).split(/[\s\u00a0\u202f]+/)
    if (groups.length < 2) continue
    const k = tgt.findIndex((_, j) => groups.every((g, i) => tgt[j + i] !== undefined && !used.has(tgt[j + i] as Mention) && target.slice((tgt[j + i] as Mention).start, (tgt[j + i] as Mention).end) === g))
    if (k >= 0) {
      used.add(m)
      for (let i = 0; i < groups.length; i++) used.add(tgt[k + i] as Mention)
    }
  }
  const missing = unmatched.filter((m) => !used.has(m) && !named(source, m, names?.target))
  const extra = settle(tgt, src).filter((m) => !overlapsUsedSpan(m, tgt, used) && !named(target, m, names?.source))
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
      report({ruleId: ruleOf(m.kind), messageId: `${m.kind}Extra`, severity: explanatory(target, tgt, m, src, used) ? 'info' : severity, side: 'target', start: m.start, end: m.end, data: {actual: text(target, m)}, actual: text(target, m)})
    }
  }
  for (const m of missing) {
    report({
      ruleId: ruleOf(m.kind), messageId: `${m.kind}Missing`, severity: m.soft ? 'warning' : 'error', side: 'target', start: 0, end: target.length,
      data: {expected: text(source, m)}, expected: [text(source, m)], related: {side: 'source', start: m.start, end: m.end}
    })
  }
}

/**
 * A number the translation adds while every number of the source has found
 * its counterpart is context for the foreign reader when it is a year ("by
 * 2009") or sits in a parenthesis ("the EB-5 programme (launched in 1990)"):
 * info; so is a weekday added where the source names none. A changed value
 * is never this: it leaves a source mention of its kind unmatched (a number
 * written in words, a weekday adjective included).
 */
function explanatory(text: string, target: Mention[], m: Mention, source: Mention[], used: Set<Mention>): boolean {
  if (source.some((o) => o.kind === m.kind && !used.has(o))) return false
  // "after Friday's quake" for «после землетрясения»: the day of an event the source leaves implicit.
  if (m.kind === 'weekday') return true
  if (m.kind !== 'number') return false
  const written = text.slice(m.start, m.end)
  // "£2m ($2.58m)": an amount given with its conversion is the translator's context.
  if (/^(?:1[5-9]|20)\d\d$/.test(written) || target.some((o) => o.converts === m)) return true
  const open = text.lastIndexOf('(', m.start)
  const close = text.indexOf(')', m.end)
  return open >= 0 && close >= 0 && !text.slice(open + 1, m.start).includes(')') && !text.slice(m.end, close).includes('(')
}

/** Two amounts within a tenth of each other: a currency conversion rounds. */
function near(a: Mention, b: Mention): boolean {
  const x = Number(a.keys[0])
  return Number.isFinite(x) && x > 0 && b.keys.some((k) => Math.abs(Number(k) - x) <= 0.1 * x)
}

/** The times a number may write: "15.00" and "1500" are 15:00. */
function clockKeys(written: string): string[] {
  const m = written.match(/^([01]?\d|2[0-3])\.?([0-5]\d)$/)
  return m ? [`t${Number(m[1])}:${m[2]}`] : []
}

/** "Name 17" strings of every source and every target of a document: versions, models, programmes. */
export interface NumberedNames {
  source: Set<string>
  target: Set<string>
}

const nameBefore = /(\p{Script=Latin}[\p{L}\d_.+-]*)[\s\u00a0]+$/u

function numberedName(text: string, m: Mention): string | undefined {
  const word = text.slice(Math.max(0, m.start - 40), m.start).match(nameBefore)?.[1]
  return word === undefined ? undefined : `${word.toLowerCase()} ${text.slice(m.start, m.end)}`
}

/** Every "Name N" of `texts`, for `checkNumbers`' `names`. */
export function collectNumberedNames(texts: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const text of texts) for (const m of text.matchAll(/(\p{Script=Latin}[\p{L}\d_.+-]*)[\s\u00a0]+(\d+(?:[.,]\d+)*)/gu)) out.add(`${(m[1] as string).toLowerCase()} ${m[2]}`)
  return out
}

/** A mention inside a span already matched (the day inside a matched numeric date) is not extra. */
function overlapsUsedSpan(m: Mention, all: Mention[], used: Set<Mention>): boolean {
  return all.some((o) => o !== m && used.has(o) && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)
}
