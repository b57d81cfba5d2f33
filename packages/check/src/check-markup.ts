import {checkPlaceholders} from '@tolmach/aligner'
import type {Segment} from '@tolmach/core'
import type {Report} from './finding.js'

// Printf and ICU/template variables, XML/HTML tags, inline code: what must survive translation verbatim.
// A `%` right after a digit is a percent sign: "14% surge" holds no `% s`.
const codeRe = /(?<!\d)%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdifuxXeEgGcp@]|\{\{\s*[\w.-]+\s*\}\}|\$\{[\w.-]+\}|\{[\w.-]+\}|<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>|`[^`\n]+`/g

/**
 * Inline markup of a pair. Segments from `segmentMarkdown` are compared by
 * mdast node with the aligner's `checkPlaceholders` (links are `checkLinks`'
 * business); other pairs by their variables, tags and code spans, verbatim.
 */
export function checkMarkup(source: string, target: string, segments: {source: readonly Segment[]; target: readonly Segment[]} | undefined, report: Report): void {
  if (segments) {
    const bead = {src: segments.source.map((_, k) => k), tgt: segments.target.map((_, k) => k), score: 1}
    const base = (list: readonly Segment[]) => {
      const out: number[] = []
      let at = 0
      for (const s of list) {
        out.push(at)
        at += s.text.length + 1
      }
      return out
    }
    const srcBase = base(segments.source)
    const tgtBase = base(segments.target)
    for (const f of checkPlaceholders(segments.source, segments.target, bead)) {
      if (f.ruleId !== 'placeholder-mismatch') continue
      const offset = (f.side === 'source' ? srcBase : tgtBase)[f.sentence] ?? 0
      const missing = f.side === 'source'
      const data = {actual: f.actual ?? ''}
      if (missing) {
        report({ruleId: 'markup-mismatch', messageId: 'markupMissing', severity: f.severity, side: 'target', start: 0, end: target.length, data, actual: f.actual ?? '', related: {side: 'source', start: offset + f.start, end: offset + f.end}})
      } else {
        report({ruleId: 'markup-mismatch', messageId: 'markupExtra', severity: f.severity, side: 'target', start: offset + f.start, end: offset + f.end, data, actual: f.actual ?? ''})
      }
    }
    return
  }
  const codes = (text: string) => [...text.matchAll(codeRe)].map((m) => ({code: m[0], start: m.index ?? 0}))
  const theirs = codes(target)
  const used = new Set<number>()
  for (const s of codes(source)) {
    const k = theirs.findIndex((t, i) => !used.has(i) && t.code === s.code)
    if (k >= 0) used.add(k)
    else report({ruleId: 'markup-mismatch', messageId: 'markupMissing', severity: 'error', side: 'target', start: 0, end: target.length, data: {actual: s.code}, actual: s.code, related: {side: 'source', start: s.start, end: s.start + s.code.length}})
  }
  theirs.forEach((t, i) => {
    if (!used.has(i)) report({ruleId: 'markup-mismatch', messageId: 'markupExtra', severity: 'error', side: 'target', start: t.start, end: t.start + t.code.length, data: {actual: t.code}, actual: t.code})
  })
}
