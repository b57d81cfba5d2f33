import {detectLanguage, isLang, type Lang, languages} from '@tolmach/core'
import {usageError} from '../errors.js'
import type {Translate} from '../i18n/i18n.js'

/** Below this share of letters in the winning script, detection is reported as unsure. */
export const sureShare = 0.75
/** Fewer letters than this are too few to judge. */
export const minLetters = 20

/** Validates a `--lang`/`--target-lang` value, listing the valid codes when it is wrong. */
export function parseLang(value: string | undefined, option: string, t: Translate): Lang | undefined {
  if (value === undefined) return undefined
  const code = value.toLowerCase()
  if (isLang(code)) return code
  throw usageError('unknown-language', t('error.unknownLang', {value, option, valid: languages.join(', ')}))
}

export interface LangDecision {
  lang: Lang
  /** A translated warning when the guess is unsure. */
  warning?: string
}

/**
 * The document's language: the one given, else core's Cyrillic-vs-Latin
 * guess. The guess is "unsure" when under 75% of the letters are in the
 * winning script or there are fewer than 20 letters; a text with no letters
 * at all (an empty file) has nothing to segment, so it gets no warning.
 */
export function decideLang(given: Lang | undefined, text: string, file: string, t: Translate, option = '--lang'): LangDecision {
  if (given) return {lang: given}
  const guess = detectLanguage(proseOf(text))
  const letters = guess.cyrillic + guess.latin
  if (letters === 0 || (guess.confidence >= sureShare && letters >= minLetters)) return {lang: guess.lang}
  // Too short to judge is its own reason: a share of 100% is not "below the threshold".
  if (letters < minLetters) {
    return {lang: guess.lang, warning: t('bidir.langFewLetters', {file, letters: t('bidir.letters', {count: letters}), min: minLetters, lang: guess.lang, option})}
  }
  const warning = t('segment.langUnsure', {
    file,
    share: Math.round(guess.confidence * 100),
    script: t(guess.lang === 'ru' ? 'script.cyrillic' : 'script.latin'),
    threshold: Math.round(sureShare * 100),
    lang: guess.lang,
    option
  })
  return {lang: guess.lang, warning}
}

// Code, URLs and HTML tags are Latin whatever language the document is in.
const notProse = /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$|`[^`\n]+`|\]\([^)\s]*\)|\bhttps?:\/\/[^\s)>\]]+|<\/?[A-Za-z][^>\n]*>/gm

/**
 * The Markdown's prose for a language guess: fenced and inline code, link
 * destinations, bare URLs and HTML tags left out, so a Russian how-to full
 * of code is still Russian. A guess, not a parse: a stray backtick costs a
 * few letters, nothing more.
 */
export function proseOf(markdown: string): string {
  return markdown.replace(frontMatterKeys, (block) => block.replace(yamlKey, ' ')).replace(notProse, ' ')
}

// front matter: its keys (`title:`, `date:`) are Latin whatever language the values are in.
const frontMatterKeys = /^\ufeff?---\r?\n[\s\S]*?\n---[ \t]*(?=\r?\n|$)/
const yamlKey = /^[ \t]*(?:- )?[A-Za-z_][\w.-]*[ \t]*:(?=[ \t]|\r?$)/gm
