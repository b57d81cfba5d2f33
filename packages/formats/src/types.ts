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

export interface WriteOptions {
  /** Translations by segment id. */
  targets?: ReadonlyMap<string, TargetText> | Readonly<Record<string, TargetText>>
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
