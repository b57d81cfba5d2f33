/** Languages tolmach works in. */
export type Lang = 'ru' | 'en'

/** A place in a file: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Position {
  start: Point
  end: Point
}

export type Severity = 'error' | 'warning' | 'info'

/**
 * A content problem, modelled on vfile's VFileMessage: never thrown, always
 * reported with the place it concerns so people and CI can jump to it.
 */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  /** Package or tool that reported it, e.g. `tolmach-segmenter`. */
  source: string
  file?: string
  place?: Position
  actual?: string
  expected?: string[]
  url?: string
  /** Other places the finding concerns, e.g. the source sentence of a number mistranslated in the target (SARIF `relatedLocations`). */
  related?: RelatedLocation[]
  /**
   * The message as data (ESLint's `messageId`): `message` is its English
   * wording, and an interface in another language renders its own from
   * `messageId` and `data`.
   */
  messageId?: string
  data?: Record<string, string | number>
}

/** A place a finding points to besides its own, with what it is. */
export interface RelatedLocation {
  file?: string
  place?: Position
  message?: string
}

/** Kinds of Markdown blocks whose text is translated. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableCell'
  | 'blockquote'
  | 'imageAlt'
  | 'linkTitle'
  /** A translatable value of the YAML front matter (`title`, `description`…). */
  | 'frontMatter'
  // A link's destination, exported on request so it can be localised (`export --urls`).
  | 'linkUrl'
  | 'text'

/**
 * Inline markup taken out of a segment's text. `open`/`close` pairs share an
 * `id`; a `standalone` one stands for atomic markup (inline code, a break,
 * inline HTML, a footnote reference, an image).
 */
export interface Placeholder {
  id: number
  type: 'open' | 'close' | 'standalone'
  /** mdast node type the markup came from: `emphasis`, `link`, `inlineCode`, … */
  node: string
  /** The Markdown this placeholder stands for, as written in the source. */
  markdown: string
  /** Offset of the placeholder token in the segment's `text`. */
  offset: number
  /** Node data needed to rebuild it: link url/title, code value, html, footnote label… */
  data?: Record<string, string | number | null>
  /**
   * True when the markup was cut at a sentence boundary: this open (or close)
   * belongs to a pair whose other half lives in a neighbouring segment.
   */
  split?: boolean
}

/**
 * Maps segment-text offsets back to source offsets. Each anchor says that
 * `text[textOffset]` came from `source[sourceOffset]`; between anchors both
 * advance together.
 */
export type OffsetMap = Array<[textOffset: number, sourceOffset: number]>

export interface Segment {
  /** Stable across runs and across edits elsewhere in the document. */
  id: string
  /** Order in the document, 0-based. */
  index: number
  kind: BlockKind
  lang: Lang
  file?: string
  /** Text with placeholders as `{1}`…`{/1}` and `{2/}`. */
  text: string
  placeholders: Placeholder[]
  /** Where the segment sits in the source document. */
  position: Position
  /** Offsets in `text` → offsets in the source document. */
  map: OffsetMap
}

/** One document's segments, the unit segment formats write one `<file>` for. */
export interface SegmentDocument {
  /** Path or name as given by the user; used as XLIFF `original`. */
  file: string
  lang: Lang
  targetLang?: Lang
  segments: Segment[]
}
