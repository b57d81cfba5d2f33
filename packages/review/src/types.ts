import type {Finding, Segment} from '@tolmach/core'

export type Verdict = 'ok' | 'warning' | 'error'
export type ReviewStatus = 'unreviewed' | 'approved' | 'rejected'

/** One sentence as the page shows it. */
export interface ReviewSentence {
  /** The segment id: corrections name sentences by it. */
  id: string
  text: string
  line: number
  column: number
}

export interface ReviewFinding {
  ruleId: string
  severity: Finding['severity']
  message: string
  side: 'source' | 'target' | 'pair'
  line?: number
  column?: number
  /** Strings to highlight in the bead (a term, a number). */
  highlight: string[]
}

export interface ReviewBead {
  src: number[]
  tgt: number[]
  verdict: Verdict
  score: number
  findings: ReviewFinding[]
  status?: ReviewStatus
}

export interface ReviewSide {
  file: string
  lang: string
  sentences: ReviewSentence[]
}

/** One aligned document pair on the page. */
export interface ReviewDocument {
  source: ReviewSide
  target: ReviewSide
  beads: ReviewBead[]
}

/** The page's interface strings, in the CLI's interface language. */
export type ReviewMessages = Record<string, string>

export interface ReviewPageOptions {
  /** `lang` of the page (`en`, `ru`). */
  lang: string
  title: string
  messages: ReviewMessages
}

/** What the page exports and `tolmach align --corrections` applies. */
export interface Corrections {
  format: 'tolmach-corrections'
  version: 1
  documents: CorrectedDocument[]
}

export interface CorrectedDocument {
  source: string
  target: string
  beads: Array<{source: string[]; target: string[]; status: ReviewStatus}>
}

/**
 * The part of `@tolmach/aligner`'s `DocumentBead` the page reads; a
 * structural type, so this package needs nothing but core.
 */
export interface AlignedBead {
  src: number[]
  tgt: number[]
  score: number
  verdict: Verdict
  source: readonly Segment[]
  target: readonly Segment[]
  findings: readonly Finding[]
}
