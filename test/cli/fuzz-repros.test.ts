import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

const fixtures = path.join(root, 'test/cli/fuzz-fixtures')
const glossary = path.join(root, 'glossary/termbase.csv')

// Inputs from the fuzz campaign of issue 9 that crashed the CLI with exit 70.
describe('deeply nested Markdown', () => {
  for (const [name, column] of [
    ['md-blockquote-4000.md', 1001],
    ['md-strong-3000.md', 2005]
  ] as const) {
    it(`${name} is refused with its place (exit 2), in English and in Russian`, {timeout: 120_000}, () => {
      const file = path.join(fixtures, name)
      const en = runCli(['segment', file, '-l', 'ru', '-f', 'tsv'])
      expect(en.status).toBe(2)
      expect(en.stdout).toBe('')
      expect(en.stderr).toBe(`error: ${file}:1:${column}: Markdown nested more than 1,000 levels deep (block quotes, lists or emphasis); tolmach does not read it\n`)
      const ru = runCli(['segment', file, '-l', 'ru', '-f', 'tsv', '--ui-lang', 'ru'])
      expect(ru.status).toBe(2)
      expect(ru.stderr).toContain(`${file}:1:${column}: вложенность Markdown глубже 1`)
      expect(ru.stderr).toMatch(/глубже 1\s000 уровней/)
    })
  }
})

describe('check with more pairs than V8 takes as arguments', () => {
  it('reads all 130,000 pairs and reports the last one', {timeout: 300_000}, () => {
    const dir = tempDir()
    const file = path.join(dir, 'pairs-130k.tsv')
    const rows = Array.from({length: 129_999}, (_, i) => `Встреча номер ${i}.\tMeeting number ${i}.`)
    rows.push('Критические минералы важны.\tRare earths matter.')
    writeFileSync(file, `${rows.join('\n')}\n`)
    const run = runCli(['check', '-g', glossary, file, '--no-config', '-f', 'json'])
    expect(run.status).toBe(1)
    const {findings} = JSON.parse(run.stdout) as {findings: Array<{ruleId: string; place?: {start: {line: number}}}>}
    expect(findings.map((f) => [f.ruleId, f.place?.start.line])).toEqual([['term-missing', 130_000]])
    expect(run.stderr).toContain('130,000 pairs')
  })
})
