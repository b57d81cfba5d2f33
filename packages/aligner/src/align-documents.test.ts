import type {BlockKind, Placeholder, Segment} from '@tolmach/core'
import {describe, expect, it} from 'vitest'
import {alignDocuments} from './align-documents.js'
import {blockIndexes, headingBoundaries} from './document-structure.js'

interface Spec {
  /** The sentence as it is written in the Markdown (found in order). */
  md: string
  kind?: BlockKind
  /** Segment text with placeholder tokens; default: `md`. */
  text?: string
  placeholders?: Placeholder[]
}

/**
 * Segments by hand, as segmentMarkdown would give them (the aligner does not
 * depend on the segmenter): each sentence is found in the Markdown in order,
 * its map anchors the text at that offset.
 */
function doc(markdown: string, specs: Spec[], file: string) {
  let from = 0
  const segments = specs.map((spec, index): Segment => {
    const at = markdown.indexOf(spec.md, from)
    if (at < 0) throw new Error(`not in the markdown: ${spec.md}`)
    from = at + spec.md.length
    const point = (offset: number) => {
      const before = markdown.slice(0, offset).split('\n')
      return {line: before.length, column: (before.at(-1) as string).length + 1, offset}
    }
    return {
      id: `s${index}`,
      index,
      kind: spec.kind ?? 'paragraph',
      lang: 'ru',
      file,
      text: spec.text ?? spec.md,
      placeholders: spec.placeholders ?? [],
      position: {start: point(at), end: point(at + spec.md.length)},
      map: [[0, at]]
    }
  })
  return {segments, text: markdown, file}
}

const link = (id: number, url: string, offset: number, close: number): Placeholder[] => [
  {id, type: 'open', node: 'link', markdown: '[', offset, data: {url, title: null}},
  {id, type: 'close', node: 'link', markdown: `](${url})`, offset: close}
]

describe('alignDocuments', () => {
  const ruMd = '# Итоги года\n\nВ 2023 году экспорт вырос на 12,5%. Фото: МИД\n\nМинистр посетил Торонто.\n'
  const enMd = '# Results of the Year\n\nIn 2024, exports grew by 12.5%.\n\nThe Minister visited Toronto.\n'
  const ru = doc(ruMd, [{md: 'Итоги года', kind: 'heading'}, {md: 'В 2023 году экспорт вырос на 12,5%.'}, {md: 'Фото: МИД'}, {md: 'Министр посетил Торонто.'}], 'ru.md')
  const en = doc(enMd, [{md: 'Results of the Year', kind: 'heading'}, {md: 'In 2024, exports grew by 12.5%.'}, {md: 'The Minister visited Toronto.'}], 'en.md')

  it('aligns by structure, keeps the credit line a deletion and places findings in the files', () => {
    const result = alignDocuments(ru, en)
    expect(result.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
      [[3], [2]]
    ])
    expect(result.findings).toEqual([])
    const numbers = result.beads[1]!.findings.filter((f) => f.ruleId === 'number-mismatch')
    // One changed year is one finding, in the translation, naming the source's year.
    expect(numbers.map((f) => [f.file, f.place?.start.line, f.place?.start.column, f.actual, f.expected, f.severity])).toEqual([['en.md', 3, 4, '2024', ['2023'], 'error']])
    expect(result.beads[1]!.verdict).toBe('error')
    expect(result.beads[2]!.findings.map((f) => [f.ruleId, f.severity, f.place?.start.line, f.place?.start.column])).toEqual([['unaligned-source', 'info', 3, 37]])
    expect(result.beads[2]!.verdict).toBe('ok')
    expect(result.verdicts).toEqual({ok: 3, warning: 0, error: 1})
    // The shape of @tolmach/formats' AlignedPair: segments per side.
    expect(result.beads[3]!.source.map((s) => s.text)).toEqual(['Министр посетил Торонто.'])
    expect(result.beads[3]!.sourceFile).toBe('ru.md')
  })

  it('leaves a page title only the original has one-sided and casts no doubt on the pair after it (PostgreSQL 15 press kit, align-real 03)', () => {
    const ruText = [
      '13 октября 2022 - Сегодня Глобальная группа разработки PostgreSQL объявляет о выходе PostgreSQL 15, последней версии самой развитой базы с открытым исходным кодом.',
      'В PostgreSQL 15 продолжена проводимая и в предыдущих выпусках оптимизация производительности, в частности оптимизирована сортировка.'
    ]
    const enText = [
      'PostgreSQL 15 Released!',
      'October 13, 2022 - The PostgreSQL Global Development Group today announced the release of PostgreSQL 15, the latest version of the world’s most advanced open source database.',
      'PostgreSQL 15 builds on the performance improvements of recent releases, including improved sorting.'
    ]
    const ru = doc(`${ruText[0]}\n\n${ruText[1]}\n`, ruText.map((md) => ({md})), 'ru.md')
    const en = doc(`# ${enText[0]}\n\n${enText[1]}\n\n${enText[2]}\n`, [{md: enText[0] as string, kind: 'heading'}, {md: enText[1] as string}, {md: enText[2] as string}], 'en.md')
    const result = alignDocuments(ru, en)
    expect(result.beads.map((b) => [b.src, b.tgt])).toEqual([
      [[], [0]],
      [[0], [1]],
      [[1], [2]]
    ])
    // The missing title casts no doubt on its neighbour (no near-omission), as a byline would not.
    expect(result.beads[1]!.findings.map((f) => f.ruleId)).not.toContain('near-omission')
    expect(result.beads[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['unaligned-target', 'warning']])
  })

  it('reports inline markup lost or added, and links that differ by URL', () => {
    const a = doc('Это *важно*: `npm ci` и [сайт](https://a.example/x).\n', [
      {
        md: 'Это *важно*: `npm ci` и [сайт](https://a.example/x).',
        text: 'Это {1}важно{/1}: {2/} и {3}сайт{/3}.',
        placeholders: [
          {id: 1, type: 'open', node: 'emphasis', markdown: '*', offset: 4},
          {id: 1, type: 'close', node: 'emphasis', markdown: '*', offset: 12},
          {id: 2, type: 'standalone', node: 'inlineCode', markdown: '`npm ci`', offset: 18},
          ...link(3, 'https://a.example/x', 25, 32)
        ]
      }
    ], 'ru.md')
    const b = doc('This is important: see [the site](https://b.example/y).\n', [
      {md: 'This is important: see [the site](https://b.example/y).', text: 'This is important: see {1}the site{/1}.', placeholders: link(1, 'https://b.example/y', 23, 35)}
    ], 'en.md')
    const [bead] = alignDocuments(a, b).beads
    const found = bead!.findings.map((f) => [f.ruleId, f.severity, f.file, f.actual])
    expect(found).toEqual(
      expect.arrayContaining([
        ['link-mismatch', 'error', 'ru.md', 'https://a.example/x'],
        ['link-mismatch', 'error', 'en.md', 'https://b.example/y'],
        ['placeholder-mismatch', 'warning', 'ru.md', '*'],
        ['placeholder-mismatch', 'error', 'ru.md', '`npm ci`']
      ])
    )
    const code = bead!.findings.find((f) => f.actual === '`npm ci`')
    expect(code?.place?.start.offset).toBe(18)
    expect(bead!.verdict).toBe('error')
  })

  it('finds nothing to say when markup and links match', () => {
    const a = doc('См. [сайт](https://a.example/x).\n', [{md: 'См. [сайт](https://a.example/x).', text: 'См. {1}сайт{/1}.', placeholders: link(1, 'https://a.example/x', 4, 12)}], 'ru.md')
    const b = doc('See [the site](https://a.example/x).\n', [{md: 'See [the site](https://a.example/x).', text: 'See {1}the site{/1}.', placeholders: link(1, 'https://a.example/x', 4, 16)}], 'en.md')
    const result = alignDocuments(a, b)
    expect(result.beads.map((x) => [x.verdict, x.findings.map((f) => f.ruleId)])).toEqual([['ok', []]])
  })

  it('does not check the markup of a deletion: unaligned says it all', () => {
    const a = doc('См. [сайт](https://a.example/x).\n', [{md: 'См. [сайт](https://a.example/x).', text: 'См. {1}сайт{/1}.', placeholders: link(1, 'https://a.example/x', 4, 12)}], 'ru.md')
    const result = alignDocuments(a, {segments: [], text: '', file: 'en.md'})
    expect(result.beads.map((b) => b.findings.map((f) => f.ruleId))).toEqual([['unaligned-source']])
  })

  it('turns an empty side into deletions and a warning, without crashing', () => {
    const result = alignDocuments(ru, {segments: [], text: '', file: 'en.md'})
    expect(result.beads.every((b) => b.tgt.length === 0 && b.src.length === 1)).toBe(true)
    expect(result.beads).toHaveLength(4)
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([['length-mismatch', 'warning', 'en.md']])
    expect(result.beads.filter((b) => b.verdict === 'warning')).toHaveLength(3)
  })

  it('warns when one side is far longer than the other', () => {
    const long = doc(enMd.repeat(12), Array.from({length: 12}, () => [{md: 'Results of the Year', kind: 'heading' as const}, {md: 'In 2024, exports grew by 12.5%.'}, {md: 'The Minister visited Toronto.'}]).flat(), 'en.md')
    const result = alignDocuments(ru, long)
    expect(result.findings.map((f) => f.ruleId)).toEqual(['length-mismatch'])
    expect(result.beads.flatMap((b) => b.tgt)).toEqual(Array.from({length: 36}, (_, k) => k))
  })

  it('says two Russian documents are a language mismatch', () => {
    const result = alignDocuments(ru, ru)
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([['language-mismatch', 'error', 'ru.md']])
  })

  it('runs extra bead checks and places their findings', () => {
    const result = alignDocuments(ru, en, {
      checks: [
        (_src, _tgt, bead) =>
          bead.src.includes(3) ? [{ruleId: 'term-missing', severity: 'warning', message: 'Торонто', source: 'test', side: 'source', sentence: 3, start: 16, end: 23}] : []
      ]
    })
    const bead = result.beads[3]!
    expect(bead.findings.map((f) => [f.ruleId, f.place?.start.line, f.place?.start.column, f.place?.end.column])).toEqual([['term-missing', 5, 17, 24]])
    expect(bead.verdict).toBe('warning')
  })

  it('aligns English → Russian as the mirror of Russian → English, findings in the right files', () => {
    const forward = alignDocuments(ru, en)
    const backward = alignDocuments(en, ru, {sourceLang: 'en'})
    expect(backward.sourceLang).toBe('en')
    expect(backward.targetLang).toBe('ru')
    expect(backward.beads.map((b) => [b.tgt, b.src, b.score])).toEqual(forward.beads.map((b) => [b.src, b.tgt, b.score]))
    expect(backward.ratio).toBeCloseTo(1 / forward.ratio, 12)
    expect(backward.findings).toEqual([])
    expect(backward.beads[1]!.sourceFile).toBe('en.md')
    const numbers = backward.beads[1]!.findings.filter((f) => f.ruleId === 'number-mismatch')
    // English source: the translation is ru.md, and the finding is there.
    expect(numbers.map((f) => [f.file, f.place?.start.line, f.place?.start.column, f.actual, f.expected])).toEqual([['ru.md', 3, 3, '2023', ['2024']]])
    // The credit line is now an unaligned target, still recognised as Russian boilerplate.
    expect(backward.beads[2]!.findings.map((f) => [f.ruleId, f.severity, f.file])).toEqual([['unaligned-target', 'info', 'ru.md']])
    expect(backward.verdicts).toEqual(forward.verdicts)
  })

  it('takes the direction from the inputs\' own lang when no option says it', () => {
    const backward = alignDocuments({...en, lang: 'en'}, {...ru, lang: 'ru'})
    expect(backward.sourceLang).toBe('en')
    expect(backward.findings).toEqual([])
  })

  it('says an English source read as Russian is a language mismatch, on both sides', () => {
    const result = alignDocuments(en, ru)
    expect(result.findings.map((f) => [f.ruleId, f.file, f.actual])).toEqual([
      ['language-mismatch', 'en.md', 'en'],
      ['language-mismatch', 'ru.md', 'ru']
    ])
  })

  it('calls a Russian target left in English untranslated', () => {
    const a = doc('The Minister visited Toronto.\n', [{md: 'The Minister visited Toronto.'}], 'en.md')
    const b = doc('The Minister visited Toronto today.\n', [{md: 'The Minister visited Toronto today.'}], 'ru.md')
    const [bead] = alignDocuments(a, b, {sourceLang: 'en', targetLang: 'ru'}).beads
    expect(bead!.findings.filter((f) => f.ruleId === 'untranslated').map((f) => [f.file, f.message])).toEqual([['ru.md', 'target sentence is in English']])
  })

  it('throws a TypeError on misuse', () => {
    expect(() => alignDocuments('text' as never, en)).toThrow(TypeError)
    expect(() => alignDocuments(ru, [{text: 1}] as never)).toThrow(/segments/)
    expect(() => alignDocuments(ru, en, {checks: [1 as never]})).toThrow(/checks/)
    expect(() => alignDocuments(ru, en, {sourceLang: 'en', targetLang: 'en'})).toThrow(/differ/)
    expect(() => alignDocuments(ru, en, {sourceLang: 'de' as never})).toThrow(TypeError)
  })
})

describe('document structure', () => {
  it('tells paragraphs and list items apart by what lies between segments', () => {
    const md = 'Один. Два.\n\n- Три. Четыре.\n- Пять.\n\n| Шесть | Семь |\n'
    const d = doc(md, [{md: 'Один.'}, {md: 'Два.'}, {md: 'Три.', kind: 'listItem'}, {md: 'Четыре.', kind: 'listItem'}, {md: 'Пять.', kind: 'listItem'}, {md: 'Шесть', kind: 'tableCell'}, {md: 'Семь', kind: 'tableCell'}], 'x.md')
    expect(blockIndexes(d.segments, md)).toEqual([0, 0, 1, 1, 2, 3, 4])
    // Without the text, lines decide.
    expect(blockIndexes(d.segments)).toEqual([0, 0, 1, 1, 2, 3, 3])
  })

  it('tells front matter values apart by the key or item between them', () => {
    const md = '---\ntitle: Один\ndescription: Два. Три\n  четыре.\ntags: [Пять, Шесть]\n---\n'
    const d = doc(md, ['Один', 'Два.', 'Три\n  четыре.', 'Пять', 'Шесть'].map((s) => ({md: s, kind: 'frontMatter' as const})), 'x.md')
    expect(blockIndexes(d.segments, md)).toEqual([0, 1, 1, 2, 3])
  })

  it('pairs headings only when both sides have as many', () => {
    const a = doc('# А\n\nБ.\n\n# В\n', [{md: 'А', kind: 'heading'}, {md: 'Б.'}, {md: 'В', kind: 'heading'}], 'a.md')
    const b = doc('# A\n\nB. C.\n\n# D\n', [{md: 'A', kind: 'heading'}, {md: 'B.'}, {md: 'C.'}, {md: 'D', kind: 'heading'}], 'b.md')
    const ba = blockIndexes(a.segments, a.text)
    const bb = blockIndexes(b.segments, b.text)
    expect(headingBoundaries(a.segments, b.segments, ba, bb)).toEqual([[0, 0], [1, 1], [2, 3], [3, 4]])
    expect(headingBoundaries(a.segments, b.segments.slice(0, 3), ba, bb.slice(0, 3))).toEqual([])
  })
})
