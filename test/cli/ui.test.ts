import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli} from './run-cli.js'

const version = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version

describe('the tolmach command line', () => {
  it('prints its version', () => {
    expect(runCli(['--version'])).toEqual({status: 0, stdout: `${version}\n`, stderr: ''})
    expect(runCli(['-V']).stdout).toBe(`${version}\n`)
  })

  it('shows help with commands, and per-command help with examples, on stdout', () => {
    const help = runCli(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: tolmach \[options\] \[command\]/)
    expect(help.stdout).toMatch(/\n {2}segment \[options\] <file\.\.\.>/)
    expect(help.stdout).toMatch(/\n {2}corpus /)
    const segment = runCli(['help', 'segment'])
    expect(segment.status).toBe(0)
    expect(segment.stdout).toContain('Examples:\n  $ tolmach segment release.md --format xliff -o release.xlf')
    expect(runCli(['segment', '--help']).stdout).toBe(segment.stdout)
    expect(runCli(['corpus', 'build', '--help']).stdout).toContain('$ tolmach corpus build corpus --out build --json')
  })

  it('exits 2 with help on stderr when no command is given', () => {
    const run = runCli([])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: tolmach/)
  })

  it('speaks Russian from --ui-lang, TOLMACH_LANG or the locale', () => {
    const ru = 'ошибка: missing.md: файл не найден\n'
    expect(runCli(['--ui-lang', 'ru', 'segment', 'missing.md']).stderr).toBe(ru)
    expect(runCli(['segment', 'missing.md', '--ui-lang=ru']).stderr).toBe(ru)
    expect(runCli(['segment', 'missing.md'], {env: {TOLMACH_LANG: 'ru'}}).stderr).toBe(ru)
    expect(runCli(['segment', 'missing.md'], {env: {LC_ALL: 'ru_RU.UTF-8'}}).stderr).toBe(ru)
    expect(runCli(['segment', 'missing.md'], {env: {LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'en_US.UTF-8'}}).stderr).toBe(
      'error: missing.md: no such file\n'
    )
    expect(runCli(['segment', 'missing.md'], {env: {LANG: 'ru_RU.UTF-8', TOLMACH_LANG: 'en'}}).stderr).toBe(
      'error: missing.md: no such file\n'
    )
  })

  it('translates help and commander errors into Russian', () => {
    const help = runCli(['help', 'segment'], {env: {LANG: 'ru_RU.UTF-8'}})
    expect(help.stdout).toMatch(/^Использование: tolmach segment/)
    expect(help.stdout).toContain('Параметры:')
    expect(help.stdout).toContain('Примеры:')
    expect(runCli(['segmnt'], {env: {LANG: 'ru_RU.UTF-8'}}).stderr).toBe(
      'ошибка: неизвестная команда «segmnt»\n(Возможно, имелось в виду segment?)\n'
    )
  })

  it('refuses an interface language it has no messages for', () => {
    const run = runCli(['--ui-lang', 'de', 'segment', 'a.md'])
    expect(run).toEqual({status: 2, stdout: '', stderr: 'error: unknown interface language "de" for --ui-lang; use one of: en, ru\n'})
  })

  it('colours diagnostics only when asked or on a terminal', () => {
    expect(runCli(['segment', 'missing.md']).stderr).not.toContain('\u001b[')
    expect(runCli(['segment', 'missing.md'], {env: {FORCE_COLOR: '1'}}).stderr).toBe('\u001b[31merror:\u001b[39m missing.md: no such file\n')
    expect(runCli(['segment', 'missing.md'], {env: {FORCE_COLOR: '0', NO_COLOR: '1'}}).stderr).not.toContain('\u001b[')
  })
})
