import type {Finding, Lang} from '@tolmach/core'

/**
 * How a term may be used. `deprecated` covers TBX deprecated/superseded,
 * Crowdin "not recommended"/"obsolete"; `forbidden` is an explicit ban
 * (blocked terms, "do not use").
 */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'forbidden'

export interface Term {
  /** The term as written by the terminologist. */
  text: string
  /** BCP 47 primary language subtag, lower case (`ru`, `en`, `cs`). */
  lang: string
  status: TermStatus
  partOfSpeech?: string
  /** TBX termType: fullForm, shortForm, acronym, abbreviation… */
  termType?: string
  /**
   * Match case exactly. Undefined means the default rule: all-caps acronyms
   * are case-sensitive, everything else is not.
   */
  caseSensitive?: boolean
  /** Extra surface forms to match, for what the morphology dictionary lacks. */
  forms?: string[]
  /** Match the literal text only, no inflection. */
  exact?: boolean
  note?: string
  definition?: string
}

/** An example sentence pair: text per language. */
export type Example = Partial<Record<string, string>>

/** One concept, as in TBX: several terms in several languages that mean the same. */
export interface Concept {
  id: string
  domain?: string
  note?: string
  definition?: string
  terms: Term[]
  examples?: Example[]
}

export interface Glossary {
  /** Languages that occur in the concepts, in order of first appearance. */
  languages: string[]
  concepts: Concept[]
}

export type GlossaryFormat =
  | 'generic-csv'
  | 'deepl'
  | 'google-unidirectional'
  | 'google-equivalent'
  | 'crowdin'
  | 'phrase-strings'
  | 'phrase-tms'
  | 'lokalise'
  | 'smartling-glossary'
  | 'smartling-blocklist'
  | 'memoq'
  | 'omegat'
  | 'trados'
  | 'tbx-2008'
  | 'tbx-2019'
  | 'json'

export interface ParseGlossaryOptions {
  /** Name used in messages and to guess the layout from the extension. */
  fileName?: string
  /** Skip auto-detection. */
  format?: GlossaryFormat
}

export interface ParseGlossaryResult {
  glossary: Glossary
  /** Positioned findings for every row or element that could not be used as is. */
  messages: Finding[]
  /** The layout that was read (detected or given). */
  format: GlossaryFormat
  /** How the bytes were decoded. */
  encoding: string
}

/** A term found in running text. Offsets are UTF-16 code units into the text. */
export interface TermMatch {
  conceptId: string
  term: string
  status: TermStatus
  start: number
  end: number
}

export interface TermMatcher {
  readonly lang: Lang
  find(text: string): TermMatch[]
}
