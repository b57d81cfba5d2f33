import {type Placeholder, placeholderToken, type Segment} from '@tolmach/core'
import fc from 'fast-check'
import {expect, test} from 'vitest'
import {joinSegments} from './pairs-join.js'
import {readTmx} from './tmx-reader.js'
import {writeTmx} from './tmx-writer.js'
import type {AlignedPair} from './types.js'

// Runs of text that stress XML escaping and whitespace, and the inline shapes segments have.
const piece = fc.constantFrom('&', '<', '>', '"', ']]>', '&amp;', '\t', '\n', '\r', '  ', '{', '}', '{1}', 'ё', '😀', 'a', ' ', 'Лавров', '.')
const text = fc.array(piece, {maxLength: 6}).map((parts) => parts.join(''))
const node = fc.constantFrom('strong', 'emphasis', 'link', 'linkReference', 'inlineCode', 'break', 'html', 'image', 'footnoteReference')

// Paired codes carry the delimiters the segmenter cuts: the TMX keeps no node
// for them and the reader tells it from the delimiter (inline-infer.ts).
const delimited = fc.oneof(
  fc.constantFrom(['strong', '**', '**'], ['strong', '__', '__'], ['emphasis', '*', '*'], ['emphasis', '_', '_'], ['delete', '~~', '~~'], ['link', '<', '>'], ['link', '', '']),
  text.map((url) => ['link', '[', `](${url})`]),
  fc.constantFrom(']', '][]', '][ref &<"]').map((close) => ['linkReference', '[', close])
)

type Inline =
  | {kind: 'text'; value: string}
  | {kind: 'atom'; node: string; code: string}
  | {kind: 'open' | 'close' | 'pair'; node: string; code: string; closeCode: string; inner: string}
const inline: fc.Arbitrary<Inline> = fc.oneof(
  text.map((value) => ({kind: 'text' as const, value})),
  fc.record({kind: fc.constant('atom' as const), node, code: text}),
  fc.record({kind: fc.constantFrom('open' as const, 'close' as const, 'pair' as const), delimiters: delimited, inner: text}).map(({kind, delimiters: [node, code, closeCode], inner}) => ({kind, node: node!, code: code!, closeCode: closeCode!, inner})).filter(
    // A lone `[` cannot tell a reference from a link: the reader takes it for a link.
    (p) => !(p.kind === 'open' && p.node === 'linkReference')
  )
)

/** A segment from inline pieces: `open`/`close` are halves split at a sentence boundary. */
function segment(lang: 'ru' | 'en', index: number, pieces: Inline[]): Segment {
  let out = ''
  const placeholders: Placeholder[] = []
  let next = 1
  const add = (p: Omit<Placeholder, 'offset'>) => {
    placeholders.push({...p, offset: out.length})
    out += placeholderToken(p)
  }
  for (const piece of pieces) {
    if (piece.kind === 'text') out += piece.value
    else if (piece.kind === 'atom') add({id: next++, type: 'standalone', node: piece.node, markdown: piece.code})
    else if (piece.kind === 'pair') {
      const id = next++
      add({id, type: 'open', node: piece.node, markdown: piece.code})
      out += piece.inner
      add({id, type: 'close', node: piece.node, markdown: piece.closeCode})
    } else add({id: next++, type: piece.kind, node: piece.node, markdown: piece.kind === 'open' ? piece.code : piece.closeCode, split: true})
  }
  const point = {line: index + 1, column: 1, offset: index * 10}
  return {id: `${lang}-${index}`, index, kind: 'paragraph', lang, file: `${lang}.md`, text: out, placeholders, position: {start: point, end: point}, map: []}
}

// Literal text that looks like one of the segment's own tokens cannot be told apart from it.
const unambiguous = (s: Segment) => (s.text.match(/\{\/?\d+\/?\}/g)?.length ?? 0) === s.placeholders.length

const side = (lang: 'ru' | 'en') => fc.array(fc.array(inline, {maxLength: 5}), {maxLength: 3}).map((list) => list.map((pieces, i) => segment(lang, i, pieces)))

const pairs = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[\w .&<"-]{1,8}$/),
    source: side('ru'),
    target: side('en'),
    verdict: fc.constantFrom('ok' as const, 'warning' as const, 'error' as const),
    score: fc.double({min: 0, max: 1, noNaN: true})
  }),
  {maxLength: 4, selector: (p) => p.id}
)
  .map((list) => list.filter((p) => p.source.length + p.target.length > 0))
  .filter((list) => list.every((p) => [...p.source, ...p.target].every(unambiguous)))

const comparable = (placeholders: readonly Placeholder[]) =>
  placeholders.map((p) => ({id: p.id, type: p.type, node: p.node, markdown: p.markdown, offset: p.offset, split: p.split === true}))

function expected(pair: AlignedPair) {
  return [pair.source, pair.target]
    .map((segments, i) => ({lang: i === 0 ? 'ru' : 'en', segments}))
    .filter(({segments}) => segments.length > 0)
    .map(({lang, segments}) => {
      const joined = joinSegments(segments)
      return {lang, text: joined.text, placeholders: comparable(joined.placeholders)}
    })
}

test('TMX write → read gives back the same units, texts and placeholders', () => {
  fc.assert(
    fc.property(pairs, (list) => {
      const result = readTmx(writeTmx(list, {include: 'all', creationDate: '2026-01-01T00:00:00Z'}))
      expect(result.findings).toEqual([])
      expect(result.units.map((u) => u.id)).toEqual(list.map((p) => p.id))
      const actual = result.units.map((u) => u.variants.map((v) => ({lang: v.lang, text: v.text, placeholders: comparable(v.placeholders)})))
      expect(actual).toEqual(list.map(expected))
      expect(result.units.map((u) => u.props[0]?.value)).toEqual(list.map((p) => p.verdict))
    }),
    {numRuns: 300}
  )
})

test('joining keeps every character and gives each pair of tokens its own id', () => {
  fc.assert(
    fc.property(side('ru').filter((s) => s.every(unambiguous)), (segments) => {
      const joined = joinSegments(segments)
      const strip = (t: string, ps: readonly Placeholder[]) => ps.reduce((acc, p) => acc.replace(placeholderToken(p), ''), t)
      expect(strip(joined.text, joined.placeholders)).toBe(segments.map((s) => strip(s.text, s.placeholders)).join(' '))
      expect(joined.placeholders.map((p) => joined.text.slice(p.offset).startsWith(placeholderToken(p)))).not.toContain(false)
      const tokens = joined.placeholders.map(placeholderToken)
      expect(new Set(tokens).size).toBe(tokens.length)
    })
  )
})
