import {readFileSync} from 'node:fs'
import type {Finding} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {samplePairs} from './fixtures/pairs-sample.js'
import {tmxDate, tmxToolVersion} from './tmx-header.js'
import {readTmx} from './tmx-reader.js'
import {tmxChunks, writeTmx} from './tmx-writer.js'
import type {AlignedPair} from './types.js'

const date = '2026-02-05T10:00:00Z'

describe('writeTmx', () => {
  test('the header carries every attribute TMX 1.4b requires', () => {
    const {header, findings} = readTmx(writeTmx(samplePairs(), {creationDate: date}))
    expect(findings).toEqual([])
    expect(header?.attributes).toEqual({
      creationtool: 'tolmach',
      creationtoolversion: tmxToolVersion,
      segtype: 'sentence',
      'o-tmf': 'tolmach',
      adminlang: 'en',
      srclang: 'ru',
      datatype: 'x-markdown',
      creationdate: '20260205T100000Z'
    })
  })

  test('creationtoolversion is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
    expect(tmxToolVersion).toBe(pkg.version)
  })

  test('dates are UTC in the basic form, and now by default', () => {
    expect(tmxDate(new Date('2026-02-05T13:04:05+03:00'))).toBe('20260205T100405Z')
    const before = tmxDate(new Date())
    const written = readTmx(writeTmx([])).header?.attributes['creationdate']
    expect(written).toMatch(/^\d{8}T\d{6}Z$/)
    expect(written! >= before).toBe(true)
  })

  test('include picks pairs by verdict; ok is the default', () => {
    const ids = (include?: 'ok' | 'warning' | 'all') =>
      readTmx(writeTmx(samplePairs(), {include, creationDate: date})).units.map((u) => u.id)
    expect(ids()).toEqual(['b1', 'b2', 'b3', 'b5'])
    expect(ids('warning')).toEqual(['b1', 'b2', 'b3', 'b4', 'b5'])
    expect(ids('all')).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'])
  })

  test('the source tuv comes first; a missing side has no tuv', () => {
    const units = readTmx(writeTmx(samplePairs(), {include: 'all', srcLang: 'ru-RU', tgtLang: 'en-US'})).units
    expect(units.map((u) => u.variants.map((v) => v.lang).join(' '))).toEqual([
      ...Array(5).fill('ru-RU en-US'),
      'ru-RU',
      'ru-RU',
      'en-US'
    ])
  })

  test('verdict, score, positions and findings are props and notes', () => {
    const unit = readTmx(writeTmx(samplePairs(), {include: 'all'})).units[3]!
    expect(unit.props).toEqual([
      {type: 'x-verdict', value: 'warning'},
      {type: 'x-score', value: '0.41'}
    ])
    expect(unit.notes).toEqual(['warning length-ratio: the target is 2.1 times as long as usual for this document'])
    expect(unit.variants.map((v) => v.props.map((p) => `${p.type}=${p.value}`))).toEqual([
      ['x-position=fixtures/inline-markup.md:6:1', 'x-segment=li-5'],
      ['x-position=fixtures/inline-markup.en.md:7:1', 'x-segment=li-5']
    ])
  })

  test('a pair id is the tuid; without one, its number in the input', () => {
    const pairs = samplePairs().map(({id: _id, ...pair}) => pair)
    expect(readTmx(writeTmx(pairs, {include: 'all'})).units.map((u) => u.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
  })

  test('empty pairs and characters XML cannot hold are reported', () => {
    const [first] = samplePairs()
    const bad: AlignedPair = {...first!, id: 'x', source: [{...first!.source[0]!, text: 'a\u0001b'}]}
    const findings: Finding[] = []
    const xml = writeTmx([bad, {source: [], target: [], verdict: 'ok', score: 1}], {onFinding: (f) => findings.push(f)})
    expect(findings.map((f) => [f.ruleId, f.severity, f.file, f.place?.start.line])).toEqual([
      ['xml-invalid-char', 'error', 'fixtures/inline-markup.md', 1],
      ['tmx-empty-pair', 'warning', undefined, undefined]
    ])
    expect(readTmx(xml).units.map((u) => u.variants[0]!.text)).toEqual(['ab'])
  })

  test('misuse throws a TypeError naming the option, before the first chunk', () => {
    expect(() => tmxChunks([], {include: 'some' as 'ok'})).toThrow(/options.include/)
    expect(() => tmxChunks([], {srcLang: 'r u'})).toThrow(/options.srcLang/)
    expect(() => tmxChunks([], {srcLang: 'en', tgtLang: 'EN'})).toThrow(/must differ/)
    expect(() => tmxChunks([], {creationDate: 'yesterday'})).toThrow(/options.creationDate/)
    expect(() => writeTmx([{source: 'a', target: [], verdict: 'ok', score: 1} as unknown as AlignedPair])).toThrow(/pairs\[0\]/)
    expect(() => writeTmx([{source: [], target: [], verdict: 'fine', score: 1} as unknown as AlignedPair])).toThrow(/verdict/)
  })

  test('chunks stream: the header first, then one unit per chunk', () => {
    const chunks = [...tmxChunks(samplePairs(), {include: 'all', creationDate: date})]
    expect(chunks).toHaveLength(10)
    expect(chunks[0]).toMatch(/^<\?xml[\s\S]*<header [\s\S]*<body>\n$/)
    expect(chunks.slice(1, -1).every((c) => c.startsWith('    <tu ') && c.endsWith('</tu>\n'))).toBe(true)
  })
})
