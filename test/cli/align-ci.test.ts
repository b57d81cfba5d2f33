import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

// `tolmach align` takes check's CI options: --report-format for its findings
// (-f stays the format of the pairs), --fail-on, --root.
const name = '000-critical-minerals-ministerial.md'

function repository(): string {
  const repo = tempDir()
  mkdirSync(path.join(repo, '.git'))
  const docs = path.join(repo, 'docs')
  mkdirSync(docs)
  const en = readFileSync(path.join(root, 'corpus/en', name), 'utf8')
  expect(en).toContain('more than 50 countries')
  writeFileSync(path.join(docs, 'ru.md'), readFileSync(path.join(root, 'corpus/ru', name)))
  writeFileSync(path.join(docs, 'en.md'), en.replace('more than 50 countries', 'more than 15 countries'))
  return docs
}

const align = (docs: string, args: string[]) => runCli(['align', 'ru.md', 'en.md', ...args], {cwd: docs})

describe('tolmach align in CI', () => {
  it('--report-format github annotates the translation from the repository root; -f keeps the pairs format', () => {
    const docs = repository()
    const run = align(docs, ['-f', 'tsv', '-o', 'pairs.tsv', '--report-format', 'github'])
    expect(run.stdout).toMatch(/^::(error|warning) file=docs\/en\.md,line=\d+.*number-mismatch/m)
    expect(run.status).toBe(1)
    expect(readFileSync(path.join(docs, 'pairs.tsv'), 'utf8').split('\n').length).toBeGreaterThan(10)
  })

  it('--fail-on decides the exit status', () => {
    const docs = repository()
    // --report-format alone: a report on standard output, failing on errors as check does.
    const plain = align(docs, ['-o', 'pairs.tmx', '--report-format', 'json'])
    expect(plain.status).toBe(1)
    expect((JSON.parse(plain.stdout) as {findings: unknown[]}).findings.length).toBeGreaterThan(0)
    expect(align(docs, ['-o', 'pairs.tmx', '--report-format', 'json', '--fail-on', 'never']).status).toBe(0)
    const strict = align(docs, ['-o', 'pairs.tmx', '--report-format', 'json', '--fail-on', 'info'])
    expect(strict.status).toBe(1)
    const report = JSON.parse(strict.stdout) as {findings: Array<{ruleId: string; file: string}>}
    // The aligner reports an unmatched number on each side: the translation's is the one CI annotates.
    expect(report.findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => f.file)).toContain('docs/en.md')
    expect(report.findings.every((f) => f.file === 'docs/en.md' || f.file === 'docs/ru.md')).toBe(true)
  })

  it('writes SARIF to --review, with pairs on standard output', () => {
    const docs = repository()
    const run = align(docs, ['-f', 'jsonl', '--report-format', 'sarif', '--review', 'align.sarif'])
    expect(run.stdout.split('\n')[0]).toMatch(/^\{/)
    const sarif = JSON.parse(readFileSync(path.join(docs, 'align.sarif'), 'utf8')) as {runs: Array<{results: Array<{ruleId: string}>}>}
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('number-mismatch')
  })

  it('refuses an unknown report format or fail-on', () => {
    const docs = repository()
    const format = align(docs, ['--report-format', 'xml'])
    expect(format.status).toBe(2)
    expect(format.stderr).toContain('stylish, json, github, sarif, junit, codequality, rdjson')
    expect(align(docs, ['--fail-on', 'sometimes']).status).toBe(2)
  })
})
