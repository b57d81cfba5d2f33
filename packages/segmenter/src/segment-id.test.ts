import {expect, test} from 'vitest'
import {createIdGenerator} from './segment-id.js'

test('ids depend on kind and normalised plain text only', () => {
  const id = createIdGenerator()
  const a = id('paragraph', 'Он сказал «да».', [])
  const b = createIdGenerator()('paragraph', ' Он \n сказал «да».', [])
  expect(a).toBe(b)
  expect(a).toMatch(/^p-[0-9a-f]{14}$/)
  expect(createIdGenerator()('heading', 'Он сказал «да».', [])).not.toBe(a)
  expect(createIdGenerator()('paragraph', 'Он сказал «нет».', [])).not.toBe(a)
  const link = [
    {id: 1, type: 'open' as const, node: 'link', markdown: '[', offset: 0},
    {id: 1, type: 'close' as const, node: 'link', markdown: '](a)', offset: 7}
  ]
  expect(createIdGenerator()('paragraph', '{1}Сайт{/1}', link)).toBe(createIdGenerator()('paragraph', 'Сайт', []))
})

test('repeats get occurrence suffixes in document order', () => {
  const id = createIdGenerator()
  const first = id('listItem', 'Да.', [])
  expect(id('listItem', 'Да.', [])).toBe(`${first}-2`)
  expect(id('listItem', 'Нет.', [])).not.toContain(first)
})
