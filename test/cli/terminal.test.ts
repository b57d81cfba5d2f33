import {spawnSync} from 'node:child_process'
import {closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, corpusDir, readRelease, runCli, tempDir} from './run-cli.js'

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

  it('shows the progress of aligning a 2 MB pair on a terminal, and none in a pipe', () => {
    const dir = tempDir()
    const strip = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '')
    const names = ['000-critical-minerals-ministerial.md', '003-c5-1-critical-minerals-dialogue.md']
    const ru = path.join(dir, 'ru.md')
    const en = path.join(dir, 'en.md')
    let bytes = 0
    for (let k = 0; bytes < 2_000_000; k++) {
      for (const name of names) {
        const a = `\n## Выпуск ${k}\n\n${strip(readFileSync(path.join(corpusDir, name), 'utf8'))}`
        const b = `\n## Release ${k}\n\n${strip(readFileSync(path.join(corpusDir, '..', 'en', name), 'utf8'))}`
        writeFileSync(ru, a, {flag: 'a'})
        writeFileSync(en, b, {flag: 'a'})
        bytes += Buffer.byteLength(a) + Buffer.byteLength(b)
      }
    }
    const out = path.join(dir, 'out.tmx')
    const args = ['align', ru, en, '-o', out, '--review', path.join(dir, 'review.txt')]
    const screen = inTerminal(args)
    const shares = [...screen.matchAll(/\r\u001b\[2KAligning .*ru\.md \[#*\.*\] (\d+)%/g)].map((m) => Number(m[1]))
    // Several steps, in order, up to the end, then the line is cleared for the summary.
    expect(shares.length).toBeGreaterThan(10)
    expect(shares).toEqual([...shares].sort((x, y) => x - y))
    expect(screen).toContain('100%\r\u001b[2KAligned')
    expect(readFileSync(out, 'utf8')).toContain('<tu')

    const piped = runCli(args)
    expect(piped.status).toBe(0)
    expect(piped.stderr).not.toContain('\r')
    expect(piped.stderr).toMatch(/^Aligned [\d,]+ beads/)
  }, 120_000)
})
