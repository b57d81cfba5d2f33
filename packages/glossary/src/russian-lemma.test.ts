import {describe, expect, it} from 'vitest'
import {russianLemma} from './russian-lemma.js'

describe('russianLemma', () => {
  it('gives the dictionary form of inflected words, folded', () => {
    expect(['минералов', 'Минералам', 'минерал'].map(russianLemma)).toEqual(['минерал', 'минерал', 'минерал'])
    expect(russianLemma('важных')).toBe('важный')
    expect(russianLemma('всё')).toBe(russianLemma('все'))
  })

  it('returns unknown and non-Cyrillic words folded', () => {
    expect(russianLemma('C5')).toBe('c5')
    expect(russianLemma('Кошербаев')).toBe('кошербаев')
  })
})
