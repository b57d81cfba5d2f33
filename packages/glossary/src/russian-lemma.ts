import {parses} from './morphology.js'

const cache = new Map<string, string>()

/**
 * The dictionary form of a Russian word by Az.js (its most probable parse),
 * lower case with ё folded to е; words not in the dictionary come back folded. Cached, so
 * indexing a large corpus pays the dictionary once per distinct form.
 */
export function russianLemma(word: string): string {
  const folded = word.toLowerCase()
  let hit = cache.get(folded)
  if (hit === undefined) {
    // Only dictionary parses: Az's guesses for unknown words (surnames) invent lemmas
    // ("кошербаев" → "кошербаесть"), and a wrong lemma would merge unrelated words.
    const list = /[а-яё]/.test(folded) ? (parses(folded) as unknown as Array<{parser: string; normalize?: () => {word: string}}>) : []
    const best = list.find((p) => p.parser === 'Dictionary')
    hit = (best?.normalize?.().word ?? folded).toLowerCase().replaceAll('ё', 'е')
    if (cache.size > 500_000) cache.clear()
    cache.set(folded, hit)
  }
  return hit
}
