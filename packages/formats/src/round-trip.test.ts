import type {Placeholder, Segment, SegmentDocument} from '@tolmach/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {readJsonl} from './jsonl-reader.js'
import {writeJsonl} from './jsonl-writer.js'
import {readTsv} from './tsv-reader.js'
import {writeTsv} from './tsv-writer.js'
import type {ReadResult} from './types.js'
import {readXliff2} from './xliff2-reader.js'
import {writeXliff2} from './xliff2-writer.js'
import {readXliff12} from './xliff12-reader.js'
import {writeXliff12} from './xliff12-writer.js'

// Characters that stress XML and TSV escaping, mixed with any printable grapheme.
const tricky = ['&', '<', '>', '"', "'", '\t', '\n', '\r', '\r\n', ' ', '  ', '{', '}', '/', '\\', ']]>', '&amp;', 'ё', '😀', '\u00a0']
const char = fc.oneof(fc.constantFrom(...tricky), fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}))
const textArb = fc.string({unit: char, maxLength: 10})
const markdownArb = fc.string({unit: char, maxLength: 6})
const nodes = ['strong', 'emphasis', 'link', 'linkReference', 'delete', 'inlineCode', 'break', 'html', 'image', 'imageReference', 'footnoteReference']
const nodeArb = fc.constantFrom(...nodes)

type Item =
  | {t: 'text'; value: string}
  | {t: 'standalone'; node: string; markdown: string}
  | {t: 'split'; type: 'open' | 'close'; node: string; markdown: string}
  | {t: 'pair'; node: string; open: string; close: string; inner: Item[]}
  | {t: 'crossing'; nodes: [string, string]; texts: [string, string, string]}

const {items} = fc.letrec<{item: Item; items: Item[]}>((tie) => ({
  item: fc.oneof(
    {depthSize: 'small'},
    textArb.map((value): Item => ({t: 'text', value})),
    fc.record({t: fc.constant('standalone' as const), node: nodeArb, markdown: markdownArb}),
    fc.record({t: fc.constant('split' as const), type: fc.constantFrom('open' as const, 'close' as const), node: nodeArb, markdown: markdownArb}),
    fc.record({t: fc.constant('pair' as const), node: nodeArb, open: markdownArb, close: markdownArb, inner: tie('items')}),
    // `**a *b** c*`: two pairs that overlap, which XLIFF 2 cannot nest in `pc`.
    fc.record({t: fc.constant('crossing' as const), nodes: fc.tuple(nodeArb, nodeArb), texts: fc.tuple(textArb, textArb, textArb)})
  ),
  items: fc.array(tie('item'), {maxLength: 5})
}))

function build(list: Item[], state: {text: string; placeholders: Placeholder[]; next: number}): void {
  const add = (p: Omit<Placeholder, 'offset'>) => {
    const full = {...p, offset: state.text.length}
    state.placeholders.push(full)
    state.text += full.type === 'open' ? `{${full.id}}` : full.type === 'close' ? `{/${full.id}}` : `{${full.id}/}`
  }
  for (const item of list) {
    if (item.t === 'text') state.text += item.value
    else if (item.t === 'standalone') add({id: state.next++, type: 'standalone', node: item.node, markdown: item.markdown})
    else if (item.t === 'split') add({id: state.next++, type: item.type, node: item.node, markdown: item.markdown, split: true})
    else if (item.t === 'crossing') {
      const [a, b] = [state.next++, state.next++]
      add({id: a, type: 'open', node: item.nodes[0], markdown: '<a>'})
      state.text += item.texts[0]
      add({id: b, type: 'open', node: item.nodes[1], markdown: '<b>'})
      state.text += item.texts[1]
      add({id: a, type: 'close', node: item.nodes[0], markdown: '</a>'})
      state.text += item.texts[2]
      add({id: b, type: 'close', node: item.nodes[1], markdown: '</b>'})
    } else {
      const id = state.next++
      add({id, type: 'open', node: item.node, markdown: item.open})
      build(item.inner, state)
      add({id, type: 'close', node: item.node, markdown: item.close})
    }
  }
}

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9\-_.: /&"ё]{0,8}$/)

const segmentArb = fc.record({id: idArb, items, kind: fc.constantFrom('paragraph' as const, 'heading' as const)}).map(({id, items, kind}) => {
  const state = {text: '', placeholders: [] as Placeholder[], next: 1}
  build(items, state)
  const segment: Segment = {
    id,
    index: 0,
    kind,
    lang: 'ru',
    text: state.text,
    placeholders: state.placeholders,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
    map: []
  }
  return segment
})

// Literal text that happens to look like one of the segment's tokens cannot be told apart from it.
function tokensAreUnambiguous(segment: Segment): boolean {
  const count = segment.text.match(/\{\/?\d+\/?\}/g)?.length ?? 0
  return count === segment.placeholders.length
}

const documentArb = fc
  .uniqueArray(segmentArb, {selector: (s) => s.id, maxLength: 5})
  .filter((segments) => segments.every(tokensAreUnambiguous))
  .map((segments): SegmentDocument => ({file: 'docs/a b&c.md', lang: 'ru', segments: segments.map((s, index) => ({...s, index}))}))

const comparable = (placeholders: readonly Placeholder[]) =>
  placeholders.map((p) => ({id: p.id, type: p.type, node: p.node, markdown: p.markdown, offset: p.offset, split: p.split === true}))

function expectSameUnits(document: SegmentDocument, result: ReadResult, withPlaceholders = true) {
  expect(result.findings).toEqual([])
  expect(result.documents).toHaveLength(1)
  const units = result.documents[0]!.units
  expect(result.documents[0]!.file).toBe(document.file)
  expect(units.map((u) => u.id)).toEqual(document.segments.map((s) => s.id))
  expect(units.map((u) => u.source)).toEqual(document.segments.map((s) => s.text))
  if (withPlaceholders) {
    expect(units.map((u) => comparable(u.placeholders))).toEqual(document.segments.map((s) => comparable(s.placeholders)))
  }
}

describe('write → read gives back the same units', () => {
  test('XLIFF 1.2', () => {
    fc.assert(fc.property(documentArb, (document) => expectSameUnits(document, readXliff12(writeXliff12([document])))))
  })

  test('XLIFF 2.1', () => {
    fc.assert(fc.property(documentArb, (document) => expectSameUnits(document, readXliff2(writeXliff2([document])))))
  })

  test('XLIFF targets come back with their placeholders and state', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const targets = new Map(document.segments.map((s) => [s.id, {text: s.text, state: 'reviewed' as const}]))
        for (const [write, read, state] of [
          [writeXliff12, readXliff12, 'signed-off'],
          [writeXliff2, readXliff2, 'reviewed']
        ] as const) {
          const units = read(write([document], {targets})).documents[0]!.units
          expect(units.map((u) => [u.target, u.state])).toEqual(document.segments.map((s) => [s.text, state]))
          expect(units.map((u) => comparable(u.targetPlaceholders ?? []))).toEqual(document.segments.map((s) => comparable(s.placeholders)))
        }
      })
    )
  })

  test('JSONL keeps whole segments', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const result = readJsonl(writeJsonl([document]))
        // JSONL has rows, not documents: a document without segments leaves no trace.
        if (document.segments.length === 0) {
          expect(result).toEqual({documents: [], findings: []})
          return
        }
        expectSameUnits(document, result)
        expect(result.documents[0]!.units.map((u) => u.segment)).toEqual(document.segments.map((s) => ({...s, file: document.file})))
      })
    )
  })

  test('TSV keeps ids, texts, files and lines', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const result = readTsv(writeTsv([document]))
        if (document.segments.length === 0) {
          expect(result).toEqual({documents: [], findings: []})
          return
        }
        expectSameUnits(document, result, false)
        expect(result.documents[0]!.units.map((u) => u.line)).toEqual(document.segments.map((s) => s.position.start.line))
      })
    )
  })
})
