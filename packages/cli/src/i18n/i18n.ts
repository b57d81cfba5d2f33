import i18next, {type TFunction} from 'i18next'
import {en} from '../locales/en.js'
import {ru} from '../locales/ru.js'

export type UiLang = 'en' | 'ru'
export const uiLangs: readonly UiLang[] = ['en', 'ru']
export type Translate = TFunction

export interface UiLangChoice {
  lang: UiLang
  /** Set when `--ui-lang` named a language we have no messages for. */
  invalid?: string
}

/**
 * Picks the interface language: `--ui-lang` (scanned before commander runs,
 * because help text is built in that language), then `TOLMACH_LANG`, then
 * the POSIX locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
 * `--lang` is not used for this: in `tolmach segment` it is the document's
 * language, and one flag must not mean two things.
 */
export function resolveUiLang(argv: readonly string[], env: NodeJS.ProcessEnv): UiLangChoice {
  const flag = uiLangFlag(argv)
  if (flag !== undefined) {
    const lang = localeToUiLang(flag)
    return lang ? {lang} : {lang: fromEnv(env), invalid: flag}
  }
  return {lang: fromEnv(env)}
}

function fromEnv(env: NodeJS.ProcessEnv): UiLang {
  // The first variable that is set decides, as in POSIX; C/POSIX mean English.
  for (const name of ['TOLMACH_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name]
    if (value) return localeToUiLang(value) ?? 'en'
  }
  return 'en'
}

function uiLangFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg === '--ui-lang') found = argv[i + 1] ?? ''
    else if (arg.startsWith('--ui-lang=')) found = arg.slice('--ui-lang='.length)
  }
  return found
}

/** `ru`, `ru_RU.UTF-8`, `ru-RU` → `ru`; anything else we have no messages for → undefined. */
export function localeToUiLang(value: string): UiLang | undefined {
  const base = value.toLowerCase().split(/[_.@-]/)[0]
  return base === 'ru' || base === 'en' ? base : undefined
}

/** A translator bound to one language; the instance is private so library users' i18next is untouched. */
export function createTranslator(lang: UiLang): Translate {
  const instance = i18next.createInstance()
  // Resources are in memory, so init is synchronous and `t` is ready on return.
  instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: {en: {translation: en}, ru: {translation: ru}},
    initAsync: false,
    // Messages go to a terminal, not HTML: escaping would mangle file names.
    interpolation: {escapeValue: false},
    returnNull: false
  })
  return instance.t.bind(instance) as Translate
}
