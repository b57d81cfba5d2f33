import type {Finding, Severity} from '@tolmach/core'

export type {Finding, Severity}

/** Names `formatFindings` dispatches on, as the CLI's `--format` takes them. */
export type FindingFormat = 'stylish' | 'json' | 'github' | 'github-summary' | 'sarif' | 'junit' | 'codequality' | 'rdjson'

/**
 * Styling functions for people's terminals. The formatter never decides
 * whether colour is wanted: the CLI does, from the stream it writes to and
 * `NO_COLOR`/`FORCE_COLOR`, and passes `color: true` (and a palette, or the
 * built-in ANSI one).
 */
export interface Palette {
  red(text: string): string
  yellow(text: string): string
  dim(text: string): string
  bold(text: string): string
  underline(text: string): string
}

export interface SeverityCounts {
  error: number
  warning: number
  info: number
}

/**
 * The few words formatters for people print themselves. Finding messages come
 * in already translated; these default to English and the CLI passes its own
 * (a function where the language needs plural forms).
 */
export interface Labels {
  error: string
  warning: string
  info: string
  /** Printed for findings that have no `file`. */
  noFile: string
  /** The closing line, e.g. `3 problems (2 errors, 1 warning)`. */
  summary(counts: SeverityCounts): string
  /** The summary when there is nothing to report (GitHub job summary only). */
  clean: string
  /** Table headings of the GitHub job summary. */
  columns: {severity: string; file: string; place: string; rule: string; message: string}
  /** Expected / found details of a finding. */
  expected: string
  found: string
  /** A line saying `count` rows were left out to keep within a size limit. */
  omitted(count: number): string
}

/** What a rule means, for the formats that describe rules (SARIF). */
export interface RuleInfo {
  /** One sentence, shown as the rule's title. */
  description: string
  /** Longer text; defaults to `description`. */
  fullDescription?: string
  helpUri?: string
}

/** Options every formatter accepts; each reads the ones it needs. */
export interface FormatOptions {
  /**
   * Directory file paths are made relative to, for formats that need paths
   * relative to the repository (SARIF, GitHub, GitLab). Relative paths are
   * kept as they are.
   */
  root?: string
  /**
   * Every file that was checked. No format lists clean files any more (JUnit
   * made up a passing test case for each); kept so callers that pass it still work.
   * @deprecated
   */
  files?: string[]
  /** Stylish: style severities and headings with `palette`. */
  color?: boolean
  /** Stylish: the styling used when `color` is true; defaults to ANSI escapes. */
  palette?: Partial<Palette>
  /** Stylish and the job summary: words the formatter itself prints. */
  labels?: Partial<Labels>
  /** Stylish: also print each finding's `expected` and `actual`. */
  verbose?: boolean
  /** Tool description for SARIF (and the JUnit/summary title). */
  toolName?: string
  toolVersion?: string
  informationUri?: string
  /** Rule descriptions keyed by rule id (SARIF `shortDescription`). */
  rules?: Record<string, RuleInfo>
  /** GitHub job summary: byte budget (GitHub allows 1 MiB per step). */
  maxBytes?: number
  /**
   * rdjson: the text of a finding's file (as named in `finding.file`), to
   * convert columns to the UTF-8 bytes reviewdog counts; `undefined` when
   * unknown.
   */
  readText?: (file: string) => string | undefined
}

export type Formatter = (findings: Finding[], options?: FormatOptions) => string
