import {readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {expect, test} from 'vitest'
import {parseMarkdown} from './markdown-parse.js'

// parseMarkdown loads only the GFM constructs a document can contain; the
// tree must be exactly what the full remark-gfm + remark-frontmatter give.
const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))

test('same tree as remark-gfm on every fixture', () => {
  const names = readdirSync(fixtures).filter((name) => name.endsWith('.md'))
  expect(names.length).toBeGreaterThan(10)
  for (const name of names) {
    const markdown = readFileSync(fixtures + name, 'utf8')
    expect(parseMarkdown(markdown), name).toEqual(full.parse(markdown))
  }
})

test('same tree as remark-gfm on generated Markdown', () => {
  const piece = fc.constantFrom(
    'word', 'Слово', ' ', '\n', '\n\n', '*', '_', '~', '~~', '|', '-', '[', ']', '(', ')', '^', '!', '@', '.', ':', '/',
    'www.', 'WWW.', 'https://', 'http://', 'a@b.co', 'a@b', '@b.c', 'x@-.a', '&#64;', '&commat;', '&period;', '&#x2F;', 'ww', 'mailto:', 'xmpp:', 'x.org', '_', 'h', 'w', ':-', '-:', '  ', '\t', '\r\n', '[^1]', '[^1]: ', '[ ]', '[x]', '- ', '1. ', '> ', '| a | b |\n| - | - |\n', '---\n', '+++\n', '`', '<', '>', '\\', '&amp;'
  )
  fc.assert(
    fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
      const markdown = pieces.join('')
      expect(parseMarkdown(markdown)).toEqual(full.parse(markdown))
    }),
    {numRuns: 1500}
  )
}, 120_000)

// The autolink literal constructs are tried only where one can start (a run
// of atext before a literal `@`, a literal `http:`, `https:` or `www.`):
// dense addresses and URLs, escapes and markup around them must still give
// remark-gfm's tree.
test('same tree as remark-gfm around e-mail addresses and URLs', () => {
  const piece = fc.constantFrom(
    'a', 'Z', '9', '+', '-', '.', '_', '@', 'b.co', 'a@b.co', 'B@C.DE', 'a.b@c-d.ef', 'x@y.z_', 'x@y.-z', '@@', ' ', '\n', '> ', '- ',
    '*', '**', '~~', '[', '](u)', '`', '\\', '\\_', '\\@', '&#64;', '&amp;', 'mailto:', 'xmpp:', '/', 'www.a.b', 'http://a.b', 'Почта', '|',
    'h', 'w', 'W', 'http:', 'HTTPS://X.Y', 'hhttp://a.b', 'wwww.a.b', 'www.', '://', '&period;', '(', ')'
  )
  fc.assert(
    fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
      const markdown = pieces.join('')
      expect(parseMarkdown(markdown)).toEqual(full.parse(markdown))
    }),
    {numRuns: 1500}
  )
}, 120_000)
