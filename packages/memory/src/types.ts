/** Where an entry came from. */
export interface EntryOrigin {
  /** `build` (corpus build), `import` (a file), `add` (by hand or API). */
  kind: 'build' | 'import' | 'add'
  file?: string
  /** `line:column` of the unit in `file`. */
  position?: string
}

/** An older translation of the same source, kept when a newer one replaced it. */
export interface Alternative {
  target: string
  changed: string
  origin?: EntryOrigin
}

/** What a caller gives to add an entry. Text carries `{n}`/`{/n}` placeholder tokens. */
export interface EntryInput {
  source: string
  target: string
  sourceLang: string
  targetLang: string
  /** Original data of the placeholders (e.g. TMX `bpt`/`ept` content), kept as given. */
  placeholders?: {source?: unknown[]; target?: unknown[]}
  origin?: EntryOrigin
  /** The aligner's verdict (`ok`, `review`, …) and score. */
  verdict?: string
  score?: number
  /** ISO 8601; default now. */
  created?: string
  changed?: string
  user?: string
  project?: string
  /** `x-…` properties, round-tripped with TMX `<prop type="x-…">`. */
  props?: Record<string, string>
}

export interface Entry extends EntryInput {
  id: number
  created: string
  changed: string
  alternatives: Alternative[]
  props: Record<string, string>
}

/** One difference a match explains. */
export interface MatchDifference {
  kind: 'word' | 'form' | 'case' | 'number' | 'markup' | 'punctuation' | 'negation'
  /** The query's token (absent when the memory has a word the query lacks). */
  query?: string
  /** The memory source's token (absent when the query has a word the memory lacks). */
  memory?: string
}

export interface Match {
  entry: Entry
  /** 0–100; 100 only for the same text. */
  score: number
  /** The proposed translation: the entry's target with numbers repaired. */
  target: string
  /** True when numbers in `target` were rewritten from the query. */
  repaired: boolean
  differences: MatchDifference[]
  /** One line saying what differs, e.g. `number 12,5 → 13,7 (repaired); word: стали`. */
  explanation: string
  /** Glossary terms the proposed target contradicts (`SearchOptions.contradictions`); they lowered `score`. */
  contradictions: TermContradiction[]
}

/** A rendering in a memory target that a glossary forbids or deprecates. */
export interface TermContradiction {
  /** The words as found in the target. */
  found: string
  status: 'forbidden' | 'deprecated'
  /** The renderings the glossary approves instead, if any. */
  expected: string[]
}

export interface SearchOptions {
  sourceLang: string
  targetLang: string
  /** Lowest score returned; default 75. */
  minScore?: number
  /** Most matches returned; default 3. */
  maxMatches?: number
  /**
   * Finds glossary terms a proposed target contradicts (e.g. through the
   * glossary's term matcher). Each lowers the match by `contradictionPenalty`
   * points (forbidden 10, deprecated 5) and is named in its explanation; a
   * match is chosen on its text similarity, so a lowered one is kept.
   */
  contradictions?: (target: string, targetLang: string) => TermContradiction[]
}

export interface ConcordanceHit {
  entry: Entry
  /** [start, end) UTF-16 ranges of the words found, in the side where they were found. */
  found: Array<[number, number]>
  /** Which side held the words. */
  side: 'source' | 'target'
}

export interface MemoryStats {
  entries: number
  pairs: Array<{sourceLang: string; targetLang: string; entries: number}>
  alternatives: number
  terms: number
  schemaVersion: number
  backend: 'sqlite' | 'postgres'
}

/**
 * Reduces a word to the form the index stores. Must be stable: a memory
 * records the lemmatizer's `id` and refuses to be opened with another.
 */
export interface Lemmatizer {
  id: string
  lemma(word: string, lang: string): string
}

export interface PruneOptions {
  /** Remove entries whose verdict is not in this list. */
  keepVerdicts?: string[]
  /** Remove entries changed before this ISO date. */
  olderThan?: string
  /** Drop the kept alternatives. */
  alternatives?: boolean
}
