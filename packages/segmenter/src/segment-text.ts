// TEMPORARY stand-in (Intl.Segmenter) until the rule-based segmenter lands.
import type {Sentence, SegmentTextOptions} from './types.js'

export function segmentText(text: string, options: SegmentTextOptions): Sentence[] {
  const out: Sentence[] = []
  const seg = new Intl.Segmenter(options.lang, {granularity: 'sentence'})
  for (const s of seg.segment(text)) {
    const trimmedStart = s.segment.length - s.segment.trimStart().length
    const body = s.segment.trim()
    if (!body) continue
    const start = s.index + trimmedStart
    out.push({text: body, start, end: start + body.length})
  }
  return out
}
