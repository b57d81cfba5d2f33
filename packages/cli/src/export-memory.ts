import {collapseWhitespace, type Lang, type Segment} from '@tolmach/core'
import type {TargetText, TmxUnit} from '@tolmach/formats'

const tokens = /\{\/?\d+\/?\}/g

function tokenList(text: string): string {
  return [...text.matchAll(tokens)].map((m) => m[0]).sort().join(' ')
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0]!
}

/**
 * Exact matches from a translation memory, keyed by the source text with
 * whitespace folded (so a re-wrapped paragraph still matches). A memory
 * target is offered only when it carries the segment's placeholders, so
 * what the translator sees can be imported back as it is.
 */
export function createMemory(units: readonly TmxUnit[], sourceLang: Lang, targetLang: Lang): (segment: Segment) => TargetText | undefined {
  const memory = new Map<string, string>()
  for (const unit of units) {
    const source = unit.variants.find((v) => primary(v.lang) === sourceLang)
    const target = unit.variants.find((v) => primary(v.lang) === targetLang)
    if (!source || !target || target.text.trim() === '') continue
    const key = collapseWhitespace(source.text)
    if (!memory.has(key)) memory.set(key, target.text)
  }
  return (segment) => {
    const text = memory.get(collapseWhitespace(segment.text))
    if (text === undefined || tokenList(text) !== tokenList(segment.text)) return undefined
    // From memory: visible to the translator, never silently approved.
    return {text, state: 'translated', subState: 'tolmach:exact-match', xliff12State: 'needs-review-translation', stateQualifier: 'exact-match'}
  }
}
