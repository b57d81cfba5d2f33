import {collapseWhitespace, type Lang, type Segment} from '@tolmach/core'
import type {ReadDocument, TargetText, TmxUnit} from '@tolmach/formats'

const tokens = /\{\/?\d+\/?\}/g
// A pair that wraps the whole text: `{1}…{/1}` with no other token inside.
const wrapped = /^\{(\d+)\}((?:(?!\{\/?\d+\/?\})[\s\S])*)\{\/\1\}$/

function tokenList(text: string): string {
  return [...text.matchAll(tokens)].map((m) => m[0]).sort().join(' ')
}

function primary(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0]!
}

/** A source and its translation, with placeholder tokens. */
export interface MemoryPair {
  source: string
  target: string
}

/** Pairs of a TMX in the given direction; empty targets are no translation. */
export function tmxPairs(units: readonly TmxUnit[], sourceLang: Lang, targetLang: Lang): MemoryPair[] {
  const pairs: MemoryPair[] = []
  for (const unit of units) {
    const source = unit.variants.find((v) => primary(v.lang) === sourceLang)
    const target = unit.variants.find((v) => primary(v.lang) === targetLang)
    if (source && target) pairs.push({source: source.text, target: target.text})
  }
  return pairs
}

/**
 * Pairs of a translated XLIFF (last month's release, back from a CAT tool),
 * as Rainbow's leverage or translate-toolkit's pomigrate2 take them: a unit
 * whose target repeats its source (an unfilled copy) is no translation.
 */
export function xliffPairs(documents: readonly ReadDocument[]): MemoryPair[] {
  return documents.flatMap((d) =>
    d.units.flatMap((u) => (u.target === undefined || collapseWhitespace(u.target) === collapseWhitespace(u.source) ? [] : [{source: u.source, target: u.target}]))
  )
}

/** Text without a pair that wraps it whole (`**…**`, `*…*`, a link), and the wrapper's id. */
function unwrap(text: string): {inner: string; id?: string} {
  const match = wrapped.exec(text.trim())
  return match ? {inner: match[2]!, id: match[1]!} : {inner: text}
}

/**
 * Exact matches from a translation memory, keyed by the source text with
 * whitespace folded (so a re-wrapped paragraph still matches). A memory
 * target is offered only when it carries the segment's placeholders, so
 * what the translator sees can be imported back as it is. Markup that wraps
 * a whole segment (`**Итоги**` against a memory's `Итоги`, or the other way
 * round) does not prevent the match: the target is wrapped or unwrapped to fit.
 */
export function createMemory(pairs: readonly MemoryPair[]): (segment: Segment) => TargetText | undefined {
  const memory = new Map<string, string>()
  const bare = new Map<string, string>()
  for (const {source, target} of pairs) {
    if (target.trim() === '') continue
    const key = collapseWhitespace(source)
    if (!memory.has(key)) memory.set(key, target)
    // Wrapped or not, the memory's inner text fits a segment wrapped otherwise.
    const inner = unwrap(source)
    const innerTarget = inner.id === undefined ? {inner: target} : unwrapTarget(target, inner.id)
    if (innerTarget && tokenList(inner.inner) === '' && tokenList(innerTarget.inner) === '') {
      const innerKey = collapseWhitespace(inner.inner)
      if (!bare.has(innerKey)) bare.set(innerKey, innerTarget.inner)
    }
  }
  return (segment) => {
    let text = memory.get(collapseWhitespace(segment.text))
    if (text === undefined) {
      const own = unwrap(segment.text)
      const inner = bare.get(collapseWhitespace(own.inner))
      if (inner !== undefined && tokenList(own.inner) === '') text = own.id === undefined ? inner : `{${own.id}}${inner}{/${own.id}}`
    }
    if (text === undefined || tokenList(text) !== tokenList(segment.text)) return undefined
    // From memory: visible to the translator, never silently approved.
    return {text, state: 'translated', subState: 'tolmach:exact-match', xliff12State: 'needs-review-translation', stateQualifier: 'exact-match'}
  }
}

/** The target of a wrapped source, unwrapped by the same pair; none when the target is not wrapped whole. */
function unwrapTarget(target: string, id: string): {inner: string} | undefined {
  const own = unwrap(target)
  return own.id === id ? {inner: own.inner} : undefined
}
