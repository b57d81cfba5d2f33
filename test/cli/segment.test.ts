import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {corpusFiles, parseJsonl, readRelease, root, runCli, tempDir} from './run-cli.js'

const [first, second] = corpusFiles().map((file) => path.relative(root, file))

describe('tolmach segment on the bundled releases', () => {
  it('writes JSONL to stdout by default, one segment per line, positions into the file', () => {
    const run = runCli(['segment', first!])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const segments = parseJsonl(run.stdout)
    expect(segments.length).toBeGreaterThan(10)
    const source = readRelease(0)
    const lines = source.split('\n')
    for (const segment of segments) {
      expect(segment.file).toBe(first)
      expect(segment['lang']).toBe('ru')
      const start = (segment['position'] as {start: {line: number; column: number; offset: number}}).start
      // The start point is consistent with the file: the offset sits at that line and column.
      const before = source.slice(0, start.offset).split('\n')
      expect(before.length).toBe(start.line)
      expect(before.at(-1)!.length + 1).toBe(start.column)
      expect(lines[start.line - 1]!.length).toBeGreaterThan(0)
    }
    // The title heading comes first; the photo credit is its own segment.
    expect(segments[0]!.text).toMatch(/^Казахстан принял участие/)
    expect(segments.map((s) => s.text)).toContain('Фото: МИД')
    expect(new Set(segments.map((s) => s.id)).size).toBe(segments.length)
  })

  it('gives the same ids run after run', () => {
    expect(runCli(['segment', first!]).stdout).toBe(runCli(['segment', first!]).stdout)
  })

  it('detects Russian without --lang and warns about nothing', () => {
    const auto = runCli(['segment', first!])
    const given = runCli(['segment', first!, '--lang', 'ru'])
    expect(auto.stdout).toBe(given.stdout)
    expect(auto.stderr).toBe('')
  })

  it('writes XLIFF 1.2 with one <file> per input and the units JSONL has', () => {
    const jsonl = parseJsonl(runCli(['segment', first!, second!]).stdout)
    const run = runCli(['segment', first!, second!, '--format', 'xliff'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff version="1.2"/)
    const files = [...run.stdout.matchAll(/<file original="([^"]+)" source-language="ru" target-language="en"/g)].map((m) => m[1])
    expect(files).toEqual([first, second])
    const units = [...run.stdout.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1])
    expect(units).toEqual(jsonl.map((s) => s.id))
    expect(run.stdout.trimEnd().endsWith('</xliff>')).toBe(true)
  })

  it('writes XLIFF 2.1 and TSV', () => {
    const x2 = runCli(['segment', first!, '--format', 'xliff2'])
    expect(x2.status).toBe(0)
    expect(x2.stdout).toMatch(/<xliff version="2\.1" xmlns="urn:oasis:names:tc:xliff:document:2\.0" srcLang="ru"/)
    expect(x2.stdout.match(/<unit /g)).toHaveLength(parseJsonl(runCli(['segment', first!]).stdout).length)
    const tsv = runCli(['segment', first!, '-f', 'tsv']).stdout.split('\n').filter(Boolean)
    expect(tsv[0]).toBe('id\ttext\tfile\tline')
    expect(tsv.length - 1).toBe(parseJsonl(runCli(['segment', first!]).stdout).length)
    expect(tsv[1]!.split('\t')[2]).toBe(first)
  })

  it('targets the other language by default, or the one given', () => {
    const dir = tempDir()
    const file = path.join(dir, 'en.md')
    writeFileSync(file, 'The minister met the delegation on Monday in Washington.\n')
    expect(runCli(['segment', file, '-f', 'xliff']).stdout).toContain('source-language="en" target-language="ru"')
    expect(runCli(['segment', first!, '-f', 'xliff']).stdout).toContain('source-language="ru" target-language="en"')
    expect(runCli(['segment', file, '-f', 'xliff', '--target-lang', 'EN']).stdout).toContain(
      'source-language="en" target-language="en"'
    )
  })

  it('reads standard input for -', () => {
    const fromFile = parseJsonl(runCli(['segment', first!]).stdout)
    const run = runCli(['segment', '-'], {input: readFileSync(path.join(root, first!))})
    expect(run.status).toBe(0)
    const fromStdin = parseJsonl(run.stdout)
    expect(fromStdin.map((s) => s.text)).toEqual(fromFile.map((s) => s.text))
    expect(fromStdin[0]!.file).toBe('-')
  })

  it('picks XLIFF from the -o extension and reports the count on stderr', () => {
    const dir = tempDir()
    const out = path.join(dir, 'release.xlf')
    const run = runCli(['segment', first!, '-o', out])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    const units = (readFileSync(out, 'utf8').match(/<trans-unit /g) ?? []).length
    expect(run.stderr).toBe(`Wrote ${units} segments from 1 file to ${out}\n`)
  })

  it('segments an English document as English', () => {
    const dir = tempDir()
    const file = path.join(dir, 'en.md')
    writeFileSync(file, '# Visit\n\nMr. Smith arrived on Monday. He met Dr. Brown and the delegation.\n')
    const segments = parseJsonl(runCli(['segment', file]).stdout)
    expect(segments.map((s) => s['lang'])).toEqual(['en', 'en', 'en'])
    expect(segments.map((s) => s.text)).toEqual([
      'Visit',
      'Mr. Smith arrived on Monday.',
      'He met Dr. Brown and the delegation.'
    ])
  })
})
