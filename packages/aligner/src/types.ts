import type {LearnedLexicon} from './self-train.js'
/** One alignment bead: sentence indexes on each side (either may be empty) and a confidence in [0, 1]. */
export interface Bead {
  src: number[]
  tgt: number[]
  score: number
}

/**
 * Concept ids per sentence, e.g. glossary term ids found by a term matcher.
 * Plain functions so the aligner never imports the glossary package: equal ids
 * on both sides are strong evidence that two sentences belong together.
 */
export interface AnchorProvider {
  source(sentence: string, index: number): readonly string[]
  target(sentence: string, index: number): readonly string[]
}

/** A bilingual word list: each entry links Russian forms to English forms (lowercase). */
export interface Dictionary {
  /** Russian word or stem → concept ids. */
  ru: Map<string, number[]>
  /** English word or stem → concept ids. */
  en: Map<string, number[]>
}

export interface AlignOptions {
  /** Paragraph index of each source sentence (same length as `src`). */
  srcParagraphs?: readonly number[]
  /** Paragraph index of each target sentence (same length as `tgt`). */
  tgtParagraphs?: readonly number[]
  /**
   * Hard anchors: pairs `[srcIndex, tgtIndex]` that must start a bead on
   * both sides at once (e.g. heading ↔ heading from Markdown structure).
   * They must be increasing on both sides.
   */
  boundaries?: ReadonlyArray<readonly [number, number]>
  /**
   * Which sentences are headings (one flag per sentence), e.g. from Markdown. A page title or
   * section heading on one side only is routine (a retitled or untitled page), so leaving a
   * heading unaligned costs less than leaving a sentence.
   */
  srcHeadings?: readonly boolean[]
  tgtHeadings?: readonly boolean[]
  /** Concept ids per sentence (glossary terms). */
  anchors?: AnchorProvider
  /** Optional bilingual dictionary, e.g. from `parseHunalignDictionary`. */
  dictionary?: Dictionary
  /**
   * Use the built-in lexical model (default true): the core news/official
   * word list and the table derived from open dictionaries; pass parts to
   * switch one off.
   */
  lexicon?: boolean | {core?: boolean; derived?: boolean}
  /** Word links learned from aligned text (`learnLexicon`), e.g. from a first pass over a whole corpus. */
  learned?: LearnedLexicon
  /** Align twice: the second time with word links learned from the first pass's confident beads (default false). */
  realign?: boolean
  /** Half-width of the search band in sentences (default: adaptive, at least 30). */
  band?: number
  /**
   * Called as the search advances, about a hundred times per document and
   * once at the end, with the source sentences searched so far and their
   * total (with `realign`, both passes count: the total is twice the sentences).
   */
  onProgress?: (done: number, total: number) => void
}

/** What `alignSentences` reports besides beads. */
export interface AlignResult {
  beads: Bead[]
  /** Estimated characters of English per character of Russian in this document. */
  ratio: number
  warnings: string[]
}
