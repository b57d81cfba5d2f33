export {openMemory, redactLocation, type OpenOptions} from './open-memory.js'
export {TranslationMemory, type AddResult} from './memory.js'
export {MemoryError} from './backend.js'
export type {KeyTable} from './exhaustive.js'
export {defaultLemmatizer, englishLemma} from './english-lemma.js'
export {createLemmatizer} from './lemmatizer.js'
export {similarity, type Similarity} from './similarity.js'
export {penaltyPoints as contradictionPenalty} from './explain.js'
export {analyze, type Analysis} from './analyze.js'
export {repairNumbers, numberValue} from './repair-numbers.js'
export {guessLang} from './concordance.js'
export {tokenize, type Token} from './tokens.js'
export {sqliteSchemaVersion} from './sqlite-schema.js'
export type {
  Alternative,
  ConcordanceHit,
  Entry,
  EntryInput,
  EntryOrigin,
  Lemmatizer,
  Match,
  MatchDifference,
  MemoryStats,
  PruneOptions,
  SearchOptions,
  TermContradiction
} from './types.js'
