import {describe, expect, it} from 'vitest'
import {nestingPast, parseJsonc} from './read-jsonc.js'

describe('nestingPast', () => {
  it('gives the offset of the first bracket past the limit', () => {
    expect(nestingPast('{"a": [[1]]}', 3)).toBeUndefined()
    expect(nestingPast('{"a": [[[1]]]}', 3)).toBe(8)
  })

  it('does not count brackets in strings (escaped quotes too) or comments', () => {
    expect(nestingPast('{"a": "[[[[\\"[[[["} // [[[[\n/* {{{{ */', 1)).toBeUndefined()
    expect(nestingPast('[/* ] */ [', 1)).toBe(9)
  })

  it('keeps a too deep JSONL record from the recursive parser', () => {
    expect(parseJsonc(`${'['.repeat(65)}${']'.repeat(65)}`)).toBeUndefined()
    expect(parseJsonc(`${'['.repeat(64)}${']'.repeat(64)}`)?.type).toBe('array')
  })
})
