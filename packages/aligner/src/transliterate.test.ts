import {describe, expect, it} from 'vitest'
import {romanize, skeleton} from './transliterate.js'

const key = (ru: string) => skeleton(romanize(ru.toLowerCase()))

describe('transliteration keys', () => {
  it('romanises with the Wikipedia scheme', () => {
    expect(romanize('Кошербаев')).toBe('Kosherbayev')
  })

  it('meets English spellings of names and international words', () => {
    expect(key('Кошербаев')).toBe(skeleton('Kosherbayev'))
    expect(key('Кошербаева')).toBe(skeleton('Kosherbayev'))
    expect(key('конференция')).toBe(skeleton('conference'))
    expect(key('президента')).toBe(skeleton('president'))
    expect(key('Вашингтоне')).toBe(skeleton('Washington'))
    expect(key('Шарлапаев')).toBe(skeleton('Sharlapayev'))
  })

  it('keeps unrelated words apart', () => {
    expect(key('сотрудничество')).not.toBe(skeleton('cooperation'))
    expect(key('Казахстан')).not.toBe(skeleton('Kyrgyzstan'))
  })

  it('gives no key for short words', () => {
    expect(skeleton('USA')).toBeUndefined()
    expect(key('мир')).toBeUndefined()
  })
})
