import type {Lang} from './types.js'

export const languages: readonly Lang[] = ['ru', 'en']

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'en'
}

export interface LanguageGuess {
  lang: Lang
  /** Share of letters in the guessed script, 0…1. */
  confidence: number
  cyrillic: number
  latin: number
}

/**
 * Guesses ru or en from the share of Cyrillic and Latin letters. Russian
 * releases carry Latin acronyms (USGS, G20), so Russian wins from 35% up.
 */
export function detectLanguage(text: string, sample = 200_000): LanguageGuess {
  let cyrillic = 0
  let latin = 0
  const end = Math.min(text.length, sample)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) cyrillic++
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++
  }
  const total = cyrillic + latin
  if (total === 0) return {lang: 'en', confidence: 0, cyrillic, latin}
  const share = cyrillic / total
  return share >= 0.35
    ? {lang: 'ru', confidence: share, cyrillic, latin}
    : {lang: 'en', confidence: 1 - share, cyrillic, latin}
}
