// Every file a command reads is an input: no output, report or review list may replace it.
import {copyFileSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

let dir = ''
const glossary = () => readFileSync(path.join(dir, 'terms.csv'), 'utf8')

beforeEach(() => {
  dir = tempDir()
  copyFileSync(path.join(root, 'corpus/ru/000-critical-minerals-ministerial.md'), path.join(dir, 'ru.md'))
  copyFileSync(path.join(root, 'corpus/en/000-critical-minerals-ministerial.md'), path.join(dir, 'en.md'))
  copyFileSync(path.join(root, 'glossary/termbase.csv'), path.join(dir, 'terms.csv'))
})

describe('inputs are never overwritten', () => {
  it('check refuses to write its report over the glossary it read', () => {
    const before = glossary()
    const r = runCli(['check', '--no-config', '--pair', 'ru.md', 'en.md', '-g', 'terms.csv', '-o', 'terms.csv'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('terms.csv: refusing to write the output over an input file')
    expect(glossary()).toBe(before)
  })

  it('align refuses to write pairs over the glossary it read', () => {
    const before = glossary()
    const r = runCli(['align', 'ru.md', 'en.md', '-g', 'terms.csv', '-o', 'terms.csv'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(glossary()).toBe(before)
  })

  it('align refuses a review list that would replace its own output', () => {
    const r = runCli(['align', 'ru.md', 'en.md', '-o', 'pairs.tmx', '--review', './pairs.tmx'], {cwd: dir})
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('--review')
  })
})
