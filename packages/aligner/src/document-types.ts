import type {Finding, Lang, Segment} from '@tolmach/core'
import type {BeadFinding, CheckOptions} from './check-bead.js'
import type {AnchorProvider, Bead, Dictionary} from './types.js'

/**
 * One side of `alignDocuments`: segments from `@tolmach/segmenter`'s
 * `segmentMarkdown` (a `SegmentDocument` fits as is). With `text`, the
 * Markdown the segments came from, findings get exact line/column places;
 * without it they point at the whole segment.
 */
export interface AlignInput {
  segments: readonly Segment[]
  /** The Markdown source: used for positions and to tell paragraphs apart. */
  text?: string
  /** File name for findings; default: the segments' own `file`. */
  file?: string
  lang?: Lang
}

/**
 * An extra check on one bead, e.g. glossary terms (the aligner never imports
 * the glossary: the caller adapts `checkTerms` here). `src`/`tgt` are the
 * sentences as aligned (segment text with placeholder tokens); findings
 * place themselves by sentence and offsets, like `checkBead`'s.
 */
export type BeadCheckHook = (src: readonly string[], tgt: readonly string[], bead: Bead) => BeadFinding[]

export interface AlignDocumentsOptions {
  /** Concept ids per sentence (glossary terms), added to the link anchors the segments carry. */
  anchors?: AnchorProvider
  dictionary?: Dictionary
  lexicon?: boolean | {core?: boolean; derived?: boolean}
  band?: number
  /** Options of `checkBead`; `ratio` defaults to the document's own. */
  check?: Omit<CheckOptions, 'ratio'> & {ratio?: number}
  /** Extra bead checks (terminology…). */
  checks?: readonly BeadCheckHook[]
}

export type Verdict = 'ok' | 'warning' | 'error'

/**
 * A checked bead. Its shape is `@tolmach/formats`' `AlignedPair`, so beads
 * go straight into `writeTmx`, `writePairsTsv` and friends.
 */
export interface DocumentBead extends Bead {
  source: Segment[]
  target: Segment[]
  verdict: Verdict
  /** Findings placed in the source or target file (`file`, `place`). */
  findings: Finding[]
  sourceFile?: string
  targetFile?: string
}

export interface DocumentAlignment {
  beads: DocumentBead[]
  /** English characters per Russian character, estimated from the documents. */
  ratio: number
  /**
   * Problems of the pair as a whole: `language-mismatch` (error: the source
   * does not look Russian or the target English) and `length-mismatch`
   * (warning: one side empty or far longer than the other).
   */
  findings: Finding[]
  /** Beads per verdict. */
  verdicts: Record<Verdict, number>
}
