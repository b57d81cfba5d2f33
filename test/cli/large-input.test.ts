import {closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseJsonl, readRelease, runCli, tempDir} from './run-cli.js'

// The 50 MB case takes about a minute here, so it is a separate script:
// `npm run check:large-input -w @tolmach/cli`. This test runs the same path
// (a document cut into pieces and written piece by piece) on 4 MB.
describe('a large Markdown file', () => {
  it('is segmented whole, piece by piece, under a small heap', () => {
    const body = readRelease(0).replace(/^---\n[\s\S]*?\n---\n/, '')
    const dir = tempDir()
    const one = path.join(dir, 'one.md')
    writeFileSync(one, `## Выпуск\n\n${body}`)
    const perCopy = parseJsonl(runCli(['segment', one, '--lang', 'ru']).stdout).map((s) => s.text)

    const big = path.join(dir, 'big.md')
    const fd = openSync(big, 'w')
    let bytes = 0
    let copies = 0
    while (bytes < 4 * 1024 * 1024) {
      bytes += writeSync(fd, `${copies === 0 ? '' : '\n'}## Выпуск\n\n${body}`)
      copies++
    }
    closeSync(fd)
    const out = path.join(dir, 'big.jsonl')
    const run = runCli(['segment', big, '--lang', 'ru', '-o', out, '--quiet'], {nodeArgs: ['--max-old-space-size=64']})
    expect(run).toEqual({status: 0, stdout: '', stderr: ''})
    const segments = parseJsonl(readFileSync(out, 'utf8'))
    expect(segments.map((s) => s.text)).toEqual(Array.from({length: copies}, () => perCopy).flat())
    expect(new Set(segments.map((s) => s.id)).size).toBe(segments.length)
    // Positions stay those of the whole file: each copy's heading sits where the file has it.
    const lines = readFileSync(big, 'utf8').split('\n')
    for (const segment of segments.filter((s) => s.text === 'Выпуск')) {
      const start = (segment['position'] as {start: {line: number}}).start
      expect(lines[start.line - 1]).toBe('## Выпуск')
    }
  })
})
