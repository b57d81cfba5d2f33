import type {Lang} from '@tolmach/core'
import {parses} from './morphology.js'
import {isAcronym} from './term-key.js'
import {tokenize} from './tokenize.js'

const englishFunctionWords = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'by', 'with', 'de', 'plus'])

/**
 * Whether a term is a proper name whose capitals carry the meaning, so that
 * it matches case-sensitively unless the glossary says otherwise: «Белый дом»
 * (the White House) is not «белый дом» (a white house). English: two or more
 * words, every content word capitalised (White House, Federal Bureau of
 * Investigation). Russian capitalises only the first word of a name; a
 * capitalised adjective opening it (Белый дом, Государственный департамент)
 * marks a name, a capitalised noun (Министерство иностранных дел) is often
 * just the glossary's sentence case and stays case-insensitive.
 */
export function isCaseSensitiveName(text: string, lang: Lang): boolean {
  const words = tokenize(text).filter((t) => /^\p{L}/u.test(t.raw))
  if (words.length < 2 || words.every((t) => isAcronym(t.raw))) return false
  const capitalised = (raw: string) => raw[0] !== raw[0]!.toLowerCase() && !isAcronym(raw)
  if (lang === 'en') {
    const content = words.filter((t) => !englishFunctionWords.has(t.lower))
    return content.length >= 2 && content.every((t) => capitalised(t.raw) || isAcronym(t.raw))
  }
  const first = words[0]!
  if (!capitalised(first.raw)) return false
  const best = parses(first.lower).sort((a, b) => b.score - a.score)[0]
  return best?.tag.POST === 'ADJF' && best.tag.CAse === 'nomn'
}
