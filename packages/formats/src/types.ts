import type {Finding, Placeholder, Point, Segment} from '@tolmach/core'

/** The segment formats tolmach writes. `xliff` is XLIFF 1.2, `xliff2` is XLIFF 2.1 core. */
export type SegmentFormat = 'xliff' | 'xliff2' | 'jsonl' | 'tsv'

/** XLIFF 2 segment states; XLIFF 1.2 gets the nearest 1.2 state (see `xliff12State`). */
export type TargetState = 'initial' | 'translated' | 'reviewed' | 'final'

/**
 * A translation to write as a unit's `<target>`. `text` uses the source
 * segment's placeholder tokens (`{1}…{/1}`, `{2/}`); tokens the source does not
 * have stay literal text.
 */
export interface TargetText {
  text: string
  /** XLIFF 2 `state`; default `translated`. */
  state?: TargetState
  /** XLIFF 2 `subState` (`prefix:value`), e.g. `tolmach:exact-match`. */
  subState?: string
  /** XLIFF 1.2 `state`, when the mapping from `state` is not what you want. */
  xliff12State?: string
  /** XLIFF 1.2 `state-qualifier`, e.g. `exact-match`. */
  stateQualifier?: string
}

/**
 * What an XLIFF writer puts in a unit that has no translation: `copy` (the
 * source, state `new` in XLIFF 1.2, `initial` in XLIFF 2: what Okapi Rainbow
 * writes, and what OmegaT's XLIFF filter needs, since it translates the
 * `<target>`), `empty` (an empty `<target/>`), or `none` (no `<target>`).
 */
export type MissingTarget = 'copy' | 'empty' | 'none'

/** A fuzzy or exact match from a translation memory, offered beside the segment. */
export interface CandidateMatch {
  /** The memory's source text (placeholder tokens are left out when written). */
  source: string
  target: string
  /** 0–100. */
  similarity: number
  /** Where the match came from (memory name, file). */
  origin?: string
  /**
   * What a translator should know about the match (what differs, glossary
   * terms its target contradicts): an XLIFF 1.2 `<note>` of the alt-trans,
   * an XLIFF 2 `mda:meta type="explanation"` of the mtc:match.
   */
  note?: string
}

export interface WriteOptions {
  /** Translations by segment id. */
  targets?: ReadonlyMap<string, TargetText> | Readonly<Record<string, TargetText>>
  /** XLIFF only: the `<target>` of a unit without a translation; default `none`. */
  missingTarget?: MissingTarget

  /** Translation-memory matches by segment id: XLIFF 1.2 `<alt-trans>`, XLIFF 2 `mtc:matches`. */
  candidates?: ReadonlyMap<string, readonly CandidateMatch[]> | Readonly<Record<string, readonly CandidateMatch[]>>
  /** Extra notes by segment id (glossary hits, reviewer remarks). */
  notes?: ReadonlyMap<string, readonly string[]> | Readonly<Record<string, readonly string[]>>
  /**
   * Receives content problems met while writing (characters XML cannot hold,
   * duplicate ids). Without it they are still handled the documented way.
   */
  onFinding?: (finding: Finding) => void
}

/** One unit read back from a segment file. */
export interface ReadUnit {
  id: string
  /** Source text with placeholder tokens re-created from the inline markup. */
  source: string
  placeholders: Placeholder[]
  target?: string
  targetPlaceholders?: Placeholder[]
  /** XLIFF 1.2 `state` or XLIFF 2 `state` of the target. */
  state?: string
  stateQualifier?: string
  subState?: string
  /** Notes as written in the file (location, kind, glossary…). */
  notes?: string[]
  /** Where the unit starts in the file that was read. */
  position: Point
  /** JSONL only: the whole segment as written. */
  segment?: Segment
  /** TSV only: the source line column. */
  line?: number
}

export interface ReadDocument {
  /** `original` of the XLIFF `<file>`, or the `file` field of JSONL/TSV rows. */
  file: string
  sourceLang?: string
  targetLang?: string
  units: ReadUnit[]
}

export interface ReadResult {
  documents: ReadDocument[]
  findings: Finding[]
}

export interface ReadOptions {
  /** Name of the file being read, used in findings. */
  file?: string
}

/** What the checks concluded about a translation pair. */
export type PairVerdict = 'ok' | 'warning' | 'error'

/**
 * A translation pair (an aligner bead) to export. Each side holds 0…n
 * segments in document order, usually one; several are joined with a space
 * (see `joinSegments`). A 1-0 bead has no target segments.
 */
export interface AlignedPair {
  /** Written as the TMX `tuid`; default: the pair's 1-based number in the export. */
  id?: string
  source: readonly Segment[]
  target: readonly Segment[]
  verdict: PairVerdict
  /** Alignment confidence, 0…1 (higher is better). */
  score: number
  /** Why the verdict is not `ok`; written as TMX notes and in JSONL. */
  findings?: readonly Finding[]
  /** File of the source side when its segments carry none. */
  sourceFile?: string
  /** File of the target side when its segments carry none. */
  targetFile?: string
}

/** Which pairs go into a translation memory: `warning` means ok + warning. */
export type PairInclude = 'ok' | 'warning' | 'all'

export interface PairWriteOptions {
  /** Pairs to write by verdict; default `ok` (only what passed the checks). */
  include?: PairInclude
  /** Receives content problems met while writing (characters XML cannot hold, empty pairs). */
  onFinding?: (finding: Finding) => void
}

export interface TmxWriteOptions extends PairWriteOptions {
  /** BCP 47 tag of the source side, written as `srclang` and `xml:lang`; default `ru`. */
  srcLang?: string
  /** BCP 47 tag of the target side; default `en`. */
  tgtLang?: string
  /** Language of notes and props (`adminlang`); default `en`. */
  adminLang?: string
  /** `creationdate` of the header and of every unit; default: now. Give one for reproducible files. */
  creationDate?: Date | string
  /** `creationtoolversion`; default: this package's version. */
  creationToolVersion?: string
  /** Write `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`; default true. */
  doctype?: boolean
}

/** A `<prop>` or `<note>`-like key/value of a TMX unit or variant. */
export interface TmxProp {
  type: string
  value: string
  lang?: string
}

export interface TmxHeader {
  /** Every attribute of `<header>` as written (`srclang`, `creationtool`, …). */
  attributes: Record<string, string>
  props: TmxProp[]
  notes: string[]
}

/** One `<tuv>`: a language's text with placeholder tokens re-created from `bpt`/`ept`/`it`/`ph`. */
export interface TmxVariant {
  lang: string
  text: string
  placeholders: Placeholder[]
  props: TmxProp[]
  notes: string[]
  position: Point
}

export interface TmxUnit {
  /** `tuid`, when the unit has one. */
  id?: string
  props: TmxProp[]
  notes: string[]
  variants: TmxVariant[]
  /** Attributes of `<tu>` other than `tuid` (`creationdate`, `srclang`, …). */
  attributes: Record<string, string>
  /** Where the `<tu>` starts in the file that was read. */
  position: Point
}

export interface TmxReadResult {
  header?: TmxHeader
  units: TmxUnit[]
  findings: Finding[]
}
