import {createFinding, type Finding} from '@tolmach/core'
import {checkPair} from './pairs-include.js'
import {formatScore} from './pairs-side.js'
import type {AlignedPair} from './types.js'
import {findingSource} from './write-context.js'

/**
 * hunalign's default ("ladder") output: one rung per bead, `srcIndex\ttgtIndex\tscore`,
 * where rung (n, m) says the first n source sentences correspond to the first m
 * target sentences and the score belongs to the bead that starts there. The first
 * rung is (0, 0); the last is (source count, target count) and starts no bead, so
 * its score is 0. A ladder describes the whole alignment: `include` does not apply.
 */
export function* ladderChunks(pairs: Iterable<AlignedPair>, options?: {onFinding?: (finding: Finding) => void}): Generator<string> {
  if (options?.onFinding !== undefined && typeof options.onFinding !== 'function') {
    throw new TypeError('options.onFinding must be a function')
  }
  let src = 0
  let tgt = 0
  let index = 0
  for (const pair of pairs) {
    checkPair(pair, index)
    index++
    const out = outOfOrder(pair, src, tgt)
    if (out) options?.onFinding?.(out)
    // A 0-0 pair moves no sentence: it would be a rung that starts nothing.
    if (pair.source.length === 0 && pair.target.length === 0) continue
    yield `${src}\t${tgt}\t${formatScore(pair.score)}\n`
    src += pair.source.length
    tgt += pair.target.length
  }
  yield `${src}\t${tgt}\t0\n`
}

export function writeLadder(pairs: Iterable<AlignedPair>, options?: {onFinding?: (finding: Finding) => void}): string {
  let out = ''
  for (const chunk of ladderChunks(pairs, options)) out += chunk
  return out
}

/** Rungs count sentences, so pairs must cover each side in order; a segment whose index says otherwise is reported. */
function outOfOrder(pair: AlignedPair, src: number, tgt: number): Finding | undefined {
  for (const [segments, start, side] of [
    [pair.source, src, 'source'],
    [pair.target, tgt, 'target']
  ] as const) {
    const wrong = segments.findIndex((segment, i) => segment.index !== start + i)
    if (wrong === -1) continue
    const segment = segments[wrong]!
    return createFinding({
      ruleId: 'ladder-order',
      severity: 'warning',
      message: `${side} segment ${segment.id} has index ${segment.index} but is sentence ${start + wrong} of the ladder`,
      source: findingSource,
      file: segment.file,
      place: segment.position,
      actual: String(segment.index),
      expected: [String(start + wrong)]
    })
  }
  return undefined
}

/** A bead read back from a ladder: the sentence indexes of each side and the score of its rung. */
export interface LadderBead {
  src: number[]
  tgt: number[]
  score: number
}

/**
 * Reads a ladder (hunalign's output, or the 2-column hand-made form) into
 * beads. Bad rows — not numbers, or going backwards — are findings with their
 * line; they are skipped and the rest is read.
 */
export function readLadder(text: string, options?: {file?: string}): {beads: LadderBead[]; findings: Finding[]} {
  if (typeof text !== 'string') throw new TypeError('text must be a string')
  const findings: Finding[] = []
  const rungs: Array<[number, number, number]> = []
  let offset = 0
  for (const [index, line] of text.split('\n').entries()) {
    const start = offset
    offset += line.length + 1
    if (line.trim() === '') continue
    const fields = line.replace(/\r$/, '').split('\t')
    const [src, tgt, score] = fields.map(Number)
    const last = rungs.at(-1)
    const bad =
      fields.length < 2 || !Number.isInteger(src) || !Number.isInteger(tgt) || src! < 0 || tgt! < 0
        ? 'a rung is two sentence counts and an optional score, tab-separated'
        : last && (src! < last[0] || tgt! < last[1] || (src === last[0] && tgt === last[1]))
          ? `rung ${src} ${tgt} does not move forward from ${last[0]} ${last[1]}`
          : undefined
    if (bad) {
      const at = {line: index + 1, column: 1, offset: start}
      findings.push(
        createFinding({ruleId: 'ladder-row', message: bad, source: findingSource, file: options?.file, place: {start: at, end: at}, actual: line})
      )
      continue
    }
    rungs.push([src!, tgt!, Number.isFinite(score) ? score! : 0])
  }
  const beads: LadderBead[] = []
  for (let i = 0; i + 1 < rungs.length; i++) {
    const [s0, t0, score] = rungs[i]!
    const [s1, t1] = rungs[i + 1]!
    beads.push({src: range(s0, s1), tgt: range(t0, t1), score})
  }
  return {beads, findings}
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from}, (_, i) => from + i)
}
