import {fold} from './tokens.js'

const irregular: Record<string, string> = {
  was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', am: 'be', has: 'have', had: 'have', did: 'do', does: 'do',
  men: 'man', women: 'woman', children: 'child', people: 'person', countries: 'country', said: 'say', made: 'make'
}

/**
 * A light English lemma: folds plural and verb endings so that "minerals",
 * "mineral" and "supplied", "supplies", "supply" meet in one index key. It
 * over-merges a few words (as every stemmer does); the similarity still
 * tells forms apart.
 */
export function englishLemma(word: string): string {
  const w = fold(word).replace(/['’]s$/, '')
  const known = irregular[w]
  if (known) return known
  if (w.length <= 3) return w
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`
  if (/(?:ss|us|is)$/.test(w)) return w
  if (/(?:sses|shes|ches|xes|zes)$/.test(w)) return w.slice(0, -2)
  if (w.endsWith('ing') && w.length > 5) return undouble(w.slice(0, -3))
  if (w.endsWith('ed') && w.length > 4) return undouble(w.slice(0, -2))
  if (w.endsWith('es') && w.length > 4 && !/[aeiou]es$/.test(w)) return w.slice(0, -1)
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1)
  return w
}

function undouble(stem: string): string {
  // "stopped" → "stop"; "produced" → "produc" matches "produce" → "produc" below.
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1)
  return stem.endsWith('e') ? stem.slice(0, -1) : stem
}

/** The default lemmatizer: the light English one, and case/ё folding for other languages. */
export const defaultLemmatizer = {
  id: 'tolmach-light-1',
  lemma(word: string, lang: string): string {
    if (lang === 'en') return englishLemma(word).replace(/e$/, '')
    return fold(word)
  }
}
