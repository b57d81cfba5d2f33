import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli} from './run-cli.js'

// Inputs from the fuzz campaign of issue 9, through the built CLI.
const dir = path.join(root, 'test/cli/fuzz-fixtures')

describe('check on inputs the fuzz campaign broke', () => {
  it.each(['xliff12-unit-outside-body.xlf', 'xliff2-unit-outside-file.xlf', 'tmx-nested-tu.tmx'])('%s: units out of place are checked, their forbidden terms found', (file) => {
    const run = runCli(['check', '-g', 'g-kosherbaev.csv', file, '--no-config', '-f', 'json'], {cwd: dir})
    expect(run.status).toBe(1)
    const findings = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; place: {start: {line: number}}}>}).findings.map((f) => `${f.place.start.line} ${f.ruleId}`)
    expect(findings.filter((f) => f.endsWith('term-forbidden'))).toEqual(['5 term-forbidden', '7 term-forbidden'])
  })

  it('deep nesting is a positioned error, not a crash', () => {
    const run = runCli(['check', '-g', 'g-kosherbaev.csv', 'deep-xliff2-5000.xlf', '--no-config'], {cwd: dir})
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/\d+:\d+ +error +elements nest deeper than 1000 levels/)
  })

  it('a config with Object.prototype names is refused with positions', () => {
    const run = runCli(['check', '--config', 'config-prototype-keys.json', 'a.md'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stdout + run.stderr).toContain('unknown property "toString"')
  })

  it('import reads XLIFF 2 after a comment longer than 4,096 characters', () => {
    // The unit's target repeats its source: read as XLIFF 2, it is reported as untranslated and kept.
    const run = runCli(['import', 'import-xliff2-long-comment.xlf', '-s', 'imp.md', '--allow-partial'], {cwd: dir})
    expect(run.stderr).toBe('import-xliff2-long-comment.xlf:5:5: warning the target repeats the source and is not counted as translated [target-untranslated]\n')
    expect([run.status, run.stdout]).toEqual([0, 'Посол прибыл.\n'])
  })
})
