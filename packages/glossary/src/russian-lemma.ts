import {parses} from './morphology.js'

const cache = new Map<string, string>()

/**
 * The dictionary form of a Russian word by Az.js (its most probable parse),
 * lower case with ё folded to е; unknown words come back folded. Cached, so
 * indexing a large corpus pays the dictionary once per distinct form.
 */
export function russianLemma(word: string): string {
  const folded = word.toLowerCase()
  let hit = cache.get(folded)
  if (hit === undefined) {
    const best = /[а-яё]/.test(folded) ? (parses(folded)[0] as unknown as {normalize?: () => {word: string}} | undefined) : undefined
    hit = (best?.normalize?.().word ?? folded).toLowerCase().replaceAll('ё', 'е')
    if (cache.size > 500_000) cache.clear()
    cache.set(folded, hit)
  }
  return hit
}
