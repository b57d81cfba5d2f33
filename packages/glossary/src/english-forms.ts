import {foldLookalikes, isAcronym} from './term-key.js'
import {tokenize} from './tokenize.js'

/**
 * English variants of a term as token-key sequences: singular and plural
 * of the last word and of a head before "of" (Ministries of Foreign
 * Affairs), possessives ('s, s'), with hyphen/space and U.S./US handled
 * by the tokenizer. Acronyms match case-sensitively, other words not,
 * unless the entry says otherwise.
 */
export function englishTermVariants(text: string, caseSensitive: boolean | undefined): string[][] {
  const tokens = tokenize(text)
  if (tokens.length === 0) return []
  const key = (raw: string, exact: string) => ((caseSensitive ?? isAcronym(raw)) ? exact : exact.toLowerCase())
  const base = tokens.map((t) => key(t.raw, t.exact))
  const out = new Map<string, string[]>()
  const add = (keys: string[]) => out.set(keys.join('\u0001'), keys)
  add(base)
  const last = tokens.length - 1
  const ofAt = tokens.findIndex((t) => t.lower === 'of')
  const heads = [last, ...(ofAt > 0 ? [ofAt - 1] : [])]
  // The possessive of any term, letters or not: C5+1's, G7's.
  const lastToken = tokens[last]!
  if (!/^\p{L}+$/u.test(lastToken.raw)) {
    for (const suffix of ["'s", "'"]) {
      const keys = [...base]
      // The text folds look-alike letters per token, and `'s` makes the token mixed: fold it the same way.
      keys[last] = key(lastToken.raw, foldLookalikes(lastToken.raw + suffix))
      add(keys)
    }
  }
  for (const h of heads) {
    const t = tokens[h]!
    if (!/^\p{L}+$/u.test(t.raw) || (isAcronym(t.raw) && t.raw.length < 2)) continue
    for (const word of englishWordForms(t.exact, isAcronym(t.raw), h === last)) {
      const keys = [...base]
      keys[h] = key(t.raw, word)
      add(keys)
    }
  }
  return [...out.values()]
}

// Latin and Greek plurals and the -man compounds; the regular -s forms are
// kept beside them where usage has both (memorandums, forums).
const irregularPairs: Array<[RegExp, string, RegExp, string]> = [
  [/(memorand|curricul|dat|medi|moratori|consorti|strat|bacteri|addend|erratum)um$/i, '$1a', /(memorand|curricul|dat|medi|moratori|consorti|strat|bacteri|addend|errat)a$/i, '$1um'],
  [/(criteri|phenomen|automat)on$/i, '$1a', /(criteri|phenomen|automat)a$/i, '$1on'],
  [/(analy|ba|cri|the|hypothe|diagno|synthe|progno|parenthe|empha|oa|ax)sis$/i, '$1ses', /(analy|ba|cri|the|hypothe|diagno|synthe|progno|parenthe|empha|oa|ax)ses$/i, '$1sis'],
  [/(ind|append|matr|vert)(?:ex|ix)$/i, '$1ices', /(ind|append|matr|vert)ices$/i, '$1ex'],
  [/(wo)?man$/i, '$1men', /(wo)?men$/i, '$1man'],
  [/^child$/i, 'children', /^children$/i, 'child'],
  [/^person$/i, 'people', /^people$/i, 'person']
]

/** The irregular plural of a singular, or the singular of an irregular plural. */
function irregularForms(word: string): string | undefined {
  for (const [singular, plural, pluralForm, singularForm] of irregularPairs) {
    if (singular.test(word)) return word.replace(singular, plural)
    if (pluralForm.test(word)) return word.replace(pluralForm, singularForm)
  }
  return undefined
}

function englishWordForms(word: string, acronym: boolean, last: boolean): string[] {
  const forms = new Set<string>()
  const plurals: string[] = []
  const irregular = irregularForms(word)
  if (irregular) plurals.push(irregular)
  else if (acronym) plurals.push(word + 's')
  else if (/[^aeiou]y$/i.test(word)) plurals.push(word.slice(0, -1) + 'ies')
  else if (/(s|x|z|ch|sh)$/i.test(word)) plurals.push(word + 'es')
  else plurals.push(word + 's')
  const singulars: string[] = []
  if (!acronym && /ies$/i.test(word)) singulars.push(word.slice(0, -3) + 'y')
  else if (!acronym && /(x|z|ch|sh|ss)es$/i.test(word)) singulars.push(word.slice(0, -2))
  else if (!acronym && /[^su]s$/i.test(word)) singulars.push(word.slice(0, -1))
  for (const f of [...plurals, ...singulars]) forms.add(f)
  if (last) {
    for (const f of [word, ...plurals, ...singulars]) {
      forms.add(/s$/i.test(f) && f !== word ? f + "'" : f + "'s")
      if (/s$/i.test(f)) forms.add(f + "'")
    }
  }
  forms.delete(word)
  return [...forms]
}
