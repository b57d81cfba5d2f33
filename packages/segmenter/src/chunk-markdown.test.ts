import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {segmentMarkdown} from './segment-markdown.js'
import {chunkMarkdown} from './chunk-markdown.js'
import {segmentDocument} from './segment-document.js'

// A real release from the bundled corpus (the first by name); the test fails if the corpus is missing.
const corpus = new URL('../../../corpus/ru/', import.meta.url)
const release = readFileSync(new URL(readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()[0]!, corpus), 'utf8')

function own(text: string, size: number): string[] {
  return chunkMarkdown(text, size).map((chunk) => chunk.text.slice(0, chunk.length))
}

describe('chunkMarkdown', () => {
  it('keeps a small document whole', () => {
    expect(chunkMarkdown(release, 1 << 20)).toEqual([{text: release, length: release.length, offset: 0, line: 1}])
  })

  it('cuts a long document into pieces that join back exactly, at blank lines', () => {
    const doc = Array.from({length: 20}, () => release).join('\n')
    const chunks = chunkMarkdown(doc, 2000)
    expect(chunks.length).toBeGreaterThan(5)
    expect(own(doc, 2000).join('')).toBe(doc)
    for (const chunk of chunks.slice(1)) {
      expect(doc.slice(chunk.offset - 2, chunk.offset)).toMatch(/\n\s*\n$|\n\n$/)
      expect(doc.slice(0, chunk.offset).split('\n').length).toBe(chunk.line)
    }
  })

  it('never cuts inside fenced code, HTML blocks or front matter', () => {
    const code = '```\nx = 1\n\nprint(x)\n\ny\n```\n\n'
    const html = '<pre>\na\n\nb\n</pre>\n\n'
    const doc = `---\ntitle: a\n\nb: c\n---\n\n${'Абзац текста. Ещё одно предложение.\n\n'.repeat(3)}${code}${html}`.repeat(30)
    for (const chunk of chunkMarkdown(doc, 50).slice(1)) {
      const before = doc.slice(0, chunk.offset)
      expect((before.match(/```/g) ?? []).length % 2).toBe(0)
      expect((before.match(/<pre>/g) ?? []).length).toBe((before.match(/<\/pre>/g) ?? []).length)
      expect(chunk.offset).toBeGreaterThan(doc.indexOf('---\n\n'))
    }
  })

  it('never cuts before an indented continuation', () => {
    const doc = '- пункт один\n\n  продолжение пункта\n\n'.repeat(50)
    for (const chunk of chunkMarkdown(doc, 10).slice(1)) expect(doc[chunk.offset]).toBe('-')
  })

  it('lends reference definitions to the pieces that use them', () => {
    const doc = `${'Смотрите [сайт][мид].\n\n'.repeat(20)}[мид]: https://mfa.example "МИД"\n`
    const chunks = chunkMarkdown(doc, 40)
    expect(chunks[0]!.text).toContain('[мид]: https://mfa.example')
    expect(chunks[0]!.text.slice(0, chunks[0]!.length)).not.toContain('https://')
  })

  it('joins back exactly for any text', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', ' ', '\n', '`', '~', '-', '<pre>', '[x]: y', '\r\n')}), (text) => {
        expect(own(text, 3).join('')).toBe(text)
      })
    )
  })
})

describe('segmentDocument in pieces', () => {
  it('gives the same segments and ids as the whole document', () => {
    const copy = `${release}\nСм. [сайт МИД][мид] и сноску[^1].\n`
    const doc = `${Array.from({length: 6}, () => copy).join('\n')}\n[мид]: https://mfa.example "МИД"\n\n[^1]: Сноска.\n`
    const whole = [...segmentDocument(doc, {lang: 'ru', file: 'a.md', chunkSize: 1 << 24})].flat()
    // Two copies a piece: repeats within a piece as well as across pieces.
    const pieces = [...segmentDocument(doc, {lang: 'ru', file: 'a.md', chunkSize: Math.ceil(copy.length * 1.5)})]
    expect(pieces.length).toBeGreaterThan(2)
    expect(pieces.length).toBeLessThan(6)
    const flat = pieces.flat()
    expect(flat).toEqual(whole)
    // The ids `export` and `import` compute on the whole document (issue 10: `…-2-2` against `…-6`).
    expect(flat.map((s) => s.id)).toEqual(segmentMarkdown(doc, {lang: 'ru', file: 'a.md'}).map((s) => s.id))
    expect(flat.map((s) => s.id)).toContain(`${flat[0]!.id}-6`)
    expect(new Set(flat.map((s) => s.id)).size).toBe(flat.length)
    // Borrowed definitions resolve the references in every piece.
    const linked = flat.filter((s) => s.text.includes('сайт МИД'))
    expect(linked).toHaveLength(6)
    for (const s of linked) expect(s.placeholders.map((p) => p.node)).toContain('linkReference')
    for (const segment of flat) {
      const {start, end} = segment.position
      expect(doc.split('\n')[start.line - 1]!.length).toBeGreaterThanOrEqual(start.column - 1)
      expect(end.offset).toBeGreaterThan(start.offset)
    }
  })
})
