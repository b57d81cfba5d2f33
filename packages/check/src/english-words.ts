/// <reference path="./nspell.d.ts" />
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import nspell from 'nspell'

let speller: {correct(word: string): boolean} | undefined

/**
 * Whether Hunspell's en-US dictionary (with proper nouns: Cyprus, Goebbels,
 * Monday) knows a word, inflections included. Loaded on first use: it takes
 * about half a second and only English targets need it.
 */
export function isEnglishWord(word: string): boolean {
  if (!speller) {
    // dictionary-en reads its files with top-level await; reading them here keeps the load lazy and synchronous.
    const index = createRequire(import.meta.url).resolve('dictionary-en')
    const read = (ext: string) => readFileSync(index.replace(/index\.js$/, `index.${ext}`))
    speller = nspell({aff: read('aff'), dic: read('dic')})
  }
  return speller.correct(word)
}
