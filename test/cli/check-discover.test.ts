import {mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {layout, lone, release} from './discover-layout.js'
import {root, runCli} from './run-cli.js'

// Folders, globs and standard input as `check` inputs, with Markdown documents paired by their names.
interface Report {
  findings: Array<{ruleId: string; severity: string; message: string; file: string; place: {start: {line: number; column: number}}}>
}

const check = (args: string[], cwd: string, input?: string) => runCli(['check', '--no-config', '--format', 'json', ...args], {cwd, ...(input === undefined ? {} : {input})})
const shown = (report: Report) => report.findings.map((f) => [f.file, f.ruleId, f.severity, f.place.start.line, f.place.start.column])

describe('tolmach check on folders and globs', () => {
  const {dir, changedLine} = layout()
  let walkedOnce: ReturnType<typeof check> | undefined
  const walk = () => (walkedOnce ??= check(['docs', 'news'], dir))

  it('pairs ru/X.md with en/X.md and X.ru.md with X.en.md, and finds what --pair finds', () => {
    const walked = walk()
    const report = JSON.parse(walked.stdout) as Report
    const explicit = JSON.parse(check(['--pair', `docs/ru/${release}`, `docs/en/${release}`, 'news/pg13.ru.md', 'news/pg13.en.md'], dir).stdout) as Report
    expect(explicit.findings.length).toBeGreaterThan(0)
    // Everything the named pairs give, and one more finding: the page left without its translation.
    expect(shown(report).filter((f) => f[1] !== 'unpaired-file')).toEqual(shown(explicit))
    expect(shown(report).filter((f) => f[1] === 'unpaired-file')).toEqual([[`docs/ru/${lone}`, 'unpaired-file', 'warning', 1, 1]])
    // The changed number is found in the translation, at its line.
    expect(shown(report).filter((f) => f[1] === 'number-mismatch')).toEqual([['news/pg13.en.md', 'number-mismatch', 'error', changedLine, expect.any(Number)]])
    expect(walked.status).toBe(1)
    expect(walked.stderr).toContain('5 files')
  })

  it('takes globs, and says in Russian which page has no translation', () => {
    const globbed = JSON.parse(check(['docs/**/*.md', 'news/*.md'], dir).stdout) as Report
    expect(shown(globbed)).toEqual(shown(JSON.parse(walk().stdout) as Report))
    const russian = JSON.parse(check(['--ui-lang', 'ru', 'docs/ru/*.md', 'docs/en/*.md'], dir).stdout) as Report
    expect(russian.findings.find((f) => f.ruleId === 'unpaired-file')?.message).toBe(`перевод этого документа не найден (среди входных файлов нет docs/en/${lone}): не проверен`)
  })

  it('refuses a folder or pattern that matches nothing, and a named document without its translation', () => {
    mkdirSync(path.join(dir, 'empty'))
    expect(runCli(['check', '--no-config', 'empty', 'docs/**/*.xlf'], {cwd: dir})).toMatchObject({status: 2, stderr: 'error: no file to check in empty, docs/**/*.xlf\n'})
    expect(runCli(['check', '--no-config', `docs/ru/${lone}`], {cwd: dir}).status).toBe(2)
  })

  it('reads a bilingual file from standard input as -', () => {
    const tsv = readFileSync(path.join(root, 'test/cli/check-fixtures/pairs.tsv'), 'utf8')
    const fromFile = JSON.parse(check([path.join(root, 'test/cli/check-fixtures/pairs.tsv')], dir).stdout) as Report
    const fromStdin = check(['-'], dir, tsv)
    const report = JSON.parse(fromStdin.stdout) as Report
    expect(report.findings.length).toBeGreaterThan(0)
    expect(report.findings.map((f) => ({...f, file: ''}))).toEqual(fromFile.findings.map((f) => ({...f, file: ''})))
    expect(report.findings.every((f) => f.file === '-')).toBe(true)
  })
})
