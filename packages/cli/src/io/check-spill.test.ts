import {existsSync} from 'node:fs'
import {createFinding, type Finding, type Severity} from '@tolmach/core'
import {json, jsonChunks, StylishWidths, stylish, stylishChunks} from '@tolmach/report'
import {describe, expect, it} from 'vitest'
import {FindingSpill, mergeInOrder, RecordSpill, reportOrder} from './check-spill.js'

const at = (offset: number) => ({line: 1, column: offset + 1, offset})
const finding = (file: string, offset: number, ruleId = 'term-forbidden', severity: Severity = 'error'): Finding =>
  createFinding({ruleId, severity, message: `“${ruleId}” at ${offset} — «ё»`, source: 'tolmach-check', file, place: {start: at(offset), end: at(offset + 3)}, actual: 'x', expected: ['y']})

describe('FindingSpill', () => {
  it('gives back every finding it was given, in order, and counts them', () => {
    const spill = new FindingSpill()
    const given = Array.from({length: 5000}, (_, k) => finding('a.tmx', k * 10, k % 3 === 0 ? 'term-missing' : 'term-forbidden', k % 2 === 0 ? 'error' : 'warning'))
    for (let k = 0; k < given.length; k += 2) spill.addAll(given.slice(k, k + 2).reverse())
    expect(spill.ordered).toBe(true)
    expect([...spill.read()]).toEqual(given)
    expect(spill.counts).toEqual({error: 2500, warning: 2500, info: 0})
    spill.dispose()
  })

  it('notices findings that come out of report order', () => {
    const spill = new FindingSpill()
    spill.add(finding('b.tmx', 0))
    spill.add(finding('a.tmx', 5))
    expect(spill.ordered).toBe(false)
    expect([...spill.read()].sort(reportOrder).map((f) => f.file)).toEqual(['a.tmx', 'b.tmx'])
    spill.dispose()
  })

  it('removes its temp file', () => {
    const spill = new FindingSpill()
    spill.add(finding('a.tmx', 0))
    const file = (spill as unknown as {file: string}).file
    expect(existsSync(file)).toBe(true)
    spill.dispose()
    expect(existsSync(file)).toBe(false)
  })
})

describe('a streamed JSON report', () => {
  it('is the report json() writes of the same findings', () => {
    const spilled = [finding('a.tmx', 3), finding('a.tmx', 9), finding('b.tmx', 1, 'term-missing', 'warning')]
    const rest = [finding('a.tmx', 3, 'term-inconsistent', 'warning'), finding('a.tmx', 0, 'tmx-bad'), finding('glossary.csv', 2, 'glossary-row', 'warning')].sort(reportOrder)
    const counts = {error: 3, warning: 3, info: 0}
    const chunks = [...jsonChunks(mergeInOrder(spilled, rest), counts)]
    expect(chunks.length).toBe(spilled.length + rest.length + 1)
    expect(chunks.join('')).toBe(json([...rest, ...spilled]))
  })

  it('in stylish is the report stylish() writes, columns aligned per file', () => {
    const spilled = [finding('a.tmx', 3), finding('a.tmx', 1234567), finding('b.tmx', 1, 'term-missing', 'warning')]
    const rest = [finding('a.tmx', 3, 'term-inconsistent', 'warning'), finding('glossary.csv', 2, 'glossary-row', 'info')].sort(reportOrder)
    const widths = new StylishWidths()
    for (const f of [...spilled, ...rest]) widths.add(f)
    const text = [...stylishChunks(mergeInOrder(spilled, rest), {error: 2, warning: 2, info: 1}, widths)].join('')
    expect(text).toBe(stylish([...rest, ...spilled]))
    expect([...stylishChunks([], {error: 0, warning: 0, info: 0}, new StylishWidths())].join('')).toBe('')
  })

  it('of no findings is the empty report', () => {
    expect([...jsonChunks([], {error: 0, warning: 0, info: 0})].join('')).toBe(json([]))
  })
})

describe('RecordSpill', () => {
  const record = (k: number) => Uint32Array.from({length: 8}, (_, f) => (k * 8 + f) * 2654435761 >>> 0)
  it('gives back every record by index, from the file and from the buffer, and removes its file', () => {
    const spill = new RecordSpill(8)
    const count = 4096 * 3 + 17
    for (let k = 0; k < count; k++) expect(spill.push(record(k))).toBe(k)
    const dir = (spill as unknown as {dir?: string}).dir
    expect(dir !== undefined && existsSync(dir)).toBe(true)
    for (const k of [0, 1, 4095, 4096, 9000, count - 17, count - 1]) expect([...spill.get(k)]).toEqual([...record(k)])
    spill.dispose()
    expect(existsSync(dir!)).toBe(false)
    spill.dispose()
  })
  it('keeps a few records in memory only, and refuses a record of the wrong size', () => {
    const spill = new RecordSpill(8)
    for (let k = 0; k < 100; k++) spill.push(record(k))
    expect((spill as unknown as {dir?: string}).dir).toBeUndefined()
    expect([...spill.get(42)]).toEqual([...record(42)])
    expect(() => spill.push(new Uint32Array(3))).toThrow(TypeError)
    spill.dispose()
  })
})
