import type {Finding, Lang} from '@tolmach/core'

/** A sentence of plain text: `text === input.slice(start, end)`, UTF-16 offsets. */
export interface Sentence {
  text: string
  start: number
  end: number
}

/** Options of `segmentText`. */
export interface SegmentTextOptions {
  /** Language of the text: picks the abbreviation lists (abbreviations-ru.ts, abbreviations-en.ts). */
  lang: Lang
}

/** Options of `segmentMarkdown`. */
export interface SegmentMarkdownOptions {
  lang: Lang
  /** Path or name of the document, copied into each segment. */
  file?: string
  /**
   * YAML front matter keys whose string values (or strings of a sequence)
   * become `frontMatter` segments; a dotted key (`params.description`)
   * reaches into a mapping. Default: `title`, `description`, `summary`.
   * Export and import must use the same list.
   */
  frontMatterKeys?: readonly string[]
  /** Receives content problems (front matter that is not valid YAML, a listed key that is no string). */
  onFinding?: (finding: Finding) => void
}

/** Options of `restoreMarkdown`. */
export interface RestoreMarkdownOptions {
  /** The text starts a line (first segment of a block): escape `#`, `>`, list markers there too. */
  lineStart?: boolean
  /** The text sits in a GFM table cell: escape `|`. */
  tableCell?: boolean
  /**
   * How explicitly to write, for text whose usual writing did not read back
   * as itself (rebuildMarkdown reads each rebuilt block back and retries):
   * 1 escapes every ASCII punctuation character of the text and writes bare
   * addresses as `[text](url)`; 2 also alternates `*` and `_` by nesting
   * depth, so that no two emphasis markers run together into one delimiter
   * run; 3 alternates starting with `_`.
   */
  explicit?: 0 | 1 | 2 | 3
}
