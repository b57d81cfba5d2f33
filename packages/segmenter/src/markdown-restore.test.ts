import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import type {Placeholder} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {parseMarkdown} from './markdown-parse.js'
import {restoreMarkdown} from './markdown-restore.js'
import {segmentMarkdown} from './segment-markdown.js'

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))

describe('restoreMarkdown on canonical sources', () => {
  // Sources already in remark-stringify's canonical form: restoring every
  // segment of a block and joining with the whitespace between them gives the
  // block's inline source back, byte for byte.
  for (const [name, lang] of [
    ['canonical.md', 'en'],
    ['emphasis-across-sentences.md', 'en'],
    ['release-ru.md', 'ru']
  ] as const) {
    test(name, () => {
      const markdown = readFileSync(fixtures + name, 'utf8')
      const segments = segmentMarkdown(markdown, {lang}).filter((s) => s.kind === 'paragraph' || s.kind === 'heading')
      let blocks = 0
      for (const block of parseMarkdown(markdown).children) {
        if (block.type !== 'paragraph' && block.type !== 'heading') continue
        const first = block.children[0]!.position!.start.offset!
        const last = block.children.at(-1)!.position!.end.offset!
        const own = segments.filter((s) => s.position.start.offset >= first && s.position.end.offset <= last)
        if (own.length === 0) continue
        blocks++
        let restored = markdown.slice(first, own[0]!.position.start.offset)
        own.forEach((segment, k) => {
          if (k > 0) restored += markdown.slice(own[k - 1]!.position.end.offset, segment.position.start.offset)
          restored += restoreMarkdown(segment.text, segment.placeholders, {lineStart: k === 0})
        })
        restored += markdown.slice(own.at(-1)!.position.end.offset, last)
        expect(restored).toBe(markdown.slice(first, last))
      }
      expect(blocks).toBeGreaterThanOrEqual(3)
    })
  }
})

describe('restoreMarkdown escaping', () => {
  const link: Placeholder[] = [
    {id: 1, type: 'open', node: 'link', markdown: '[', offset: 0, data: {url: 'u', title: null}},
    {id: 1, type: 'close', node: 'link', markdown: '](u)', offset: 0}
  ]
  test('translated text that looks like markup reads back as text', () => {
    const restored = restoreMarkdown('a *b* _c_ `d` [e] ~f~ <g> &amp; \\* x', [])
    expect(restored).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e] \\~f\\~ \\<g> \\&amp; \\\\\\* x')
    const [paragraph] = parseMarkdown(restored).children
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual([
      expect.objectContaining({type: 'text', value: 'a *b* _c_ `d` [e] ~f~ <g> &amp; \\* x'})
    ])
  })
  test('] is escaped inside link text, ! before a link, | in table cells', () => {
    expect(restoreMarkdown('{1}a]b{/1}', link)).toBe('[a\\]b](u)')
    expect(restoreMarkdown('Wow!{1}x{/1}', link)).toBe('Wow\\![x](u)')
    expect(restoreMarkdown('a|b', [], {tableCell: true})).toBe('a\\|b')
    expect(restoreMarkdown('a|b', [])).toBe('a|b')
  })
  test('line-start constructs are escaped after a line ending or at a block start', () => {
    expect(restoreMarkdown('# not\n> quote\n- item\n1. one', [], {lineStart: true})).toBe('\\# not\n\\> quote\n\\- item\n1\\. one')
    expect(restoreMarkdown('# not', [])).toBe('# not')
  })
  test('split placeholders write nothing; unknown tokens stay text', () => {
    const split: Placeholder[] = [
      {id: 1, type: 'open', node: 'strong', markdown: '**', offset: 0},
      {id: 1, type: 'close', node: 'strong', markdown: '**', offset: 7, split: true}
    ]
    expect(restoreMarkdown('{1}Bold a.{/1} {2}', split)).toBe('**Bold a. {2}')
  })
  test('misuse throws TypeError', () => {
    expect(() => restoreMarkdown(1 as unknown as string, [])).toThrow(TypeError)
  })
})
