import type {WriteTx} from './backend.js'
import {indexKey, lemmaCache, lemmaOf} from './analyze.js'
import {indexTokenKind, indexTokens} from './tokens.js'
import type {Lemmatizer} from './types.js'

/** A lemma of one language as a bulk add indexes it. */
export interface IndexLemma {
  /** The lemma as an entry's `keys` column holds it (`#` for numbers, `{}` for placeholders). */
  readonly text: string
  /** `lang:lemma`, the term table's key. */
  readonly key: string
  /** The term id; 0 until `resolve` asked the database. */
  id: number
  /** The number of the last analysis that met it: each lemma counts once per text. */
  seen: number
}

interface Language {
  /** Word forms as the text has them, to their lemma: one hash lookup per token. */
  words: Map<string, IndexLemma>
  lemmas: Map<string, IndexLemma>
}

// Word forms kept per language; past this the form map starts again (lemmas and their ids stay).
const maxForms = 1_000_000

/**
 * The lemmas and term ids of one bulk add. A token's text leads straight to
 * its lemma record, which carries the term id once known, so indexing an
 * entry costs one map lookup per token and no per-entry sets.
 */
export class IndexVocabulary {
  readonly #lemmatizer: Lemmatizer
  readonly #languages = new Map<string, Language>()
  #unknown: IndexLemma[] = []
  #analysis = 0

  constructor(lemmatizer: Lemmatizer) {
    this.#lemmatizer = lemmatizer
  }

  /**
   * Indexes a source: pushes its distinct lemmas onto `distinct` and returns
   * the `keys` column (every word token's key, in order) and the word count.
   */
  source(text: string, lang: string, distinct: IndexLemma[]): {keys: string; length: number} {
    const language = this.#language(lang)
    const seen = ++this.#analysis
    const tokens = indexTokens(text)
    const keys = new Array<string>(tokens.length)
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      const kind = indexTokenKind(token)
      const lemma = kind === 'word' ? this.#word(language, token, lang) : this.#lemma(language, kind === 'number' ? '#' : '{}', lang)
      keys[i] = lemma.text
      if (lemma.seen !== seen) {
        lemma.seen = seen
        distinct.push(lemma)
      }
    }
    return {keys: keys.join(' '), length: tokens.length}
  }

  /** Pushes the distinct lemmas of a target's words onto `distinct` (targets index words only). */
  target(text: string, lang: string, distinct: IndexLemma[]): void {
    const language = this.#language(lang)
    const seen = ++this.#analysis
    for (const token of indexTokens(text)) {
      if (indexTokenKind(token) !== 'word') continue
      const lemma = this.#word(language, token, lang)
      if (lemma.seen !== seen) {
        lemma.seen = seen
        distinct.push(lemma)
      }
    }
  }

  /** Gives every lemma met since the last call its term id, creating the missing terms. */
  async resolve(tx: WriteTx): Promise<void> {
    if (this.#unknown.length === 0) return
    const unknown = this.#unknown
    this.#unknown = []
    const ids = await tx.termIds(unknown.map((lemma) => lemma.key))
    for (const lemma of unknown) lemma.id = ids.get(lemma.key)!
  }

  #word(language: Language, word: string, lang: string): IndexLemma {
    let lemma = language.words.get(word)
    if (lemma === undefined) {
      lemma = this.#lemma(language, lemmaOf(word, lemmaCache(this.#lemmatizer, lang), lang, this.#lemmatizer), lang)
      if (language.words.size >= maxForms) language.words.clear()
      language.words.set(word, lemma)
    }
    return lemma
  }

  #lemma(language: Language, text: string, lang: string): IndexLemma {
    let lemma = language.lemmas.get(text)
    if (lemma === undefined) {
      lemma = {text, key: indexKey(lang, text), id: 0, seen: 0}
      language.lemmas.set(text, lemma)
      this.#unknown.push(lemma)
    }
    return lemma
  }

  #language(lang: string): Language {
    let language = this.#languages.get(lang)
    if (language === undefined) {
      language = {words: new Map(), lemmas: new Map()}
      this.#languages.set(lang, language)
    }
    return language
  }
}
