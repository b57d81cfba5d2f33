import {spawn} from 'node:child_process'
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, corpusFiles, runCli, tempDir} from './run-cli.js'

const [first, second] = corpusFiles()

describe('output files', () => {
  it('refuses a missing output folder and creates nothing', () => {
    const dir = tempDir()
    const run = runCli(['segment', first!, '-o', 'out/release.xlf'], {cwd: dir})
    expect(run).toEqual({status: 2, stdout: '', stderr: 'error: out/release.xlf: cannot write: folder out does not exist\n'})
    expect(readdirSync(dir)).toEqual([])
  })

  it('replaces an existing output whole, leaving no temp file', () => {
    const dir = tempDir()
    const out = path.join(dir, 'release.jsonl')
    writeFileSync(out, `${'old line that must disappear\n'.repeat(10_000)}`)
    const run = runCli(['segment', first!, '-o', out, '--quiet'])
    expect(run).toEqual({status: 0, stdout: '', stderr: ''})
    const text = readFileSync(out, 'utf8')
    expect(text).not.toContain('old line')
    expect(text).toBe(runCli(['segment', first!]).stdout)
    expect(readdirSync(dir)).toEqual(['release.jsonl'])
  })

  it('keeps the old output when an input fails half-way', () => {
    const dir = tempDir()
    const out = path.join(dir, 'both.xlf')
    writeFileSync(out, 'previous build')
    const run = runCli(['segment', first!, path.join(dir, 'missing.md'), second!, '-o', out])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`error: ${path.join(dir, 'missing.md')}: no such file\n`)
    expect(readFileSync(out, 'utf8')).toBe('previous build')
    expect(readdirSync(dir)).toEqual(['both.xlf'])
  })

  it('refuses to write over an input file', () => {
    const dir = tempDir()
    const input = path.join(dir, 'release.md')
    const original = readFileSync(first!, 'utf8')
    writeFileSync(input, original)
    const run = runCli(['segment', 'release.md', '-o', './release.md', '-f', 'jsonl'], {cwd: dir})
    expect(run).toEqual({status: 2, stdout: '', stderr: 'error: ./release.md: refusing to write the output over an input file\n'})
    expect(readFileSync(input, 'utf8')).toBe(original)
  })

  it('refuses a folder as the output', () => {
    const dir = tempDir()
    expect(runCli(['segment', first!, '-o', dir]).stderr).toBe(`error: ${dir}: is a folder; give a file name for -o\n`)
  })

  it('writes several files into one output, one document each', () => {
    const dir = tempDir()
    const out = path.join(dir, 'all.xlf')
    expect(runCli(['segment', first!, second!, '-o', out]).status).toBe(0)
    expect(readFileSync(out, 'utf8').match(/<file /g)).toHaveLength(2)
    expect(statSync(out).size).toBeGreaterThan(1000)
  })
})

describe('standard output', () => {
  it('stops quietly when the reader goes away (| head)', async () => {
    const dir = tempDir()
    const big = path.join(dir, 'big.md')
    writeFileSync(big, Array.from({length: 60}, () => readFileSync(first!, 'utf8')).join('\n'))
    const child = spawn(process.execPath, [bin, 'segment', big, '--lang', 'ru'], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise((resolve) => child.on('close', resolve))
    expect({status, stderr}).toEqual({status: 0, stderr: ''})
  })
})
