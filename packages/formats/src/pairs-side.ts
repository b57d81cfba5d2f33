import type {Segment} from '@tolmach/core'
import type {AlignedPair} from './types.js'

export type Side = 'source' | 'target'

/** The file a side's segments came from: the segments' own, else the pair's `sourceFile`/`targetFile`. */
export function sideFile(pair: AlignedPair, side: Side, segment?: Segment): string | undefined {
  return (segment ?? pair[side][0])?.file ?? (side === 'source' ? pair.sourceFile : pair.targetFile)
}

/** `file:line:column` of each segment of a side (`line:column` when no file is known). */
export function sidePositions(pair: AlignedPair, side: Side): string[] {
  return pair[side].map((segment) => {
    const {line, column} = segment.position.start
    const file = sideFile(pair, side, segment)
    return file === undefined ? `${line}:${column}` : `${file}:${line}:${column}`
  })
}

/** Scores rounded to 4 decimals: enough to rank, short enough to read in a TM or a ladder. */
export function formatScore(score: number): string {
  return String(Math.round(score * 1e4) / 1e4)
}
