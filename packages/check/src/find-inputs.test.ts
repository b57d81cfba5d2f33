import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {discoverInputs} from './discover-inputs.js'
import {findInputs} from './find-inputs.js'

const root = mkdtempSync(path.join(tmpdir(), 'tolmach-find-'))
afterAll(() => rmSync(root, {recursive: true, force: true}))
for (const file of ['docs/ru/a.md', 'docs/en/a.md', 'docs/ru/b.md', 'docs/en/img.png', 'docs/terms.tsv', 'docs/node_modules/x/ru/c.md', 'l10n/c.ru.md', 'l10n/c.en.md', 'l10n/app.xlf', 'pairs.tsv']) {
  mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
  writeFileSync(path.join(root, file), 'x\n')
}

describe('findInputs', () => {
  it('walks a folder for documents and XLIFF/TMX, sorted, keeping the folder as typed', () => {
    expect(findInputs(['docs/'], {cwd: root}).files).toEqual([
      {file: 'docs/en/a.md', how: 'found'},
      {file: 'docs/ru/a.md', how: 'found'},
      {file: 'docs/ru/b.md', how: 'found'}
    ])
    expect(findInputs(['.'], {cwd: path.join(root, 'l10n')}).files.map((f) => f.file)).toEqual(['app.xlf', 'c.en.md', 'c.ru.md'])
    expect(findInputs(['l10n'], {cwd: root, extensions: ['md']}).files.map((f) => f.file)).toEqual(['l10n/c.en.md', 'l10n/c.ru.md'])
  })

  it('expands globs (tables too, when a pattern names them), keeps files and stdin as named', () => {
    const found = findInputs(['*.tsv', 'l10n/*.md', '-', 'pairs.tsv', 'missing.xlf'], {cwd: root})
    expect(found.files).toEqual([
      {file: 'pairs.tsv', how: 'found'},
      {file: 'l10n/c.en.md', how: 'found'},
      {file: 'l10n/c.ru.md', how: 'found'},
      {file: '-', how: 'named'},
      {file: 'missing.xlf', how: 'named'}
    ])
    expect(found.unmatched).toEqual([])
  })

  it('lists folders and patterns that match nothing', () => {
    mkdirSync(path.join(root, 'empty'), {recursive: true})
    expect(findInputs(['empty', 'docs/**/*.xlf'], {cwd: root})).toEqual({files: [], unmatched: ['empty', 'docs/**/*.xlf']})
  })

  it('takes an absolute pattern', () => {
    expect(findInputs([`${root}/l10n/*.xlf`], {cwd: '/'}).files.map((f) => f.file)).toEqual([path.join(root, 'l10n/app.xlf')])
  })
})

describe('discoverInputs', () => {
  it('pairs documents, keeps bilingual files, and reports what found no partner', () => {
    const found = discoverInputs(['docs', 'l10n', 'lone.ru.md'], {cwd: root})
    expect(found.pairs).toEqual([
      {ru: 'docs/ru/a.md', en: 'docs/en/a.md'},
      {ru: 'l10n/c.ru.md', en: 'l10n/c.en.md'}
    ])
    expect(found.files).toEqual(['l10n/app.xlf'])
    expect(found.findings.map((f) => [f.file, f.messageId])).toEqual([['docs/ru/b.md', 'unpairedFile']])
    expect(found.unpairedNamed).toEqual(['lone.ru.md'])
  })
})
