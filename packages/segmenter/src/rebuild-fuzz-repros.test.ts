import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, test} from 'vitest'
import {readingOf, unstableBlocks} from './rebuild-read-back.js'
import {segmentMarkdownBlocks} from './segment-markdown.js'
import {canonical, copySourceRoundTrip, shape, shapeWithoutReferenceTypes, translatedRoundTrip, translatedShape, upper} from './fixtures/rebuild/law.js'

const dir = fileURLToPath(new URL('./fixtures/round-trip/', import.meta.url))
const names = readdirSync(dir).filter((name) => name.endsWith('.md'))

// Documents the fuzz campaign changed in the round trip: a literal `{2/}` replaced
// by an autolink, a line-start `>` doubled, a dotless URL after `\[` turned into a link.
describe('round-trip repros from the fuzz campaign', () => {
  test('all six are here', () => expect(names.length).toBe(6))
  for (const name of names) {
    const markdown = readFileSync(dir + name, 'utf8')
    test(`${name}: copy keeps the mdast`, () => {
      const result = copySourceRoundTrip(markdown, 'ru')
      expect(result.findings).toEqual([])
      expect(shape(result.markdown)).toEqual(shape(markdown))
    })
    test(`${name}: a pseudo-translation changes the text and nothing else`, () => {
      const result = translatedRoundTrip(markdown, 'ru', upper)
      expect(result.findings).toEqual([])
      expect(shapeWithoutReferenceTypes(result.markdown)).toEqual(translatedShape(markdown, upper))
    })
  }

  test('a literal token stays text next to the autolink', () => {
    const markdown = readFileSync(`${dir}rt-literal-token.md`, 'utf8')
    expect(copySourceRoundTrip(markdown, 'ru').markdown).toBe(markdown)
  })
})

// Found by the extended generator and the round-trip fuzz target after the six above were fixed:
// markers around autolinks the mdast transform made, a literal token inside an address,
// an escaped `[` or a changed character right before or after a bare address.
const found = [
  '> ~~министр [a@b.co министр~~ …',
  '- министр.\n  - **министр [www.x министр**.',
  '1. министр.\n   - www.akorda.kz министр.',
  'http://e{2/}\\',
  '[www.]‹министр',
  'www._',
  'www.>*',
  '[www.{2/}',
  '\\http://e_',
  '!a@b.coминистр',
  'https://mfa.kz&amp;',
  'www.akorda.kz&amp;министр*',
  '[www.][www.]министр',
  '- [http://e. [www.]http://e. министр.',
  // Where micromark and the transform after an open `[` end or read an address differently (issue 9, round-trip target).
  'https://mfa.kzU.S.&amp; министр',
  '[http://localhost:8080/api. www.akorda.kz**',
  'www.akorda.kzг.&amp;]',
  '[  \nwww.akorda.kza@b.coминистр',
  '[{/1}https://mfa.kz][http://localhost:8080/apiминистр',
  '[www.]!Dr.',
  '[www.]!Dr.министр',
  'министр~~http://ea@b.co~~\n---\n|\n>министр',
  '[http://localhost:8080/api&amp;www.akorda.kzминистрhttps://mfa.kzминистр',
  '[www.]!Dr._',
  ']www.akorda.kzDr.2024[www.]',
  '~~a@b.co~~https://mfa.kzминистр',
  '<\\{1}a@b.co>министр',
  '~~т.е.www.akorda.kz~~www.akorda.kzминистр',
  '[министр? \\www.akorda.kzминистрhttps://mfa.kzминистр',
  '\\>министр\n---\n|\n>министр',
  // Emphasis between two bare addresses, one written as `[text](url)`: the other is written so too, or the marker cannot open.
  'a@b.co*https://mfa.kz[www.]*',
  'a@b.co*www.akorda.kz****. министр',
  '[~~https://mfa.kz~~www.akorda.kzминистр',
  // An e-mail address micromark cannot start (after `/`) holds `.http:` where it would start a web address.
  '[http://localhost:8080/apia@b.coDr.http://eминистр',
  // An address cut at a sentence boundary that micromark read after an escaped `[`: the `[` stays escaped.
  '\\[www.]!ООН<министр',
  // Nor does a `<` after it that nothing can close (`\<` would join the address).
  '\\[www.]!ООН<|министр',
  '\\[www.]!ООН<talksминистр',
  // An empty link keeps its whole `](url)`.
  '[]()министр',
  'a [](x "t") b',
  // A heading whose text the autolink transform split: the text is placed after the `#`s, not on them.
  '# #[www.]министр',
  // Read back and written more explicitly: a line-start `<?` opens an HTML block with no `>` after it;
  // an explicit link next to a nested emphasis makes `**` a run CommonMark's rule of three will not pair.
  '<\\? министр',
  '**`*https://mfa.kz]**',
  // An address cut at a sentence boundary, written explicitly across its two segments: `._` after it stays out of it.
  '**www.akorda.kzDr.Dr._'
]

describe('round-trip counterexamples of the extended generator', () => {
  for (const markdown of found) {
    test(`${JSON.stringify(markdown)}: copy and pseudo-translation keep the mdast`, () => {
      const copy = copySourceRoundTrip(markdown, 'ru')
      expect(copy.findings).toEqual([])
      expect(shape(copy.markdown)).toEqual(shape(markdown))
      const result = translatedRoundTrip(markdown, 'ru', upper)
      expect(result.findings).toEqual([])
      expect(shapeWithoutReferenceTypes(result.markdown)).toEqual(translatedShape(markdown, upper))
    })
  }
})

// Found by the generator's markers next to letters: the canonical form writes a letter before `**__` as a
// character reference so the markers open; copied, the letter must not undo that.
describe('canonical bytes counterexamples', () => {
  for (const markdown of ['1. министр****министр****.\n', 'министр*~~*министр*~~*.\n', '- ~~министр **министр [http://e министр** министр~~ HTTP://E…\n']) {
    test(`${JSON.stringify(markdown)}: copying its canonical form gives the same bytes`, () => {
      const normal = canonical(markdown)
      expect(copySourceRoundTrip(normal, 'ru').markdown).toBe(normal)
    })
  }
})

// The rebuild reads each block it wrote back through the segmenter; a block that reads otherwise is rewritten.
describe('reading a rebuilt block back', () => {
  const checksOf = (markdown: string) => {
    const {segments} = segmentMarkdownBlocks(markdown, {lang: 'ru'})
    return segments.map((s) => ({segments: [s], start: s.position.start.offset, end: s.position.end.offset, expected: readingOf(s.text, s.placeholders)}))
  }
  test('a block that reads as written is stable; one whose markers pair otherwise is not', () => {
    const source = 'Министр *посетил* [МИД](https://mfa.kz) сегодня.'
    const checks = checksOf(source)
    expect(unstableBlocks(source, checks, 'ru', [])).toEqual([])
    // The same bytes with the emphasis markers lost: the text is the same, the markup is not.
    const broken = source.replace(/\*/g, '\\*')
    expect(unstableBlocks(broken, checks, 'ru', []).length).toBe(1)
  })
  test('a line that became an HTML block is unstable', () => {
    const checks = checksOf('\\<? министр')
    expect(unstableBlocks('<? министр', checks, 'ru', []).length).toBe(1)
  })
  test('the reading ignores where sentences end and how a link is written', () => {
    expect(readingOf('{1}www.kz{/1} — сайт. Второе.', [
      {id: 1, type: 'open', node: 'link', markdown: '', offset: 0},
      {id: 1, type: 'close', node: 'link', markdown: '', offset: 9}
    ])).toBe(readingOf('{1}www.kz{/1} — сайт.Второе.', [
      {id: 1, type: 'open', node: 'link', markdown: '[', offset: 0},
      {id: 1, type: 'close', node: 'link', markdown: '](http://www.kz)', offset: 9}
    ]))
  })
})
