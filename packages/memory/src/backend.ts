/** One stored entry as both databases hold it; `meta` is JSON of the rest of the entry. */
export interface Row {
  id: number
  sourceKey: string
  sourceLang: string
  targetLang: string
  source: string
  target: string
  /** Word tokens of the source; candidate retrieval filters on it. */
  length: number
  /** The source's index keys, space-separated, for the cheap first pass. */
  keys: string
  created: string
  changed: string
  user: string | null
  project: string | null
  meta: string
}

/** A posting: term id, source length (0 for target-side postings), entry id. */
export type Posting = [term: number, length: number, entry: number]

/** Many postings as three columns of the same length, for bulk writes. */
export interface PostingColumns {
  term: Int32Array
  length: Int32Array
  entry: Int32Array
}

/** What a write transaction may do; every call runs inside one database transaction. */
export interface WriteTx {
  existing(sourceKeys: readonly string[]): Promise<Map<string, Row>>
  /** Ids of the terms, creating the missing ones. */
  termIds(keys: readonly string[]): Promise<Map<string, number>>
  insert(rows: readonly Omit<Row, 'id'>[]): Promise<number[]>
  update(rows: readonly Row[]): Promise<void>
  /** Adds postings sorted by (term, length, entry) of entries newer than every stored one. */
  addPostings(postings: PostingColumns): Promise<void>
  /** Adds postings of entries of any age (an old entry's new target). */
  insertPostings(postings: readonly Posting[]): Promise<void>
  /** Removes these exact postings (no index on entry: writes stay fast, callers know the keys). */
  deletePostings(postings: readonly Posting[]): Promise<void>
  /** Rows a prune would remove, read inside the transaction. */
  pruneRows(query: PruneQuery): Promise<Row[]>
  deleteEntries(ids: readonly number[]): Promise<void>
  addFrequencies(deltas: ReadonlyMap<number, number>): Promise<void>
}

export interface SearchStart {
  /** The query's index keys, each once, and how often the query holds it. */
  keys: readonly string[]
  weights: readonly number[]
  /** Word tokens of the query. */
  length: number
  minScore: number
  min: number
  max: number
}

export interface PruneQuery {
  keepVerdicts?: string[]
  olderThan?: string
}

/** The storage a memory runs on: SQLite or PostgreSQL, with the same behaviour. */
export interface Backend {
  readonly kind: 'sqlite' | 'postgres'
  readonly schemaVersion: number
  getMeta(key: string): Promise<string | undefined>
  setMeta(key: string, value: string): Promise<void>
  transaction<T>(run: (tx: WriteTx) => Promise<T>): Promise<T>
  terms(keys: readonly string[]): Promise<Map<string, {id: number; df: number}>>
  /** Entries holding a term with a source length in [min, max]; target-side postings when min = max = 0. */
  postings(term: number, min: number, max: number): Promise<number[]>
  /** The posting blocks (posting-blocks.ts) of several terms whose length classes meet [min, max], in one round trip. */
  postingBlobs(terms: readonly number[], min: number, max: number): Promise<Map<number, Uint8Array[]>>
  /**
   * A server's first round trip of a search: the query's terms and, with
   * them, the posting blocks (source lengths in [min, max]) of the rarest
   * ones every match must be met in (`firstTerms` of candidate-search.ts),
   * every one of them a key of `blobs`. Absent where a call costs no round trip.
   */
  startSearch?(query: SearchStart): Promise<{terms: Map<string, {id: number; df: number}>; blobs: Map<number, Uint8Array[]>}>
  keys(ids: readonly number[]): Promise<Array<{id: number; keys: string; sourceLang: string; targetLang: string}>>
  rows(ids: readonly number[]): Promise<Row[]>
  /** Every row, in id order, in pages. */
  scan(batch: number): AsyncGenerator<Row[]>
  counts(): Promise<{entries: number; terms: number; pairs: Array<{sourceLang: string; targetLang: string; entries: number}>}>
  close(): Promise<void>
}

/** Thrown when a memory cannot be opened as it is. */
export class MemoryError extends Error {
  constructor(
    message: string,
    readonly code: 'newer-schema' | 'lemmatizer-mismatch' | 'not-a-memory' | 'bad-location'
  ) {
    super(message)
    this.name = 'MemoryError'
  }
}
