import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Segment} from '@tolmach/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {checkSegments} from './fixtures/check-segments.js'
import {segmentMarkdown} from './segment-markdown.js'

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))
const names = readdirSync(fixtures).filter((name) => name.endsWith('.md'))
const read = (name: string) => readFileSync(fixtures + name, 'utf8')
const langOf = (name: string) => (name.endsWith('-ru.md') ? 'ru' : 'en')

/** Pretty JSON with each offset-map anchor on one line, so fixture diffs stay readable. */
function serialize(segments: Segment[]): string {
  return `${JSON.stringify(segments, null, 2).replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')}\n`
}

describe('fixtures', () => {
  test('there is a fixture suite', () => expect(names.length).toBeGreaterThanOrEqual(15))
  for (const name of names) {
    test(name, () => {
      const markdown = read(name)
      const segments = segmentMarkdown(markdown, {lang: langOf(name), file: name})
      checkSegments(markdown, segments)
      const expected = fixtures + name.replace(/\.md$/, '.json')
      if (process.env.UPDATE) writeFileSync(expected, serialize(segments))
      expect(serialize(segments)).toBe(readFileSync(expected, 'utf8'))
    })
  }
  test('the same laws hold with CRLF line endings and tab indentation', () => {
    for (const name of names) {
      const markdown = read(name).replace(/\n/g, '\r\n').replace(/^( {4})+/gm, (m) => '\t'.repeat(m.length / 4))
      const segments = segmentMarkdown(markdown, {lang: langOf(name)})
      checkSegments(markdown, segments)
      expect(segments.length).toBe(segmentMarkdown(read(name), {lang: langOf(name)}).length)
    }
  })
})

describe('segmentMarkdown', () => {
  const texts = (markdown: string, lang: 'en' | 'ru' = 'en') => segmentMarkdown(markdown, {lang}).map((s) => `${s.kind}: ${s.text}`)

  test('a link in mid-sentence and bold across words stay one segment', () => {
    expect(texts('See [the site](https://x.org) for **more details** today. Next one.')).toEqual([
      'paragraph: See {1}the site{/1} for {2}more details{/2} today.',
      'paragraph: Next one.'
    ])
  })

  test('markup across a sentence boundary is closed and reopened as split placeholders', () => {
    const [first, second] = segmentMarkdown('*One here. Two* there.', {lang: 'en'})
    expect(first!.text).toBe('{1}One here.{/1}')
    expect(second!.text).toBe('{1}Two{/1} there.')
    expect(first!.placeholders.map((p) => [p.type, p.markdown, p.split ?? false])).toEqual([
      ['open', '*', false],
      ['close', '*', true]
    ])
    expect(second!.placeholders.map((p) => [p.type, p.split ?? false])).toEqual([
      ['open', true],
      ['close', false]
    ])
  })

  test('markup between sentences: closes and breaks go before, opens after', () => {
    expect(texts('**Bold one.** *Next one.*')).toEqual(['paragraph: {1}Bold one.{/1}', 'paragraph: {1}Next one.{/1}'])
    expect(texts('Line one.  \nLine two.')).toEqual(['paragraph: Line one.{1/}', 'paragraph: Line two.'])
  })

  test('placeholder numbers skip numbers the text shows in braces', () => {
    const [segment] = segmentMarkdown('Use {1} and {/2} with *care*.', {lang: 'en'})
    expect(segment!.text).toBe('Use {1} and {/2} with {3}care{/3}.')
  })

  test('e-mail autolinks (made by a transform, without positions) are mapped too', () => {
    const markdown = '> Write to a@b.co or [c@d.org today.'
    const segments = segmentMarkdown(markdown, {lang: 'en'})
    expect(segments.map((s) => s.text)).toEqual(['Write to {1}a@b.co{/1} or [{2}c@d.org{/2} today.'])
    checkSegments(markdown, segments)
    // Found by the soup property: a position-less first node starts at its block.
    const second = 'word\n[r]: /u "T"  \n\n[r]: /u "T"www.e.org a@b.co'
    checkSegments(second, segmentMarkdown(second, {lang: 'en'}))
  })

  test('kinds follow the nearest container', () => {
    const kinds = segmentMarkdown('- item\n\n  > quoted in item\n\n> - item in quote\n\n[^a]: note\n\nx[^a]', {lang: 'en'})
    expect(kinds.map((s) => `${s.kind}: ${s.text}`)).toEqual([
      'listItem: item',
      'blockquote: quoted in item',
      'listItem: item in quote',
      'paragraph: note',
      'paragraph: x{1/}'
    ])
  })

  test('letterless blocks, code, HTML and front matter keys not listed are not segmented; table cells of figures are', () => {
    const markdown = '---\na: b\n---\n\n2024\n\n| 1 | 2 |\n|---|---|\n| a | 3 |\n\n---\n\n```\ncode. Here.\n```\n\n<p>html</p>\n'
    expect(texts(markdown)).toEqual(['tableCell: 1', 'tableCell: 2', 'tableCell: a', 'tableCell: 3'])
  })

  test('numeric and short cells are units so decimal commas and units can be localised; code or markup cells are not', () => {
    const markdown = '| Год | Доля | Код |\n|---|---|---|\n| 2023 г. | 12,5 | `x1` |\n| 2024 | **36,2** % | — |\n'
    expect(texts(markdown)).toEqual(['tableCell: Год', 'tableCell: Доля', 'tableCell: Код', 'tableCell: 2023 г.', 'tableCell: 12,5', 'tableCell: 2024', 'tableCell: {1}36,2{/1} %'])
    checkSegments(markdown, segmentMarkdown(markdown, {lang: 'ru'}))
  })

  test('image alt text and link titles are segments of their own', () => {
    expect(texts('![A map. Of Asia](m.png "Map title") and [x](u \'Link title\').')).toEqual([
      'paragraph: {1/} and {2}x{/2}.',
      'imageAlt: A map. Of Asia',
      'linkTitle: Map title',
      'linkTitle: Link title'
    ])
  })

  test('positions carry file, lines and columns', () => {
    const [segment] = segmentMarkdown('\n\n  Hi there.', {lang: 'en', file: 'a.md'})
    expect(segment!.file).toBe('a.md')
    expect(segment!.position).toEqual({start: {line: 3, column: 3, offset: 4}, end: {line: 3, column: 12, offset: 13}})
  })

  test('a byte order mark is skipped and offsets still point into the input', () => {
    const markdown = '\ufeff---\ntitle: x\n---\n\n# Title here\n\nText. More text.\n'
    const segments = segmentMarkdown(markdown, {lang: 'en'})
    expect(segments.map((s) => markdown.slice(s.position.start.offset, s.position.end.offset))).toEqual(['x', 'Title here', 'Text.', 'More text.'])
    // The front matter title counts from the same place as the body.
    expect(segments[0]!.position.start).toEqual({line: 2, column: 8, offset: 12})
    expect(segments[1]!.position.start).toEqual({line: 5, column: 3, offset: 21})
    checkSegments(markdown, segments)
  })

  test('empty and whitespace-only documents give no segments', () => {
    expect(segmentMarkdown('', {lang: 'ru'})).toEqual([])
    expect(segmentMarkdown(' \n\n\t', {lang: 'ru'})).toEqual([])
  })

  test('misuse throws TypeError naming the option', () => {
    expect(() => segmentMarkdown(42 as unknown as string, {lang: 'en'})).toThrow(TypeError)
    expect(() => segmentMarkdown('x', {lang: 'de' as 'en'})).toThrow(/options\.lang/)
    expect(() => segmentMarkdown('x', {lang: 'en', file: 1 as unknown as string})).toThrow(/options\.file/)
  })
})

describe('stable ids', () => {
  const release = read('release-ru.md')
  const ids = (markdown: string) => new Map(segmentMarkdown(markdown, {lang: 'ru'}).map((s) => [s.text, s.id]))

  test('same document, same ids', () => {
    expect([...ids(release)]).toEqual([...ids(release)])
  })

  test('editing one paragraph or inserting one leaves the other ids alone', () => {
    const before = ids(release)
    const edited = release.replace('вырос на 12,5%', 'вырос на 13%').replace('# Казахстан', 'Новый абзац в начале.\n\n# Казахстан')
    const after = ids(edited)
    let unchanged = 0
    for (const [text, id] of before) {
      if (text.includes('12,5%')) expect(after.get(text)).toBeUndefined()
      else {
        expect(after.get(text), text).toBe(id)
        unchanged++
      }
    }
    expect(unchanged).toBeGreaterThan(10)
  })

  test('repeated text gets an occurrence suffix', () => {
    const segments = segmentMarkdown('Same. Same.\n\nSame.', {lang: 'en'})
    const [a, b, c] = segments.map((s) => s.id)
    expect(b).toBe(`${a}-2`)
    expect(c).toBe(`${a}-3`)
  })
})

describe('property: generated Markdown keeps every law', () => {
  const word = fc.constantFrom('alpha', 'Beta', 'гамма', 'Дельта', 'x1', '12,5%', 'U.S.', 'т.е.', 'a&amp;b', 'c\\*d', '©')
  const end = fc.constantFrom('', '.', '!', '?', '.»', '...')
  const sentence = fc.tuple(fc.array(word, {minLength: 1, maxLength: 5}), end).map(([w, e]) => w.join(' ') + e)
  const inline: fc.Arbitrary<string> = fc.oneof(
    sentence,
    sentence.map((s) => `*${s}*`),
    sentence.map((s) => `**${s}**`),
    sentence.map((s) => `~~${s}~~`),
    fc.tuple(sentence, fc.constantFrom('', ' "T t"')).map(([s, t]) => `[${s}](https://e.org/p${t})`),
    fc.constantFrom('`co de`', '<b>', '![alt text](i.png)', '  \n', '\\\n', '[^1]', 'https://e.org/x', '<a@b.cd>')
  )
  const paragraph = fc.array(inline, {minLength: 1, maxLength: 6}).map((parts) => parts.join(' ').trim())
  const block = fc.oneof(
    paragraph,
    paragraph.map((p) => `# ${p.replace(/\n/g, ' ')}`),
    paragraph.map((p) => `- ${p.replace(/\n/g, '\n  ')}`),
    paragraph.map((p) => `> ${p.replace(/\n/g, '\n> ')}`),
    paragraph.map((p) => `| h |\n| - |\n| ${p.replace(/\n/g, ' ').replace(/\|/g, '\\|')} |`)
  )
  test('maps, plain text and placeholders', () => {
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 4}), (blocks) => {
        const markdown = `${blocks.join('\n\n')}\n\n[^1]: Note.\n`
        checkSegments(markdown, segmentMarkdown(markdown, {lang: 'en'}))
      }),
      {numRuns: 250}
    )
  }, 120_000)

  test('any soup of Markdown characters', () => {
    const piece = fc.constantFrom(
      'word', 'Слово', 'т.е.', ' ', '\n', '\n\n', '  \n', '*', '**', '_', '~~', '|', '-', '[', ']', '(', ')', '![', '](u)', '](u "t")',
      '. ', '! ', '? ', '…', '«', '»', '@', 'www.e.org', 'https://e.org', 'a@b.co', '[^1]', '\n[^1]: ', '[r]', '\n[r]: /u "T"',
      '- ', '1. ', '> ', '# ', '\n| a | b |\n| - | - |\n', '`', '<b>', '</b>', '<!-- c -->', '\\', '&amp;', '&#x41;', '&nbsp;', '\t', '\r\n', '\ufffc', '{1}'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 50}), fc.constantFrom('en', 'ru'), (pieces, lang) => {
        const markdown = pieces.join('')
        checkSegments(markdown, segmentMarkdown(markdown, {lang}))
      }),
      {numRuns: 1000}
    )
  }, 300_000)
})

test('a backslash an autolink literal holds maps to itself; an escaped backslash still maps to its escape (property counterexamples)', () => {
  for (const markdown of ['www.e.org\\\\> ', 'x www.e.org\\\\> word', 'а\\\\', 'а\\\\ б']) {
    for (const lang of ['en', 'ru'] as const) checkSegments(markdown, segmentMarkdown(markdown, {lang}))
  }
})

test('the law checker itself rejects a wrong map', () => {
  const markdown = 'Hello *world*.'
  const segment: Segment = {
    id: 'x',
    index: 0,
    kind: 'paragraph',
    lang: 'en',
    text: 'Hello {1}world{/1}.',
    placeholders: [
      {id: 1, type: 'open', node: 'emphasis', markdown: '*', offset: 6},
      {id: 1, type: 'close', node: 'emphasis', markdown: '*', offset: 14}
    ],
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 15, offset: 14}},
    map: [[0, 0], [6, 6], [9, 7], [14, 12], [18, 13], [19, 14]]
  }
  expect(() => checkSegments(markdown, [segment])).not.toThrow()
  segment.map = [[0, 0], [19, 14]]
  expect(() => checkSegments(markdown, [segment])).toThrow()
})
