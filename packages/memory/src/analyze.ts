import {fold, indexTokenKind, indexTokens, isNegation, type Token, tokenize} from './tokens.js'
import type {Lemmatizer} from './types.js'

/** A segment prepared for matching: its tokens and, for each word token, the index key. */
export interface Analysis {
  text: string
  tokens: Token[]
  /** Tokens that count for the edit distance (no punctuation). */
  words: Token[]
  /** One key per entry of `words`: lemma, `#` for numbers, `{}` for placeholders. */
  keys: string[]
  punct: string[]
  negations: number
}

// Lemmas by lemmatizer and language: a corpus repeats its words, the dictionary lookup is paid once per form.
const lemmaCaches = new WeakMap<Lemmatizer, Map<string, Map<string, string>>>()

export function lemmaCache(lemmatizer: Lemmatizer, lang: string): Map<string, string> {
  let byLang = lemmaCaches.get(lemmatizer)
  if (!byLang) {
    byLang = new Map()
    lemmaCaches.set(lemmatizer, byLang)
  }
  let cache = byLang.get(lang)
  if (!cache) {
    cache = new Map()
    byLang.set(lang, cache)
  }
  return cache
}

export function lemmaOf(word: string, cache: Map<string, string>, lang: string, lemmatizer: Lemmatizer): string {
  let lemma = cache.get(word)
  if (lemma === undefined) {
    lemma = lemmatizer.lemma(word, lang) || fold(word)
    if (cache.size > 1_000_000) cache.clear()
    cache.set(word, lemma)
  }
  return lemma
}

export function tokenKey(token: Token, lang: string, lemmatizer: Lemmatizer): string {
  if (token.kind === 'number') return '#'
  if (token.kind === 'placeholder') return '{}'
  return lemmaOf(token.text, lemmaCache(lemmatizer, lang), lang, lemmatizer)
}

/**
 * The keys `analyze` gives a text, without building its tokens. `words` is
 * false for the keys of numbers and placeholders (the target side indexes
 * words only).
 */
export function indexKeys(text: string, lang: string, lemmatizer: Lemmatizer): {keys: string[]; words: boolean[]} {
  const cache = lemmaCache(lemmatizer, lang)
  const tokens = indexTokens(text)
  const keys: string[] = []
  const words: boolean[] = []
  for (const token of tokens) {
    const kind = indexTokenKind(token)
    keys.push(kind === 'word' ? lemmaOf(token, cache, lang, lemmatizer) : kind === 'number' ? '#' : '{}')
    words.push(kind === 'word')
  }
  return {keys, words}
}

export function analyze(text: string, lang: string, lemmatizer: Lemmatizer): Analysis {
  const tokens = tokenize(text)
  const words = tokens.filter((token) => token.kind !== 'punct')
  return {
    text,
    tokens,
    words,
    keys: words.map((token) => tokenKey(token, lang, lemmatizer)),
    punct: tokens.filter((token) => token.kind === 'punct').map((token) => token.text),
    negations: words.filter(isNegation).length
  }
}

/**
 * The analysis of a stored source from the keys the index computed when it
 * was added (the same lemmatizer, which the memory records): scoring a
 * candidate tokenizes it again but looks up no lemma. Keys that do not fit
 * the tokens (a row from elsewhere) are computed again.
 */
export function analyzeStored(text: string, keys: string, lang: string, lemmatizer: Lemmatizer): Analysis {
  const tokens = tokenize(text)
  const words = tokens.filter((token) => token.kind !== 'punct')
  const stored = keys === '' ? [] : keys.split(' ')
  if (stored.length !== words.length) return analyze(text, lang, lemmatizer)
  return {
    text,
    tokens,
    words,
    keys: stored,
    punct: tokens.filter((token) => token.kind === 'punct').map((token) => token.text),
    negations: words.filter(isNegation).length
  }
}

/** Index keys with the language, so an English and a Russian "a" never meet. */
export function indexKey(lang: string, key: string): string {
  return `${lang}:${key}`
}

/**
 * How many word tokens an entry may have to reach `minScore` against a
 * query of `length` words, and how many of the query's words it may miss.
 * Every substitution, insertion or deletion of tokens with different keys
 * costs 1, so a match with similarity m has min/max length ≥ m and misses
 * at most (1 − m)·max query words: retrieval that keeps these bounds
 * loses no match the exhaustive scan would find.
 */
export function lengthBounds(length: number, minScore: number): {min: number; max: number; maxMissing: number} {
  const m = Math.max(0.01, minScore / 100)
  const min = Math.max(1, Math.ceil(length * m - 1e-9))
  const max = Math.floor(length / m + 1e-9)
  return {min, max, maxMissing: Math.floor((1 - m) * max + 1e-9)}
}
