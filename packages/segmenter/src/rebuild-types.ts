import type {Finding, Lang, Placeholder, Point} from '@tolmach/core'

/**
 * One translation unit as a reader gives it back: the target text with the
 * source segment's placeholder tokens (`{1}…{/1}`, `{2/}`), plus what the
 * rebuild needs to check it and to point at it in the translated file.
 */
export interface RebuildUnit {
  /** Translated text with placeholder tokens; absent or empty: not translated. */
  target?: string
  /** The source text the unit was exported with, to notice a changed document. */
  source?: string
  /** The placeholders the unit was exported with (their Markdown), to notice changed markup. */
  sourcePlaceholders?: Placeholder[]
  /** XLIFF `state` of the target, reported when it says "not translated yet". */
  state?: string
  /** Where the unit sits in the translated file (findings point there). */
  place?: Point
}

/** A translation by segment id: the bare target text, or a unit read from a file. */
export type RebuildTranslation = string | RebuildUnit

/** Options of `rebuildMarkdown`. */
export interface RebuildOptions {
  /** Language of the source document: segments it exactly as the export did. */
  lang: Lang
  /** Name of the source document, for findings that point into it. */
  file?: string
  /** Name of the file the units came from (the XLIFF), for findings that point into it. */
  unitsFile?: string
  /** Keep the source text of untranslated segments and report them as warnings, not errors. */
  allowPartial?: boolean
  /**
   * Report targets that are no translation (`target-untranslated`: the
   * source repeated, or text in the source language) like missing ones, and
   * leave them out of `stats.translated`. Off by default: a pseudo-translation
   * or a copy of the source is a fair structural test.
   */
  reportUntranslated?: boolean
  /** The front matter keys the export used (`segmentMarkdown`'s `frontMatterKeys`): the same list gives the same segments. */
  frontMatterKeys?: readonly string[]
}

/** Counts of what the rebuild did, for summaries. */
export interface RebuildStats {
  /** Segments in the source document. */
  segments: number
  /** Segments written from a translation (a target that repeats the source or is in its language does not count). */
  translated: number
  /** Segments whose source text was kept (no usable translation) or whose target is no translation (`target-untranslated`). */
  kept: number
}

export interface RebuildResult {
  /** The rebuilt document. */
  markdown: string
  /** Problems found, positioned in the units file when they concern a unit. */
  findings: Finding[]
  stats: RebuildStats
}

/** Rule ids of rebuild findings; stable, never translated. */
export type RebuildRuleId =
  | 'target-missing'
  | 'unit-missing'
  | 'unit-unknown'
  | 'placeholder-lost'
  | 'placeholder-duplicated'
  | 'placeholder-added'
  | 'placeholder-order'
  | 'source-changed'
  | 'target-state'
  | 'target-untranslated'
  | 'front-matter-unsafe'
  | 'url-invalid'
  | 'markup-unstable'
