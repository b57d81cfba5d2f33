import {describe, expect, it} from 'vitest'
import {checkPairs} from './check-pair.js'
import {checkPairStream, PairStreamCheck} from './check-stream.js'
import type {TranslationPair} from './types.js'

const options = {sourceLang: 'ru', targetLang: 'en'} as const
const pairs: TranslationPair[] = [
  {id: 'a', source: 'Рост составил 12,5% в 2024 году.', target: 'Growth was 15.2% in 2024.'},
  {id: 'b', source: 'Министр прибыл 22 мая.', target: 'The minister arrived on 22 March.'},
  {id: 'c', source: 'Подробнее: https://example.kz/ru/news.', target: 'More: https://example.kz/en/other.'},
  {id: 'd', source: 'Всё в порядке.', target: 'All is well.'},
  {id: 'e', source: 'Стороны подписали 3 соглашения.', target: 'The sides signed  3 agreements.'}
]

describe('PairStreamCheck', () => {
  it('gives every pair back in order, with the findings checkPairs finds, whatever the window', () => {
    const whole = checkPairs(pairs, options)
    expect(whole.length).toBeGreaterThanOrEqual(4)
    for (const window of [1, 2, 5, 100]) {
      const seen: Array<[string | undefined, string[]]> = []
      const all: typeof whole = []
      const check = new PairStreamCheck({...options, window}, (pair, findings) => {
        seen.push([pair.id, findings.map((f) => f.ruleId)])
        all.push(...findings)
      })
      for (const pair of pairs) check.add(pair)
      check.flush()
      expect(seen.map(([id]) => id)).toEqual(['a', 'b', 'c', 'd', 'e'])
      // Pair indexes count from the start of the stream, not of the window.
      expect(all.map((f) => [f.pair, f.ruleId, f.start])).toEqual(whole.map((f) => [f.pair, f.ruleId, f.start]))
    }
  })

  it('holds at most one window of pairs', () => {
    let checked = 0
    const check = new PairStreamCheck({...options, window: 2}, () => checked++)
    check.add(pairs[0] as TranslationPair)
    expect(checked).toBe(0)
    check.add(pairs[1] as TranslationPair)
    expect(checked).toBe(2)
    check.add(pairs[2] as TranslationPair)
    expect([checked, check.pairs]).toEqual([2, 3])
  })

  it('is a generator for library users', () => {
    const out = [...checkPairStream(pairs, {...options, window: 2})]
    expect(out.map((x) => x.pair.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(out.find((x) => x.pair.id === 'a')?.findings.map((f) => f.ruleId)).toContain('number-mismatch')
  })

  it('throws on a window that is not a positive integer', () => {
    expect(() => new PairStreamCheck({...options, window: 0}, () => {})).toThrow(TypeError)
  })
})
