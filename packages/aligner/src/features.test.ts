import {describe, expect, it} from 'vitest'
import {createKeyTable, latinLookalikes, sentenceFeatures} from './features.js'
import {builtinLexicon} from './lexicon.js'

function keys(text: string, lang: 'ru' | 'en') {
  const table = createKeyTable()
  const f = sentenceFeatures(text, lang, 0, table, undefined, undefined)
  const names = [...table.ids.keys()]
  return {all: [...f.keys].map((k) => names[k]), hard: [...f.hard].map((k) => names[k]), boilerplate: f.boilerplate}
}

describe('sentence features', () => {
  it('links a noun whose case ending Snowball reads as an adjective’s to its lemma’s translations («систему» ↔ system)', () => {
    const lexical = (text: string) => {
      const table = createKeyTable()
      const f = sentenceFeatures(text, 'ru', 0, table, undefined, undefined, builtinLexicon())
      const names = [...table.ids.keys()]
      return [...f.keys].map((k) => names[k]).filter((k) => k?.startsWith('l:'))
    }
    // Snowball stems «систему» to «сист», the entry of «система» is «систем».
    expect(lexical('Это укрепляет иммунную систему.')).toContain('l:system')
    expect(lexical('Система работает.')).toContain('l:system')
  })

  it('reads codes typed with Cyrillic lookalikes («С5+1» ↔ C5+1)', () => {
    expect(latinLookalikes('С5+1')).toBe('C5+1')
    expect(latinLookalikes('Т-34')).toBe('T-34')
    expect(latinLookalikes('ЗИЛ-130')).toBeUndefined()
    expect(latinLookalikes('G20')).toBeUndefined()
    const ru = keys('В рамках Диалога «С5+1» по критическим минералам', 'ru')
    const en = keys('Within the C5+1 Critical Minerals Dialogue', 'en')
    expect(ru.hard).toContain('w:c5+1')
    expect(en.all).toContain('w:c5+1')
  })

  it('keeps Latin tokens, acronyms and URLs of the Russian side as hard evidence', () => {
    const ru = keys('Министр посетит PDAC в Торонто; отчет USGS на https://www.usgs.gov/minerals и саммит G20.', 'ru')
    expect(ru.hard).toEqual(expect.arrayContaining(['w:pdac', 'w:usgs', 'w:g20', 'u:usgs.gov/minerals']))
    const en = keys('See https://www.usgs.gov/minerals for the USGS list.', 'en')
    expect(en.all).toEqual(expect.arrayContaining(['u:usgs.gov/minerals', 'w:usgs']))
  })

  it('reads Cyrillic acronyms by transliteration (НАТО ↔ NATO)', () => {
    expect(keys('Саммит НАТО прошел в Вашингтоне.', 'ru').all).toContain('w:nato')
    expect(keys('The NATO summit took place in Washington.', 'en').all).toContain('w:nato')
  })

  it('marks credit lines and prompts as boilerplate of a kind', () => {
    expect(keys('Фото: МИД', 'ru').boilerplate).toBe('photo')
    expect(keys('Photo: Ministry of Foreign Affairs', 'en').boilerplate).toBe('photo')
    expect(keys('Подписывайтесь на наш канал в Telegram.', 'ru').boilerplate).toBe('follow')
    expect(keys('Источники Reuters отмечают, что карта могла идти вразрез с политикой.', 'ru').boilerplate).toBeUndefined()
    expect(keys('Фото опубликовано день назад.', 'ru').boilerplate).toBeUndefined()
  })
})
