import {checkPair, checkPairOptions, isIncluded} from './pairs-include.js'
import {joinSegments} from './pairs-join.js'
import {formatScore, sidePositions} from './pairs-side.js'
import {escapeTsvField} from './tsv-escape.js'
import type {AlignedPair, PairWriteOptions} from './types.js'

export const pairsTsvHeader = ['id', 'source', 'target', 'verdict', 'score', 'source_position', 'target_position', 'rules'] as const

/**
 * A header row, then one row per pair: joined texts with placeholder tokens,
 * verdict, score, `file:line:column` of each side (several joined with `;`)
 * and the rule ids of its findings. Fields are escaped like the segment TSV.
 */
export function pairsTsvChunks(pairs: Iterable<AlignedPair>, options?: PairWriteOptions): Generator<string> {
  checkPairOptions(options)
  return chunks(pairs, options)
}

function* chunks(pairs: Iterable<AlignedPair>, options: PairWriteOptions | undefined): Generator<string> {
  yield `${pairsTsvHeader.join('\t')}\n`
  let index = 0
  for (const pair of pairs) {
    checkPair(pair, index)
    index++
    if (!isIncluded(pair.verdict, options?.include)) continue
    const row = [
      pair.id ?? String(index),
      joinSegments(pair.source).text,
      joinSegments(pair.target).text,
      pair.verdict,
      formatScore(pair.score),
      sidePositions(pair, 'source').join(';'),
      sidePositions(pair, 'target').join(';'),
      [...new Set((pair.findings ?? []).map((f) => f.ruleId))].join(',')
    ]
    yield `${row.map(escapeTsvField).join('\t')}\n`
  }
}

export function writePairsTsv(pairs: Iterable<AlignedPair>, options?: PairWriteOptions): string {
  let out = ''
  for (const chunk of pairsTsvChunks(pairs, options)) out += chunk
  return out
}
