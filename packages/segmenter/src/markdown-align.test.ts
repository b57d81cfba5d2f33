import {expect, test} from 'vitest'
import {alignValue, SourceSpans} from './markdown-align.js'

const align = (value: string, source: string) => {
  const spans = new SourceSpans(1)
  alignValue(value, source, 0, source.length, spans)
  return [...value].map((c, i) => `${c}${source.slice(spans.from[i], spans.to[i])}`)
}

test('escapes span the backslash and the character', () => {
  expect(align('a*b', 'a\\*b')).toEqual(['aa', '*\\*', 'bb'])
})

test('character references span the whole reference', () => {
  expect(align('©&A', '&copy;&amp;&#65;')).toEqual(['©&copy;', '&&amp;', 'A&#65;'])
})

test('a literal ampersand that is not a reference stays itself', () => {
  expect(align('a & b &x', 'a & b &x')).toEqual(['aa', '  ', '&&', '  ', 'bb', '  ', '&&', 'xx'])
})

test('line prefixes of block quotes and list items are skipped', () => {
  expect(align('a\nb', 'a  \n  > > b').at(-1)).toBe('bb')
  expect(align('a\nb', 'a \n   b')).toEqual(['aa', '\n\n', 'bb'])
})

test('an escaped > at the start of a continuation line is the text, not a prefix', () => {
  expect(align('a\n>b', 'a\n> \\>b')).toEqual(['aa', '\n\n', '>\\>', 'bb'])
})
