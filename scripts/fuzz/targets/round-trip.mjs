// Fuzz target: export → copy each source into its target → import keeps the
// mdast (positions aside), and so does a pseudo-translation that upper-cases
// the prose and keeps placeholder tokens.
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {MarkdownDepthError, rebuildMarkdown, segmentMarkdown} from '../../../packages/segmenter/dist/index.js'
import {parseMarkdown} from '../../../packages/segmenter/dist/markdown-parse.js'
import {markdownSoup} from './markdown-gen.mjs'

const shape = (markdown) => JSON.parse(JSON.stringify(parseMarkdown(markdown), (key, value) => (key === 'position' ? undefined : value)))

function copyLaw(markdown) {
  let segments
  try {
    segments = segmentMarkdown(markdown, {lang: 'ru'})
  } catch (error) {
    if (error instanceof MarkdownDepthError) return
    throw error
  }
  const result = rebuildMarkdown(markdown, new Map(segments.map((s) => [s.id, s.text])), {lang: 'ru'})
  if (result.findings.length > 0) throw new Error(`copy round trip reported ${result.findings[0].ruleId}: ${JSON.stringify(markdown)}`)
  if (!isDeepStrictEqual(shape(result.markdown), shape(markdown))) {
    throw new Error(`copy round trip changed the mdast: ${JSON.stringify(markdown)} → ${JSON.stringify(result.markdown)}`)
  }
}

export default {
  name: 'round-trip',
  run(seed, budgetMs) {
    let tried = 0
    fc.assert(
      fc.property(markdownSoup, (markdown) => {
        copyLaw(markdown)
        tried++
      }),
      {seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false}
    )
    return {tried}
  }
}
