import {defaultLemmatizer} from './english-lemma.js'
import type {Lemmatizer} from './types.js'

/**
 * A lemmatizer that hands Russian words to `russian` (e.g. `russianLemma`
 * of @tolmach/glossary, Az.js) and the rest to the default one. Its `id`
 * names both, so a memory indexed with it is never read with another.
 */
export function createLemmatizer(russian: (word: string) => string, id = 'az-dictionary-1'): Lemmatizer {
  return {
    id: `${defaultLemmatizer.id}+ru-${id}`,
    lemma: (word, lang) => (lang === 'ru' ? russian(word) : defaultLemmatizer.lemma(word, lang))
  }
}
