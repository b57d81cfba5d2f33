import type {Finding, Placeholder} from '@tolmach/core'
import {checkPair, checkPairOptions, isIncluded} from './pairs-include.js'
import {joinSegments} from './pairs-join.js'
import {type Side, sideFile, sidePositions} from './pairs-side.js'
import type {AlignedPair, PairVerdict, PairWriteOptions} from './types.js'

/** One side of a pair as JSONL holds it. */
export interface PairsJsonlSide {
  /** Joined text with placeholder tokens, as in TMX. */
  text: string
  placeholders: Placeholder[]
  /** Ids of the segments joined, in order. */
  segments: string[]
  /** `file:line:column` of each segment. */
  positions: string[]
  file?: string
}

export interface PairsJsonlRecord {
  id: string
  verdict: PairVerdict
  score: number
  source: PairsJsonlSide
  target: PairsJsonlSide
  findings: Finding[]
}

/** One pair per line: both sides joined, where they came from, the verdict and its findings. */
export function pairsJsonlChunks(pairs: Iterable<AlignedPair>, options?: PairWriteOptions): Generator<string> {
  checkPairOptions(options)
  return chunks(pairs, options)
}

function* chunks(pairs: Iterable<AlignedPair>, options: PairWriteOptions | undefined): Generator<string> {
  let index = 0
  for (const pair of pairs) {
    checkPair(pair, index)
    index++
    if (!isIncluded(pair.verdict, options?.include)) continue
    yield `${JSON.stringify(pairsJsonlRecord(pair, String(index)))}\n`
  }
}

export function writePairsJsonl(pairs: Iterable<AlignedPair>, options?: PairWriteOptions): string {
  let out = ''
  for (const chunk of pairsJsonlChunks(pairs, options)) out += chunk
  return out
}

export function pairsJsonlRecord(pair: AlignedPair, fallbackId: string): PairsJsonlRecord {
  return {
    id: pair.id ?? fallbackId,
    verdict: pair.verdict,
    score: pair.score,
    source: side(pair, 'source'),
    target: side(pair, 'target'),
    findings: [...(pair.findings ?? [])]
  }
}

function side(pair: AlignedPair, which: Side): PairsJsonlSide {
  const {text, placeholders} = joinSegments(pair[which])
  const out: PairsJsonlSide = {text, placeholders, segments: pair[which].map((s) => s.id), positions: sidePositions(pair, which)}
  const file = sideFile(pair, which)
  if (file !== undefined) out.file = file
  return out
}
