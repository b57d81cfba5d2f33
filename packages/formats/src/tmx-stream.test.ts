import {readFileSync} from 'node:fs'
import type {Finding} from '@tolmach/core'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {samplePairs} from './fixtures/pairs-sample.js'
import {readTmx} from './tmx-reader.js'
import {tmxUnits} from './tmx-stream.js'
import {tmxChunks, writeTmx} from './tmx-writer.js'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

/** Cuts a text at the given offsets. */
function cut(text: string, offsets: number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b)
  const parts: string[] = []
  let last = 0
  for (const point of points) {
    parts.push(text.slice(last, point))
    last = point
  }
  parts.push(text.slice(last))
  return parts
}

test.each(['tmx-malformed.tmx', 'tmx-entities.tmx', 'pairs-sample.tmx'])('%s read in any chunks gives the same units and findings', (name) => {
  const xml = `\ufeff${fixture(name)}`
  const whole = readTmx(xml, {file: name})
  expect(whole.units.length).toBeGreaterThan(1)
  fc.assert(
    fc.property(fc.array(fc.nat(), {maxLength: 40}), (offsets) => {
      const findings: Finding[] = []
      const units = [...tmxUnits(cut(xml, offsets), {file: name, onFinding: (f) => findings.push(f)})]
      expect(units).toEqual(whole.units)
      expect(findings.sort((a, b) => (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1))).toEqual(whole.findings)
    }),
    {numRuns: 60}
  )
})

test('units come out while the input is still being read', () => {
  let chunksRead = 0
  function* chunks() {
    for (const chunk of tmxChunks(samplePairs(), {include: 'all', creationDate: '2026-02-05T10:00:00Z'})) {
      chunksRead++
      yield chunk
    }
  }
  const seen: number[] = []
  for (const _unit of tmxUnits(chunks())) seen.push(chunksRead)
  // Chunk 1 is the header; unit n is complete once chunk n + 1 is in.
  expect(seen).toEqual([2, 3, 4, 5, 6, 7, 8, 9])
})

test('the header arrives through onHeader, positions count from the whole text', () => {
  let header: unknown
  const findings: Finding[] = []
  const xml = writeTmx(samplePairs().slice(0, 1), {creationDate: '2026-02-05T10:00:00Z'}).replace('<seg>', '<seg><bad/>')
  const units = [...tmxUnits(xml.match(/[\s\S]{1,5}/g)!, {onHeader: (h) => (header = h), onFinding: (f) => findings.push(f)})]
  expect(units).toHaveLength(1)
  expect(header).toMatchObject({attributes: {srclang: 'ru', creationtool: 'tolmach'}})
  const line = xml.split('\n').findIndex((l) => l.includes('<bad/>'))
  expect(findings.map((f) => [f.ruleId, f.place?.start.line, f.place?.start.column])).toEqual([
    ['tmx-unknown-inline', line + 1, xml.split('\n')[line]!.indexOf('<bad/>') + 1]
  ])
})

test('misuse throws', () => {
  expect(() => tmxUnits([], {onFinding: 1 as never})).toThrow(/options.onFinding/)
  expect(() => [...tmxUnits([1 as never])]).toThrow(/chunks must be strings/)
})
