import type {Finding, Lang, Segment} from '@tolmach/core'
import type {BeadFinding, CheckOptions} from './check-bead.js'
import type {LearnedLexicon} from './self-train.js'
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
  /** Language of the first document: `ru` (default) or `en`. */
  sourceLang?: Lang
  /** Language of the second document: the other one unless given (the same language twice is misuse). */
  targetLang?: Lang
  /** Concept ids per sentence (glossary terms), added to the link anchors the segments carry. */
  anchors?: AnchorProvider
  dictionary?: Dictionary
  lexicon?: boolean | {core?: boolean; derived?: boolean}
  band?: number
  /** Word links learned from aligned text (`learnLexicon`, oriented Russian → English whatever the direction), e.g. a corpus's first pass. */
  learned?: LearnedLexicon
  /** Progress of the search: source sentences done and their total (see `AlignOptions.onProgress`). */
  onProgress?: (done: number, total: number) => void
  /** Options of `checkBead`; `ratio` defaults to the document's own. */
  check?: Omit<CheckOptions, 'ratio'> & {ratio?: number}
  /** Extra bead checks (terminology…). */
  checks?: readonly BeadCheckHook[]
  /**
   * Beads a reviewer fixed (a corrections file): no search, these beads are
   * checked as given. They must cover every sentence once, in order.
   */
  beads?: readonly Bead[]
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
  /** Target characters per source character, estimated from the documents. */
  ratio: number
  sourceLang: Lang
  targetLang: Lang
  /**
   * Problems of the pair as a whole: `language-mismatch` (error: a side
   * does not look like its language) and `length-mismatch`
   * (warning: one side empty or far longer than the other).
   */
  findings: Finding[]
  /** Beads per verdict. */
  verdicts: Record<Verdict, number>
}
