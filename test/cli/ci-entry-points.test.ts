import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readYaml, type Yaml} from './ci-yaml.js'
import {fixture, glossary} from './check-helpers.js'
import {bin, root, tempDir} from './run-cli.js'

// Each entry point's command line, run as its runner runs it: the GitHub
// Action's `main` with INPUT_* variables, a pre-commit hook's `entry` with
// the staged files, the GitLab template's `script` lines in a shell.
const name = '000-critical-minerals-ministerial.md'

/** A repository with a Markdown translation that says 15 where the original says 50. */
function repository(): string {
  const repo = tempDir()
  mkdirSync(path.join(repo, '.git'))
  mkdirSync(path.join(repo, 'docs'))
  const en = readFileSync(path.join(root, 'corpus/en', name), 'utf8')
  expect(en).toContain('more than 50 countries')
  copyFileSync(path.join(root, 'corpus/ru', name), path.join(repo, 'docs/ru.md'))
  writeFileSync(path.join(repo, 'docs/en.md'), en.replace('more than 50 countries', 'more than 15 countries'))
  return repo
}

const map = (value: Yaml | undefined): {[key: string]: Yaml} => {
  if (value === undefined || typeof value === 'string' || Array.isArray(value)) throw new Error('expected a mapping')
  return value
}
const text = (value: Yaml | undefined): string => {
  if (typeof value !== 'string') throw new Error('expected a string')
  return value
}
const read = (file: string) => readYaml(readFileSync(path.join(root, file), 'utf8'))
const cleanEnv = () => ({PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? ''})

describe('the GitHub Action (action.yml)', () => {
  const action = map(read('action.yml'))
  const runs = map(action['runs'])
  const inputs = map(action['inputs'])

  /** The step as the runner runs a node action: its inputs (defaults filled) as INPUT_*, in GITHUB_WORKSPACE. */
  function runAction(given: Record<string, string>) {
    const repo = repository()
    const env: Record<string, string> = {...cleanEnv(), GITHUB_WORKSPACE: repo, GITHUB_ACTIONS: 'true'}
    for (const [input, spec] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = given[input] ?? text(map(spec)['default'])
    for (const input of Object.keys(given)) expect(Object.keys(inputs)).toContain(input)
    env['GITHUB_STEP_SUMMARY'] = path.join(repo, '.summary.md')
    env['GITHUB_OUTPUT'] = path.join(repo, '.output')
    writeFileSync(env['GITHUB_STEP_SUMMARY'], '')
    writeFileSync(env['GITHUB_OUTPUT'], '')
    const result = spawnSync(process.execPath, [path.join(root, text(runs['main']))], {cwd: repo, env, encoding: 'utf8'})
    return {repo, env, status: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it('is a node action with the inputs CI users set', () => {
    expect(text(runs['using'])).toMatch(/^node2\d$/)
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['files', 'pair', 'glossary', 'format', 'fail-on', 'sarif']))
    expect(text(map(inputs['format'])['default'])).toBe('github')
  })

  it('annotates the files, writes the job summary and SARIF, and fails on an error', () => {
    const run = runAction({pair: 'docs/ru.md docs/en.md', sarif: 'tolmach.sarif'})
    expect(run.stdout).toMatch(/^::error file=docs\/en\.md,line=\d+,col=\d+.*number-mismatch/m)
    expect(run.status).toBe(1)
    expect(readFileSync(run.env['GITHUB_STEP_SUMMARY']!, 'utf8')).toContain('docs/en.md')
    const sarif = JSON.parse(readFileSync(path.join(run.repo, 'tolmach.sarif'), 'utf8')) as {runs: Array<{results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    const numbers = sarif.runs[0]!.results.filter((r) => r.ruleId === 'number-mismatch')
    expect(numbers.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['docs/en.md'])
    expect(readFileSync(run.env['GITHUB_OUTPUT']!, 'utf8')).toBe('sarif=tolmach.sarif\n')
  })

  it('passes with fail-on: never, and writes no SARIF unless asked', () => {
    const run = runAction({pair: 'docs/ru.md docs/en.md', 'fail-on': 'never'})
    expect(run.stdout).toContain('::error file=docs/en.md')
    expect(run.status).toBe(0)
    expect(existsSync(path.join(run.repo, 'tolmach.sarif'))).toBe(false)
  })
})

describe('the pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  const hooks = read('.pre-commit-hooks.yaml')
  if (!Array.isArray(hooks)) throw new Error('expected a list of hooks')
  const hook = (id: string) => map(hooks.find((h) => map(h)['id'] === id))

  /** `tolmach` on PATH, as the hooks require. */
  function shimmed(repo: string): Record<string, string> {
    const dir = path.join(repo, '.bin')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'tolmach'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`)
    chmodSync(path.join(dir, 'tolmach'), 0o755)
    return {...cleanEnv(), PATH: `${dir}${path.delimiter}${process.env['PATH'] ?? ''}`}
  }

  it('tolmach-check checks the staged translated files its `files` pattern picks', () => {
    const repo = repository()
    mkdirSync(path.join(repo, 'l10n'))
    copyFileSync(path.join(root, fixture('release.xlf')), path.join(repo, 'l10n/release.xlf'))
    copyFileSync(path.join(root, glossary), path.join(repo, 'glossary.csv'))
    writeFileSync(path.join(repo, 'tolmach.config.json'), JSON.stringify({glossary: 'glossary.csv'}))
    const spec = hook('tolmach-check')
    const pattern = new RegExp(text(spec['files']))
    const staged = ['README.md', 'docs/en.md', 'l10n/release.xlf'].filter((file) => pattern.test(file))
    expect(staged).toEqual(['l10n/release.xlf'])
    const [command, ...args] = text(spec['entry']).split(' ')
    const run = spawnSync(command!, [...args, ...staged], {cwd: repo, env: shimmed(repo), encoding: 'utf8'})
    expect(run.stdout).toContain('l10n/release.xlf')
    expect(run.stdout).toContain('term-forbidden')
    expect(run.status).toBe(1)
  })

  it('tolmach-check-pairs checks the Markdown pairs given in args', () => {
    const repo = repository()
    const spec = hook('tolmach-check-pairs')
    expect(text(spec['pass_filenames'])).toBe('false')
    const [command, ...args] = text(spec['entry']).split(' ')
    const run = spawnSync(command!, [...args, 'docs/ru.md', 'docs/en.md', '--no-config'], {cwd: repo, env: shimmed(repo), encoding: 'utf8'})
    expect(run.stdout).toContain('number-mismatch')
    expect(run.status).toBe(1)
  })
})

describe('the GitLab CI template (ci/gitlab/tolmach.gitlab-ci.yml)', () => {
  const template = map(read('ci/gitlab/tolmach.gitlab-ci.yml'))
  const job = map(template['.tolmach'])

  it('writes a Code Quality report with paths from CI_PROJECT_DIR, then fails the job on an error', () => {
    const repo = repository()
    const variables = Object.fromEntries(Object.entries(map(job['variables'])).map(([key, value]) => [key, text(value)]))
    // The project's own variables over the template's, as `extends` merges them.
    const env = {...cleanEnv(), ...variables, TOLMACH: `${process.execPath} ${bin}`, TOLMACH_ARGS: '--pair docs/ru.md docs/en.md --no-config', CI_PROJECT_DIR: repo}
    const script = job['script']
    if (!Array.isArray(script)) throw new Error('expected script lines')
    const statuses: Array<number | null> = []
    for (const line of script) {
      // GitLab runs each line in a shell that expands the variables; the job stops at the first failure.
      const run = spawnSync('bash', ['-c', text(line)], {cwd: repo, env, encoding: 'utf8'})
      statuses.push(run.status)
      if (run.status !== 0) break
    }
    expect(statuses).toEqual([0, 1])
    const reportFile = text(map(map(job['artifacts'])['reports'])['codequality']).replace('$TOLMACH_REPORT', variables['TOLMACH_REPORT']!)
    const report = JSON.parse(readFileSync(path.join(repo, reportFile), 'utf8')) as Array<{check_name: string; location: {path: string}}>
    expect(report.filter((r) => r.check_name === 'number-mismatch').map((r) => r.location.path)).toEqual(['docs/en.md'])
  })
})
