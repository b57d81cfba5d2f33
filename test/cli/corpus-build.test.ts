import {cpSync, existsSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {corpusDir, corpusFiles, parseJsonl, runCli, tempDir} from './run-cli.js'

function copyCorpus(): string {
  const dir = tempDir()
  cpSync(corpusDir, path.join(dir, 'corpus/ru'), {recursive: true})
  return dir
}

describe('tolmach corpus build', () => {
  it('segments corpus/ru/*.md into build/ru.xlf and build/ru.jsonl with a one-line summary', () => {
    const dir = copyCorpus()
    const run = runCli(['corpus', 'build'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    const jsonl = parseJsonl(readFileSync(path.join(dir, 'build/ru.jsonl'), 'utf8'))
    const xliff = readFileSync(path.join(dir, 'build/ru.xlf'), 'utf8')
    const names = corpusFiles().map((f) => `ru/${path.basename(f)}`)
    expect([...new Set(jsonl.map((s) => s.file))]).toEqual(names)
    expect([...xliff.matchAll(/<file original="([^"]+)" source-language="ru" target-language="en"/g)].map((m) => m[1])).toEqual(names)
    expect((xliff.match(/<trans-unit /g) ?? []).length).toBe(jsonl.length)
    expect(run.stderr).toBe(`Corpus built: 2 files, ${jsonl.length} segments → build/ru.xlf, build/ru.jsonl\n`)
  })

  it('matches tolmach segment on the same files', () => {
    const dir = copyCorpus()
    runCli(['corpus', 'build', 'corpus', '--out', 'out'], {cwd: dir})
    const segment = runCli(['segment', ...corpusFiles().map((f) => path.basename(f)), '--lang', 'ru'], {cwd: corpusDir})
    const strip = (s: Record<string, unknown>) => ({...s, file: undefined})
    expect(parseJsonl(readFileSync(path.join(dir, 'out/ru.jsonl'), 'utf8')).map(strip)).toEqual(parseJsonl(segment.stdout).map(strip))
  })

  it('prints a JSON summary on stdout with --json, and a Russian summary with Russian plurals', () => {
    const dir = copyCorpus()
    const run = runCli(['corpus', 'build', '--json'], {cwd: dir, env: {LANG: 'ru_RU.UTF-8'}})
    expect(run.status).toBe(0)
    const summary = JSON.parse(run.stdout)
    expect(summary.files.map((f: {file: string}) => f.file)).toEqual(corpusFiles().map((f) => `ru/${path.basename(f)}`))
    expect(summary.segments).toBe(summary.files.reduce((n: number, f: {segments: number}) => n + f.segments, 0))
    expect(summary.outputs).toEqual(['build/ru.xlf', 'build/ru.jsonl'])
    const n = summary.segments as number
    const word = n % 10 === 1 && n % 100 !== 11 ? 'сегмент' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'сегмента' : 'сегментов'
    expect(run.stderr).toBe(`Корпус собран: 2 файла, ${n} ${word} → build/ru.xlf, build/ru.jsonl\n`)
    expect(runCli(['corpus', 'build', '--json', '--quiet'], {cwd: dir}).stderr).toBe('')
  })

  it('names a missing corpus folder and an empty one', () => {
    const dir = tempDir()
    expect(runCli(['corpus', 'build', 'nowhere'], {cwd: dir})).toEqual({status: 2, stdout: '', stderr: 'error: nowhere/ru: no such folder\n'})
    mkdirSync(path.join(dir, 'empty/ru'), {recursive: true})
    expect(runCli(['corpus', 'build', 'empty'], {cwd: dir}).stderr).toBe('error: empty/ru: no Markdown files (*.md) found\n')
    expect(existsSync(path.join(dir, 'build'))).toBe(false)
  })
})
