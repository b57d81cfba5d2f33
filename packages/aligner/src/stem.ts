import {createRequire} from 'node:module'

interface Stemmer {
  stem(word: string): string
}

let stemmers: {ru: Stemmer; en: Stemmer} | undefined

// Snowball stems rather than Az.js lemmas: the aligner meets every word of
// documents up to 100k sentences, and a stem costs microseconds with no
// 12 MB dictionary to load; a stem is all a word-translation lookup needs.
function load(): {ru: Stemmer; en: Stemmer} {
  if (stemmers) return stemmers
  const require = createRequire(import.meta.url)
  const snowball = require('snowball-stemmers') as {newStemmer(lang: string): Stemmer}
  stemmers = {ru: snowball.newStemmer('russian'), en: snowball.newStemmer('english')}
  return stemmers
}

/** Snowball stem of a lowercase word (ё read as е). */
export function stemWord(word: string, lang: 'ru' | 'en'): string {
  const lower = word.toLowerCase()
  return lang === 'ru' ? load().ru.stem(lower.replace(/ё/g, 'е')) : load().en.stem(lower.replace(/[’']s$/, ''))
}
