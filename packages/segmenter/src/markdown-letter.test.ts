import {expect, test} from 'vitest'
import {hasLetter} from './markdown-letter.js'

test('letters of any script count, digits, punctuation and U+FFFC do not', () => {
  for (const yes of ['a', 'Ж', 'é', 'ß', '中', '𝒜', 'x1', '2024 г.']) expect(hasLetter(yes), yes).toBe(true)
  for (const no of ['', '2024.', '12,5%', '—', '\ufffc', '«»', '© ®', '👍']) expect(hasLetter(no), no).toBe(false)
})

test('only the given range is looked at', () => {
  expect(hasLetter('12 ab 34', 0, 3)).toBe(false)
  expect(hasLetter('12 ab 34', 2, 4)).toBe(true)
})
