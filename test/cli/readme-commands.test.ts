import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from './run-cli.js'

/** Every `npx tolmach …` line in the README code blocks, in document order. */
function readmeCommands(readme: string): string[] {
  const lines: string[] = []
  let inCode = false
  for (const line of readme.split('\n')) {
    if (line.startsWith('```')) {
      inCode = !inCode
      continue
    }
    if (inCode && /(^|\|\s*)npx tolmach\b/.test(line.trim())) lines.push(line.trim())
  }
  return lines
}

// A user's first contact: a fresh clone, the README's install-and-run command,
// then every `npx tolmach` line of both READMEs, offline, so npx can only run
// this project's CLI and never fetch a registry package of the same name.
// (The README's other command, `npm ci && npm test`, is the suite running this test.)
describe('README commands on a fresh clone', () => {
  let clone: string
  const env = {...process.env, npm_config_offline: 'true', NO_COLOR: '1', CI: '1'}
  const sh = (command: string) => spawnSync('bash', ['-c', command], {cwd: clone, env, encoding: 'utf8', maxBuffer: 64 << 20})

  beforeAll(() => {
    clone = path.join(mkdtempSync(path.join(tmpdir(), 'tolmach-readme-')), 'tolmach')
    const cloned = spawnSync('git', ['clone', '-q', root, clone], {encoding: 'utf8'})
    expect(cloned.status, cloned.stderr).toBe(0)
  }, 60_000)
  afterAll(() => rmSync(path.dirname(clone), {recursive: true, force: true}), 120_000)

  it('installs, links the bin before the build, and runs the main job', () => {
    const install = sh('npm ci --no-audit --no-fund')
    expect(install.status, install.stderr).toBe(0)
    // The bin is linked at install time and explains itself before a build.
    const early = sh('npx --no-install tolmach --version')
    expect(early.status).toBe(2)
    expect(early.stderr).toContain('run `npm run build`')
    const start = sh('npm start')
    expect(start.status, start.stdout + start.stderr).toBe(0)
    expect(existsSync(path.join(clone, 'corpus/aligned/003-c5-1-critical-minerals-dialogue.tmx'))).toBe(true)
    const version = sh('npx --no-install tolmach --version')
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version)
  }, 1_200_000)

  for (const readme of ['README.md', 'packages/cli/README.md']) {
    const commands = readmeCommands(readFileSync(path.join(root, readme), 'utf8'))
    it(`${readme}: has npx tolmach lines`, () => {
      expect(commands.length).toBeGreaterThan(5)
    })
    for (const command of commands) {
      it(`${readme}: ${command}`, () => {
        const run = sh(command)
        expect(run.stderr).not.toMatch(/npm error|could not determine executable/)
        expect(run.status, run.stdout + run.stderr).toBe(0)
      }, 120_000)
    }
  }
})
