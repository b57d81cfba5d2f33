import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {layout, lone, release} from './discover-layout.js'
import {runCli} from './run-cli.js'

// `tolmach align` on folders and globs: each pair found by name aligned, all pairs in one output.
interface Report {
  findings: Array<{ruleId: string; severity: string; file: string; place: {start: {line: number}}}>
}

const tus = (file: string) => (readFileSync(file, 'utf8').match(/<tu[ >]/g) ?? []).length

describe('tolmach align on folders and globs', () => {
  const {dir, changedLine} = layout()

  it('aligns every pair found by name into one TMX, as the pairs one by one would', () => {
    const all = runCli(['align', 'docs', 'news', '-o', 'all.tmx', '--include', 'all'], {cwd: dir})
    expect(all.status).toBe(1)
    // The Russian page without its translation is named, not skipped.
    expect(all.stderr).toContain(`docs/ru/${lone}:1:1: warning no translation found for this document (expected docs/en/${lone} among the inputs): not checked [unpaired-file]`)
    const one = runCli(['align', `docs/ru/${release}`, `docs/en/${release}`, '-o', 'one.tmx', '--include', 'all'], {cwd: dir})
    const two = runCli(['align', 'news/pg13.ru.md', 'news/pg13.en.md', '-o', 'two.tmx', '--include', 'all'], {cwd: dir})
    expect([one.status, two.status]).toEqual([0, 1])
    expect(tus(path.join(dir, 'one.tmx'))).toBeGreaterThan(0)
    expect(tus(path.join(dir, 'all.tmx'))).toBe(tus(path.join(dir, 'one.tmx')) + tus(path.join(dir, 'two.tmx')))
  })

  it('reports in a CI format from a glob, the changed number at its line', () => {
    const run = runCli(['align', 'news/*.md', '--report-format', 'json', '--fail-on', 'error', '-o', 'news.tmx'], {cwd: dir})
    const report = JSON.parse(run.stdout) as Report
    expect(report.findings.some((f) => f.ruleId === 'number-mismatch' && f.file === 'news/pg13.en.md' && f.place.start.line === changedLine)).toBe(true)
    expect(run.status).toBe(1)
  })

  it('refuses what has no pair, and a ladder of several pairs', () => {
    expect(runCli(['align', 'nothing/*.md'], {cwd: dir})).toMatchObject({status: 2, stderr: 'error: no file to check in nothing/*.md\n'})
    expect(runCli(['align', `docs/ru/${lone}`], {cwd: dir}).status).toBe(2)
    expect(runCli(['align', 'docs', 'news', '-f', 'ladder'], {cwd: dir})).toMatchObject({status: 2, stderr: 'error: the ladder format and a gold file (--write-gold) describe one alignment: give one document pair, not 2\n'})
  })

  it('reads the source from standard input as -', () => {
    const input = readFileSync(path.join(dir, 'docs/ru', release), 'utf8')
    const run = runCli(['align', '-', `docs/en/${release}`, '-o', 'stdin.tmx', '--include', 'all'], {cwd: dir, input})
    expect(run.status).toBe(0)
    expect(tus(path.join(dir, 'stdin.tmx'))).toBe(tus(path.join(dir, 'one.tmx')))
  })
})
