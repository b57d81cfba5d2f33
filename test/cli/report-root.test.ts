import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

// A repository with a translation that says 15 where the original says 50,
// checked from a subfolder: CI attaches a finding only when its path is
// relative to the repository root.
const name = '000-critical-minerals-ministerial.md'

function repository(marker: 'git' | 'none'): {repo: string; docs: string} {
  const repo = tempDir()
  if (marker === 'git') mkdirSync(path.join(repo, '.git'))
  const docs = path.join(repo, 'docs', 'press')
  mkdirSync(docs, {recursive: true})
  const en = readFileSync(path.join(root, 'corpus/en', name), 'utf8')
  expect(en).toContain('more than 50 countries')
  writeFileSync(path.join(docs, 'ru.md'), readFileSync(path.join(root, 'corpus/ru', name)))
  writeFileSync(path.join(docs, 'en.md'), en.replace('more than 50 countries', 'more than 15 countries'))
  return {repo, docs}
}

const check = (format: string, cwd: string, env: Record<string, string> = {}, extra: string[] = []) =>
  runCli(['check', '--no-config', '--pair', 'ru.md', 'en.md', '--format', format, ...extra], {cwd, env})

const files = (json: string) => (JSON.parse(json) as {findings: Array<{file: string; ruleId: string}>}).findings.map((f) => f.file)

describe('report paths are relative to the repository root', () => {
  it('the git root, when run from a subfolder', () => {
    const {docs} = repository('git')
    const github = check('github', docs)
    expect(github.stdout).toMatch(/^::error file=docs\/press\/en\.md,line=\d+/m)
    expect(github.stdout).not.toMatch(/file=en\.md/)
    expect(new Set(files(check('json', docs).stdout))).toEqual(new Set(['docs/press/en.md']))
    const sarif = JSON.parse(check('sarif', docs).stdout) as {runs: Array<{results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of uris) expect(uri).toBe('docs/press/en.md')
    const quality = JSON.parse(check('codequality', docs).stdout) as Array<{location: {path: string}}>
    expect(quality.map((q) => q.location.path)).toContain('docs/press/en.md')
  })

  it('GITHUB_WORKSPACE and CI_PROJECT_DIR over the git root, --root over both', () => {
    const {repo, docs} = repository('none')
    expect(check('github', docs, {GITHUB_WORKSPACE: repo}).stdout).toMatch(/file=docs\/press\/en\.md,/)
    expect(files(check('json', docs, {CI_PROJECT_DIR: repo}).stdout)).toContain('docs/press/en.md')
    expect(files(check('json', docs, {GITHUB_WORKSPACE: repo}, ['--root', '..']).stdout)).toContain('press/en.md')
    // No repository at all: the working folder.
    expect(files(check('json', docs).stdout)).toContain('en.md')
  })

  it('stylish, for the person at the terminal, keeps the paths as typed', () => {
    const {docs} = repository('git')
    const run = check('stylish', docs)
    expect(run.stdout).toMatch(/^en\.md$/m)
    expect(run.stdout).not.toContain('docs/press')
  })

  it('glossary lint too', () => {
    const {docs} = repository('git')
    copyFileSync(path.join(root, 'test/cli/check-fixtures/lint-glossary.csv'), path.join(docs, 'terms.csv'))
    const run = runCli(['glossary', 'lint', 'terms.csv', '--format', 'github'], {cwd: docs})
    expect(run.stdout).toMatch(/^::(error|warning) file=docs\/press\/terms\.csv,line=\d+/m)
    expect(run.stdout).not.toMatch(/file=terms\.csv/)
  })
})
