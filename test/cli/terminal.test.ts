import {spawnSync} from 'node:child_process'
import {closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, readRelease, runCli, tempDir} from './run-cli.js'

/**
 * Runs tolmach inside a pseudo-terminal with util-linux `script` (Essential
 * on Debian), so stderr is a TTY as when a person runs it; returns what the
 * terminal received.
 */
function inTerminal(args: string[], env: Record<string, string> = {}): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  const command = [process.execPath, bin, ...args].map(quote).join(' ')
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    encoding: 'utf8',
    env: {PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...env}
  })
  if (run.error) throw new Error(`this test needs util-linux script(1): ${run.error.message}`)
  expect(run.status).toBe(0)
  return run.stdout
}

describe('in a terminal', () => {
  it('shows a progress bar and colours on a terminal, and neither in a pipe', () => {
    const dir = tempDir()
    const body = readRelease(0).replace(/^---\n[\s\S]*?\n---\n/, '')
    const big = path.join(dir, 'big.md')
    const fd = openSync(big, 'w')
    for (let bytes = 0; bytes < 1_500_000; ) bytes += writeSync(fd, `\n## Выпуск\n\n${body}`)
    closeSync(fd)
    const out = path.join(dir, 'big.jsonl')
    const screen = inTerminal(['segment', big, '-o', out])
    expect(screen).toMatch(/\r\u001b\[2KSegmenting .*big\.md \[#+\.*\] \d+%/)
    expect(screen).toContain('100%\r\u001b[2K')
    expect(screen).toMatch(/Wrote [\d,]+ segments from 1 file/)
    expect(readFileSync(out, 'utf8').length).toBeGreaterThan(1_000_000)

    const mixed = path.join(dir, 'mixed.md')
    writeFileSync(mixed, 'Министр встретился с коллегами. The meeting took place in Washington today.\n')
    expect(inTerminal(['segment', mixed, '-o', path.join(dir, 'mixed.jsonl')])).toContain('\u001b[33mwarning:\u001b[39m')
    expect(inTerminal(['segment', mixed, '-o', path.join(dir, 'mixed.jsonl')], {NO_COLOR: '1'})).not.toContain('\u001b[33m')

    const piped = runCli(['segment', big, '-o', out])
    expect(piped.stderr).toMatch(/^Wrote [\d,]+ segments from 1 file to .*\n$/)
  })
})
