import type {Lang, OffsetMap, Position, Segment, Severity} from '@tolmach/core'
import type {Glossary, TermMatcher} from '@tolmach/glossary'

/** Values a message template may use: rendered by the caller's catalog, never by the library. */
export type MessageData = Record<string, string | number>

/**
 * A problem found in a translation. Like ESLint's messages it carries no
 * prose: `messageId` and `data` are rendered by the caller (the CLI through
 * its en/ru catalogs, `toVFileMessage` through a `render` function).
 */
export interface CheckFinding {
  ruleId: string
  messageId: string
  data: MessageData
  severity: Severity
  source: 'tolmach-check'
  /** The file the finding is placed in: the translation's, when known. */
  file?: string
  /** 1-based line/column, 0-based offsets; absent when the pair has no file text. */
  place?: Position
  /** Index of the pair in the input of `checkPairs`. */
  pair: number
  pairId?: string
  /** UTF-16 offsets inside the pair's target (or source, `side: 'source'`) text. */
  side: 'source' | 'target'
  start: number
  end: number
  actual?: string
  expected?: string[]
  /** Where the same thing sits in the source document, e.g. the omitted sentence. */
  related?: {file?: string; place?: Position; start: number; end: number; side: 'source' | 'target'}
}

/** Where a pair's text sits in its files: offset maps into the file text, as segments carry them. */
export interface PairLocation {
  file?: string
  /** The whole text of the file, for line/column. */
  text?: string
  /** Offsets in the pair's text → offsets in `text`; empty or absent when they are equal. */
  map?: OffsetMap
}

/** A source sentence (or unit) and its translation. */
export interface TranslationPair {
  id?: string
  source: string
  target: string
  /** Where the target sits: findings are placed in this file. */
  targetLocation?: PairLocation
  /** Where the source sits: the related location of findings about the source. */
  sourceLocation?: PairLocation
  /**
   * URLs of inline links taken out as placeholders (Markdown `[x](url)`), with
   * the offset of their placeholder in the text: compared like the links written out.
   */
  links?: {source: LinkMention[]; target: LinkMention[]}
  /**
   * The segments the pair was joined from (`source`/`target` are their texts
   * joined with one space): inline markup is then compared by mdast node.
   */
  segments?: {source: readonly Segment[]; target: readonly Segment[]}
}

export interface LinkMention {
  url: string
  start: number
  end: number
}

export type RuleSetting = Severity | 'off'

/** A rule of the project's own: a regular expression that must not match the target (or the source). */
export interface CustomRule {
  id: string
  pattern: string
  flags?: string
  side?: 'source' | 'target'
  severity?: Severity
  /** Shown by renderers as the message; it is the user's own text. */
  message?: string
}

export interface UrlRewrite {
  /** Regular expression applied to source URLs… */
  from: string
  /** …and its replacement, giving the URL the target should have. */
  to: string
}

export interface CheckOptions {
  sourceLang: Lang
  targetLang: Lang
  /** A glossary: term checks (`term-*`) run when it is given. */
  glossary?: Glossary
  /** Term matchers already built from `glossary` (building the Russian one is slow). */
  matchers?: {source: TermMatcher; target: TermMatcher}
  /** Severity per rule id, or `off`. */
  rules?: Record<string, RuleSetting>
  customRules?: readonly CustomRule[]
  /** URL rewrites for localised sites; default: `/ru/` ↔ `/en/` path segments and `ru.` ↔ `en.` hosts. */
  urlRewrites?: readonly UrlRewrite[]
}
