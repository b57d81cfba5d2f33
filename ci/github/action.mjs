// The entry of action.yml. The runner hands inputs over as INPUT_* variables
// (the name upper-cased, hyphens kept: INPUT_FAIL-ON) and runs this from
// GITHUB_WORKSPACE; the CLI finds the repository root there, so annotations
// attach to the files. No dependencies: an action's main runs before any
// install, so it builds the CLI of its own checkout when it is not built.
import {spawnSync} from 'node:child_process'
import {appendFileSync, existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const repo = fileURLToPath(new URL('../../', import.meta.url))
const bin = fileURLToPath(new URL('../../packages/cli/bin/tolmach.js', import.meta.url))
const built = new URL('../../packages/cli/dist/bin.js', import.meta.url)

const input = (name) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim()
const list = (name) => input(name).split(/\s+/).filter(Boolean)

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {stdio: 'inherit', ...options})
  if (result.error) throw result.error
  return result.status ?? 1
}

if (!existsSync(built)) {
  process.stdout.write('::group::Build tolmach\n')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  let status = run(npm, ['ci', '--no-audit', '--no-fund'], {cwd: repo})
  if (status === 0) status = run(npm, ['exec', '--', 'turbo', 'run', 'build', '--filter=@tolmach/cli...'], {cwd: repo})
  process.stdout.write('::endgroup::\n')
  if (status !== 0) {
    process.stdout.write('::error::tolmach: building the CLI failed\n')
    process.exit(status)
  }
}

const args = ['check', ...list('files')]
const pair = list('pair')
if (pair.length > 0) args.push('--pair', ...pair)
for (const file of list('glossary')) args.push('--glossary', file)
if (input('config')) args.push('--config', input('config'))
args.push(...list('args'))

const sarif = input('sarif')
if (sarif) {
  // The SARIF run never fails the step: the findings decide once, below.
  const status = run(process.execPath, [bin, '--quiet', ...args, '--format', 'sarif', '--output', sarif, '--fail-on', 'never'])
  if (status !== 0) process.exit(status)
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `sarif=${sarif}\n`)
}
process.exitCode = run(process.execPath, [bin, ...args, '--format', input('format') || 'github', '--fail-on', input('fail-on') || 'error'])
