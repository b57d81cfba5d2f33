import {readFileSync, readdirSync} from 'node:fs'
import {misplacedPoints} from '@tolmach/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {readJsonl} from './jsonl-reader.js'
import {readTmx} from './tmx-reader.js'
import {readTsv} from './tsv-reader.js'
import {readXliff} from './xliff-reader.js'

// Law of issue 9: every finding's offset lies in the file and its line and column are the offset's (core's line rule).
const dir = new URL('./fixtures/', import.meta.url)
const seeds = readdirSync(dir)
  .filter((name) => /\.(xlf|tmx|tsv|jsonl)$/.test(name))
  .map((name) => readFileSync(new URL(name, dir), 'utf8'))
const pieces = fc.constantFrom('<', '>', '&', '"', '\r', '\n', '\r\n', '\t', '\uD800', '\uFEFF', '</', '/>', '<g>', '<tu>', '{', '}', 'x')
const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.nat({max: 40}), fc.array(pieces, {maxLength: 4})), {maxLength: 5}))
  .map(([seed, edits]) => edits.reduce((s, [at, cut, add]) => {
    const i = Math.floor(at * s.length)
    return s.slice(0, i) + add.join('') + s.slice(i + cut)
  }, seed))


describe('positions agree with offsets in every reader', () => {
  test.each([
    ['readXliff', readXliff],
    ['readTmx', readTmx],
    ['readTsv', readTsv],
    ['readJsonl', readJsonl]
  ] as const)('%s, on mutated fixtures', (_, read) => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(misplacedPoints(text, read(text).findings)).toEqual([])
      }),
      {numRuns: 150}
    )
  })
})
