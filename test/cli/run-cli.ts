import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const bin = path.join(root, 'packages/cli/dist/bin.js')
export const corpusDir = path.join(root, 'corpus/ru')

export interface RunResult {
  status: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  input?: string | Uint8Array
  env?: Record<string, string>
  cwd?: string
  nodeArgs?: string[]
}

/**
 * Runs the built `tolmach` as a user would: `node packages/cli/dist/bin.js`,
 * in a clean environment (no locale or colour variables from the machine,
 * so messages are English and uncoloured unless a test asks otherwise).
 */
export function runCli(args: string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string> = {PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? ''}
  Object.assign(env, options.env)
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: options.cwd ?? root,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'tolmach-cli-'))
}

/** The bundled Russian releases, which these tests need: a missing corpus fails them. */
export function corpusFiles(): string[] {
  const files = readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(corpusDir, name))
  if (files.length < 2) throw new Error(`expected the two releases in ${corpusDir}`)
  return files
}

export function readRelease(index = 0): string {
  return readFileSync(corpusFiles()[index]!, 'utf8')
}

export function parseJsonl(text: string): Array<Record<string, unknown> & {id: string; text: string; file: string}> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}
