import type {OffsetMap, Segment} from '@tolmach/core'
import type {TermMatcher} from '@tolmach/glossary'
import {alignPair, type PairLangs} from './align-pair.js'
import type {InputText} from './read-messages.js'
import {type ReadPair as CheckPair, lineIndexOf} from './read-pair.js'
import type {ReadPairs} from './read-xml.js'

/**
 * A Markdown document and its translation (either direction): aligned the
 * way `tolmach align` does (glossary concepts as anchors), each bead with
 * both sides becomes a pair whose target offsets map through the segments'
 * offset maps into the target file. Beads with one side empty have no terms
 * to compare; `tolmach align` reports them.
 */
export function readMarkdownPair(source: InputText, target: InputText, matchers: {source: TermMatcher; target: TermMatcher}, langs: PairLangs): ReadPairs {
  const ids = (matcher: TermMatcher, text: string) => matcher.find(text).map((m) => m.conceptId)
  const alignment = alignPair(source, target, langs, {
    anchors: {source: (text) => ids(matchers.source, text), target: (text) => ids(matchers.target, text)},
    check: () => []
  })
  const lines = lineIndexOf(target.text)
  const pairs: CheckPair[] = []
  for (const bead of alignment.beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const joined = joinWithMap(bead.target)
    pairs.push({
      id: bead.target[0]!.id,
      source: bead.source.map((s) => s.text).join(' '),
      target: joined.text,
      file: target.file,
      map: joined.map,
      lines: lines()
    })
  }
  // Only a wrong-language pair matters here: the rest is alignment review, `tolmach align`'s job.
  return {pairs, findings: alignment.findings.filter((f) => f.ruleId === 'language-mismatch')}
}

/** Segments joined with a space, with one offset map into their common source file. */
function joinWithMap(segments: readonly Segment[]): {text: string; map: OffsetMap} {
  let text = ''
  const map: OffsetMap = []
  for (const segment of segments) {
    if (text) text += ' '
    const base = text.length
    if (segment.map.length === 0) map.push([base, segment.position.start.offset])
    for (const [t, s] of segment.map) map.push([base + t, s])
    text += segment.text
  }
  return {text, map}
}
