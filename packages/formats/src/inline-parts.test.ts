import type {Placeholder} from '@tolmach/core'
import {expect, test} from 'vitest'
import {inlineParts} from './inline-parts.js'

const p = (id: number, type: Placeholder['type'], split?: boolean): Placeholder => ({
  id,
  type,
  node: 'strong',
  markdown: '**',
  offset: 0,
  ...(split ? {split} : {})
})

function pairings(text: string, placeholders: Placeholder[]) {
  return inlineParts(text, placeholders).map((part) => (typeof part === 'string' ? part : `${part.placeholder.type[0]}${part.placeholder.id}:${part.pairing}`))
}

test('nested pairs, crossing pairs, split halves, unmatched halves and atoms', () => {
  expect(pairings('{1}a{2}b{/2}{/1}', [p(1, 'open'), p(2, 'open'), p(2, 'close'), p(1, 'close')])).toEqual([
    'o1:pair',
    'a',
    'o2:pair',
    'b',
    'c2:pair',
    'c1:pair'
  ])
  expect(pairings('{1}a{2}b{/1}c{/2}', [p(1, 'open'), p(2, 'open'), p(1, 'close'), p(2, 'close')])).toEqual([
    'o1:crossing',
    'a',
    'o2:pair',
    'b',
    'c1:crossing',
    'c',
    'c2:pair'
  ])
  expect(pairings('x{/1} {2}y', [p(1, 'close', true), p(2, 'open', true)])).toEqual(['x', 'c1:isolated', ' ', 'o2:isolated', 'y'])
  // Without the split flag, halves with no partner here are still isolated; a close before its open too.
  expect(pairings('{/1}a{1}{2}', [p(1, 'close'), p(1, 'open'), p(2, 'open')])).toEqual(['c1:isolated', 'a', 'o1:isolated', 'o2:isolated'])
  expect(pairings('{3/} {4} literal', [p(3, 'standalone')])).toEqual(['s3:standalone', ' {4} literal'])
})
