import {collapseWhitespace, type Lang} from '@tolmach/core'

// Placeholder tokens are markup, not language: `{1}`, `{/1}`, `{2/}`.
const tokens = /\{\/?\d+\/?\}/g

function letters(text: string): {cyrillic: number; latin: number} {
  let cyrillic = 0
  let latin = 0
  for (const c of text) {
    if (/\p{Script=Cyrillic}/u.test(c)) cyrillic++
    else if (/\p{Script=Latin}/u.test(c)) latin++
  }
  return {cyrillic, latin}
}

/**
 * Why a target is no translation: `same` when it repeats a source that has
 * letters of the source language (a CAT tool leaves the copied source in
 * place: OmegaT does for every segment it could not fill), `source-lang`
 * when most of its letters are in the source language's script. A target
 * that repeats a source of names or figures (`G20`, `2026`) is a translation.
 */
export function untranslatedReason(target: string, source: string, lang: Lang): 'same' | 'source-lang' | undefined {
  const count = letters(target.replace(tokens, ''))
  const own = lang === 'ru' ? count.cyrillic : count.latin
  const other = lang === 'ru' ? count.latin : count.cyrillic
  if (collapseWhitespace(target) === collapseWhitespace(source)) {
    return own > 0 ? 'same' : undefined
  }
  return own > other ? 'source-lang' : undefined
}
