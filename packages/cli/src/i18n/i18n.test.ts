import {describe, expect, it} from 'vitest'
import {localeToUiLang, resolveUiLang} from './i18n.js'

describe('resolveUiLang', () => {
  it('defaults to English', () => {
    expect(resolveUiLang([], {})).toEqual({lang: 'en'})
  })

  it('takes --ui-lang first, in both spellings', () => {
    expect(resolveUiLang(['segment', '--ui-lang', 'ru', 'a.md'], {TOLMACH_LANG: 'en'})).toEqual({lang: 'ru'})
    expect(resolveUiLang(['--ui-lang=ru'], {})).toEqual({lang: 'ru'})
  })

  it('ignores --ui-lang after --', () => {
    expect(resolveUiLang(['segment', '--', '--ui-lang', 'ru'], {})).toEqual({lang: 'en'})
  })

  it('reports an unknown --ui-lang and falls back to the environment for the message', () => {
    expect(resolveUiLang(['--ui-lang', 'de'], {LANG: 'ru_RU.UTF-8'})).toEqual({lang: 'ru', invalid: 'de'})
  })

  it('follows TOLMACH_LANG, then LC_ALL, LC_MESSAGES, LANG', () => {
    expect(resolveUiLang([], {TOLMACH_LANG: 'ru', LC_ALL: 'en_US.UTF-8'}).lang).toBe('ru')
    expect(resolveUiLang([], {LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US.UTF-8'}).lang).toBe('ru')
    expect(resolveUiLang([], {LC_MESSAGES: 'ru_RU', LANG: 'en_US'}).lang).toBe('ru')
    expect(resolveUiLang([], {LANG: 'ru_RU.UTF-8'}).lang).toBe('ru')
    // The first variable set decides, even when it names a language we lack.
    expect(resolveUiLang([], {LC_ALL: 'C', LANG: 'ru_RU.UTF-8'}).lang).toBe('en')
  })

  it('maps locale names to interface languages', () => {
    expect(['ru', 'ru_RU.UTF-8', 'ru-RU', 'RU', 'en_GB', 'de_DE', 'C'].map(localeToUiLang)).toEqual([
      'ru',
      'ru',
      'ru',
      'ru',
      'en',
      undefined,
      undefined
    ])
  })
})
