import {readFileSync, readdirSync} from 'node:fs'
import {createLineIndex, type Finding, offsetToPoint} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {readTmx} from './tmx-reader.js'
import {readXliff} from './xliff-reader.js'
import {maxXmlDepth} from './xml-tree.js'

// Inputs from the fuzz campaign of issue 9: each broke a reader once.
const dir = new URL('./fixtures/fuzz/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, dir), 'utf8')
const read = (name: string) => {
  const text = fixture(name)
  return /<tmx\b/.test(text) && !/<xliff\b/.test(text) ? readTmx(text, {file: name}) : readXliff(text, {file: name})
}
const unitIds = (name: string) => {
  const result = read(name)
  return 'units' in result ? result.units.map((u) => u.id) : result.documents.flatMap((d) => d.units.map((u) => u.id))
}
const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.place?.start.line}:${f.place?.start.column} ${f.ruleId}`)

/** Every finding's line and column are those of its offset under core's line rule, inside the text. */
function misplaced(text: string, findings: readonly Finding[]): string[] {
  const lines = createLineIndex(text)
  const out: string[] = []
  for (const f of findings) {
    for (const point of f.place ? [f.place.start, f.place.end] : []) {
      const ok = point.offset >= 0 && point.offset <= text.length && JSON.stringify(offsetToPoint(lines, point.offset)) === JSON.stringify(point)
      if (!ok) out.push(`${f.ruleId} ${JSON.stringify(point)}`)
    }
  }
  return out
}

describe('fuzz repros (issue 9)', () => {
  test.each(readdirSync(dir).sort())('%s: read without an exception, every finding placed by its offset', (name) => {
    const result = read(name)
    expect(misplaced(fixture(name), result.findings)).toEqual([])
  })

  test('XLIFF 1.2 units outside <body> or in an unknown wrapper are read and named', () => {
    const result = readXliff(fixture('xliff12-unit-outside-body.xlf'))
    expect(result.documents.flatMap((d) => d.units.map((u) => [u.id, u.target]))).toEqual([
      ['u1', 'The ambassador arrived.'],
      ['u2', 'Kosherbaev arrived.'],
      ['u3', 'Kosherbaev left.']
    ])
    expect(rules(result.findings)).toEqual(['5:6 xliff-misplaced-unit', '7:1 xliff-misplaced-unit'])
  })

  test('XLIFF 2 units outside <file> are read and named', () => {
    const result = readXliff(fixture('xliff2-unit-outside-file.xlf'))
    expect(result.version).toBe(2)
    expect(unitIds('xliff2-unit-outside-file.xlf')).toEqual(['u1', 'u2', 'u3'])
    expect(result.findings.map((f) => f.ruleId)).toEqual(['xliff-misplaced-unit', 'xliff-misplaced-unit'])
  })

  test.each([
    ['struct-xliff12-broken-silent_outside-body.txt', /<trans-unit id="([^"]+)"/g],
    ['struct-xliff12-broken-silent_unknown-wrapper.txt', /<trans-unit id="([^"]+)"/g],
    ['struct-xliff2-broken-silent_outside-file.txt', /<unit id="([^"]+)"/g],
    ['struct-xliff2-broken-silent_unknown-wrapper.txt', /<unit id="([^"]+)"/g],
    ['struct-tmx-broken-silent_nested-tu.txt', /<tu tuid="([^"]+)"/g],
    ['struct-tmx-broken-wrong-line_nested-tu.txt', /<tu tuid="([^"]+)"/g],
    ['tmx-nested-tu.tmx', /<tu tuid="([^"]+)"/g]
  ])('%s: every unit in the file comes back', (name, pattern) => {
    const inFile = [...fixture(name).matchAll(pattern)].map((m) => m[1])
    expect(unitIds(name).sort()).toEqual(inFile.sort())
  })

  test('a <tu> inside a <tu> and one in an unknown wrapper are units of their own, named', () => {
    const result = readTmx(fixture('tmx-nested-tu.tmx'))
    expect(result.units.map((u) => [u.id, u.variants.map((v) => v.text).join(' | ')])).toEqual([
      ['2', 'Кошербаев прибыл. | Kosherbaev arrived.'],
      ['1', 'Посол прибыл. | The ambassador arrived.'],
      ['3', 'Кошербаев уехал. | Kosherbaev left.']
    ])
    expect(rules(result.findings)).toEqual(['5:1 tmx-nested-tu', '7:1 tmx-unexpected-element', '7:6 tmx-misplaced-tu'])
  })

  test.each(['deep-xliff12-g-5000.xlf', 'deep-xliff2-5000.xlf', 'deep-tmx-10000.tmx'])('%s: nesting past the limit is one positioned error, the text kept', (name) => {
    const result = read(name)
    const deep = result.findings.filter((f) => f.ruleId === 'xml-too-deep')
    expect(deep).toHaveLength(1)
    expect(deep[0]!.message).toContain(String(maxXmlDepth))
  })

  test('XLIFF 2 is told by its root element however long the prolog before it', () => {
    const long = readXliff(fixture('xliff2-long-prolog.xlf'))
    const short = readXliff(fixture('xliff2-short-prolog.xlf'))
    expect(long.version).toBe(2)
    expect(long.documents.map((d) => d.units.map((u) => u.target))).toEqual(short.documents.map((d) => d.units.map((u) => u.target)))
    expect(long.documents[0]!.units.length).toBeGreaterThan(0)
  })

  test('"expected an <xliff> root element" has a position', () => {
    const result = readXliff('\n\n  <tmx version="1.4"/>', {file: 'x.xlf'})
    expect(rules(result.findings)).toEqual(['3:3 xliff-root'])
    expect(rules(readXliff('').findings)).toContain('1:1 xliff-root')
  })
})
