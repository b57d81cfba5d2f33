import {readFileSync, readdirSync} from 'node:fs'
import {misplacedPoints} from '@tolmach/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseGlossary} from './parse-glossary.js'

// Law of issue 9: every message's offset lies in the file and its line and column are the offset's (core's line rule).
const dir = new URL('./fixtures/', import.meta.url)
const seeds = readdirSync(dir)
  .filter((name) => /\.(csv|tsv|tbx)$/.test(name))
  .map((name) => readFileSync(new URL(name, dir), 'utf8'))
const pieces = fc.constantFrom('"', ',', ';', '\t', '\r', '\n', '\r\n', '#', '\uFEFF', '\uD800', '\u0001', '<', '>', '&', '</termEntry>', '<langSet xml:lang="en">', 'x')
const mutated = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.nat({max: 40}), fc.array(pieces, {maxLength: 4})), {maxLength: 5}))
  .map(([seed, edits]) => edits.reduce((s, [at, cut, add]) => {
    const i = Math.floor(at * s.length)
    return s.slice(0, i) + add.join('') + s.slice(i + cut)
  }, seed))


describe('glossary messages are placed by their offsets', () => {
  test.each(['g.csv', 'g.tsv', 'g.txt'])('read as %s, on mutated fixtures', (fileName) => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(misplacedPoints(text, parseGlossary(text, {fileName}).messages)).toEqual([])
      }),
      {numRuns: 100}
    )
  })
})
