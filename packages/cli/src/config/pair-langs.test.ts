import {TolmachError} from '@tolmach/core'
import {describe, expect, it} from 'vitest'
import {createTranslator} from '../i18n/i18n.js'
import {decidePairLangs} from './pair-langs.js'

const t = createTranslator('en')
const ru = {file: 'ru.md', text: 'Министр иностранных дел провёл переговоры в Вашингтоне с коллегами.'}
const en = {file: 'en.md', text: 'The Minister of Foreign Affairs held talks in Washington with colleagues.'}
const digits = {file: 'n.md', text: '2024 — 12,5 %\n'}
const never = () => {
  throw new Error('the config must not be read when the documents tell')
}

describe('decidePairLangs', () => {
  it('takes the options first, the other language for the one not given', () => {
    expect(decidePairLangs({source: 'en'}, {source: ru, target: en}, never, t)).toEqual({sourceLang: 'en', targetLang: 'ru', warnings: []})
    expect(decidePairLangs({target: 'en'}, {source: en, target: en}, never, t)).toEqual({sourceLang: 'ru', targetLang: 'en', warnings: []})
    expect(() => decidePairLangs({source: 'ru', target: 'ru'}, {source: ru, target: en}, never, t)).toThrow(TolmachError)
  })

  it('reads the direction from the source text, or from the target when the source has no letters', () => {
    expect(decidePairLangs({}, {source: en, target: ru}, never, t)).toMatchObject({sourceLang: 'en', targetLang: 'ru'})
    expect(decidePairLangs({}, {source: ru, target: en}, never, t)).toMatchObject({sourceLang: 'ru', targetLang: 'en'})
    expect(decidePairLangs({}, {source: digits, target: ru}, never, t)).toMatchObject({sourceLang: 'en', targetLang: 'ru'})
  })

  it('warns, naming --source-lang, when the source is too short to judge', () => {
    const short = {file: 's.md', text: 'Hello.'}
    const decision = decidePairLangs({}, {source: short, target: ru}, never, t)
    expect(decision.sourceLang).toBe('en')
    expect(decision.warnings).toEqual(['s.md: language unsure: only 5 letters, fewer than the 20 needed to judge; assuming en, pass --source-lang to choose'])
  })

  it('falls back on the config, then on ru → en, when neither document has letters', () => {
    expect(decidePairLangs({}, {source: digits, target: digits}, () => ({source: 'en'}), t)).toMatchObject({sourceLang: 'en', targetLang: 'ru'})
    expect(decidePairLangs({}, {source: digits, target: digits}, () => ({target: 'en'}), t)).toMatchObject({sourceLang: 'ru', targetLang: 'en'})
    expect(decidePairLangs({}, {source: digits, target: digits}, () => ({}), t)).toMatchObject({sourceLang: 'ru', targetLang: 'en'})
  })
})
