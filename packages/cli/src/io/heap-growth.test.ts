import {mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {growHeapSlowly} from './heap-growth.js'

describe('growHeapSlowly', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-heap-'))
  it('leaves V8 alone for inputs of ordinary size, missing ones and stdin', () => {
    writeFileSync(path.join(dir, 'small.tmx'), '<tmx/>')
    expect(growHeapSlowly(['small.tmx', 'missing.tmx', '-'], dir)).toBe(false)
  })
  it('turns on slower heap growth when the inputs add up to 32 MB', () => {
    writeFileSync(path.join(dir, 'a.tmx'), '')
    writeFileSync(path.join(dir, 'b.tmx'), '')
    truncateSync(path.join(dir, 'a.tmx'), 16 * 1024 * 1024)
    truncateSync(path.join(dir, 'b.tmx'), 16 * 1024 * 1024)
    expect(growHeapSlowly(['a.tmx'], dir)).toBe(false)
    expect(growHeapSlowly(['a.tmx', 'b.tmx'], dir)).toBe(true)
  })
})
