import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli, tempDir} from './run-cli.js'

const documents: Record<string, [string, string]> = {
  'docs/a.md': ['# Первый документ\n\nКомпания открыла завод.\n', '# First document\n\nThe company opened a plant.\n'],
  'docs/b.md': ['Второй документ о **росте** выручки.\n', 'A second document about revenue **growth**.\n'],
  'docs/c.md': ['Третий документ, которого нет в XLIFF.\n', '']
}

/** Two documents exported into one XLIFF (one <file> each), translated as a CAT tool would fill the targets. */
function setUp(): string {
  const dir = tempDir()
  mkdirSync(path.join(dir, 'docs'))
  for (const [file, [ru]] of Object.entries(documents)) writeFileSync(path.join(dir, file), ru)
  const exported = runCli(['export', 'docs/a.md', 'docs/b.md', '-o', 'multi.xlf'], {cwd: dir})
  expect(exported.status, exported.stderr).toBe(0)
  let xml = readFileSync(path.join(dir, 'multi.xlf'), 'utf8')
  expect(xml.match(/<file original="[^"]+"/g)).toEqual(['<file original="docs/a.md"', '<file original="docs/b.md"'])
  const translations: Array<[string, string]> = [
    ['Первый документ', 'First document'],
    ['Компания открыла завод.', 'The company opened a plant.'],
    ['Второй документ о <bpt id="1" ctype="bold">**</bpt>росте<ept id="1">**</ept> выручки.', 'A second document about revenue <bpt id="1" ctype="bold">**</bpt>growth<ept id="1">**</ept>.']
  ]
  for (const [ru, en] of translations) {
    const copy = `<target state="new">${ru}</target>`
    expect(xml).toContain(copy)
    xml = xml.replace(copy, `<target state="translated">${en}</target>`)
  }
  writeFileSync(path.join(dir, 'multi.en.xlf'), xml)
  return dir
}

describe('tolmach import with --source repeated', () => {
  test('rebuilds each document from the <file> its original names, into the output folder', () => {
    const dir = setUp()
    const result = runCli(['import', 'multi.en.xlf', '--source', 'docs/b.md', '--source', 'docs/a.md', '-o', 'en', '--json'], {cwd: dir})
    expect(result.status, result.stderr).toBe(0)
    expect(readFileSync(path.join(dir, 'en/a.md'), 'utf8')).toBe(documents['docs/a.md']![1])
    expect(readFileSync(path.join(dir, 'en/b.md'), 'utf8')).toBe(documents['docs/b.md']![1])
    expect(readFileSync(path.join(dir, 'docs/a.md'), 'utf8')).toBe(documents['docs/a.md']![0])
    const summary = JSON.parse(result.stdout)
    expect(summary).toMatchObject({written: true, errors: 0, translated: 3, kept: 0})
    expect(summary.documents.map((d: {source: string; output: string}) => [d.source, d.output])).toEqual([
      ['docs/b.md', path.join('en', 'b.md')],
      ['docs/a.md', path.join('en', 'a.md')]
    ])
    expect(result.stderr).toContain('Wrote 2 files to en')
  })

  test('a --source with no <file> and a <file> with no --source are findings naming them; nothing is written', () => {
    const dir = setUp()
    const result = runCli(['import', 'multi.en.xlf', '--source', 'docs/a.md', '--source', 'docs/c.md', '-o', 'en'], {cwd: dir})
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/docs\/c\.md.*no <file> of the XLIFF has original="docs\/c\.md".*\[source-unmatched\]/)
    expect(result.stderr).toMatch(/multi\.en\.xlf:\d+:\d+.*<file original="docs\/b\.md"> matches no --source.*\[file-unmatched\]/)
    expect(existsSync(path.join(dir, 'en'))).toBe(false)
  })

  test('--allow-partial leaves out a <file> nobody asked for with a warning, still never a missing document', () => {
    const dir = setUp()
    const partial = runCli(['import', 'multi.en.xlf', '--source', 'docs/a.md', '--source', 'docs/c.md', '-o', 'en', '--allow-partial'], {cwd: dir})
    expect(partial.status).toBe(1)
    expect(partial.stderr).toMatch(/warning.*\[file-unmatched\]/)
    expect(partial.stderr).toMatch(/error.*\[source-unmatched\]/)
  })

  test('one --source imports its own <file> and names the others it leaves out', () => {
    const dir = setUp()
    const result = runCli(['import', 'multi.en.xlf', '--source', 'docs/b.md', '-o', 'b.en.md'], {cwd: dir})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/warning <file original="docs\/a\.md"> matches no --source.*\[file-unmatched\]/)
    expect(readFileSync(path.join(dir, 'b.en.md'), 'utf8')).toBe(documents['docs/b.md']![1])
  })

  test('the output folder is required, and an output over an input is refused before anything is written', () => {
    const dir = setUp()
    const noOutput = runCli(['import', 'multi.en.xlf', '--source', 'docs/a.md', '--source', 'docs/b.md'], {cwd: dir})
    expect(noOutput.status).toBe(2)
    expect(noOutput.stderr).toContain('-o names the folder')
    const overInput = runCli(['import', 'multi.en.xlf', '--source', 'docs/a.md', '--source', 'docs/b.md', '-o', 'docs'], {cwd: dir})
    expect(overInput.status).toBe(2)
    expect(overInput.stderr).toContain('refusing to write the output over an input file')
    expect(readFileSync(path.join(dir, 'docs/a.md'), 'utf8')).toBe(documents['docs/a.md']![0])
    expect(readFileSync(path.join(dir, 'docs/b.md'), 'utf8')).toBe(documents['docs/b.md']![0])
    const twice = runCli(['import', 'multi.en.xlf', '--source', 'docs/a.md', '--source', './docs/a.md', '-o', 'en'], {cwd: dir})
    expect(twice.status).toBe(2)
    expect(twice.stderr).toContain('given twice as --source')
  })
})
