import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, tempDir} from './run-cli.js'

const ru = [
  '# Итоги встречи',
  '',
  'Министр иностранных дел провёл переговоры в Вашингтоне. Стороны обсудили поставки критических минералов.',
  '',
  'Ещё одна встреча состоится в следующем году.',
  ''
].join('\n')
const en = [
  '# Results of the Meeting',
  '',
  'The Minister of Foreign Affairs held talks in Washington. The sides discussed supplies of critical minerals.',
  '',
  'Another meeting will take place next year.',
  ''
].join('\n')

/** Windows-1251 bytes of ASCII and Russian letters: the code page puts А…я at 0xC0…0xFF, Ё at 0xA8, ё at 0xB8. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0)!
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (code === 0x401) return 0xa8
    if (code === 0x451) return 0xb8
    throw new Error(`not in this test's part of windows-1251: ${c}`)
  }))
}

/** Two folders with the same file names: one UTF-8, one windows-1251, so outputs compare byte for byte. */
function project() {
  const utf8 = tempDir()
  const legacy = tempDir()
  writeFileSync(path.join(utf8, 'ru.md'), ru)
  writeFileSync(path.join(legacy, 'ru.md'), cp1251(ru))
  for (const dir of [utf8, legacy]) {
    writeFileSync(path.join(dir, 'en.md'), en)
    writeFileSync(path.join(dir, 'terms.csv'), 'id,ru,en\nmfa,Министерство иностранных дел,Ministry of Foreign Affairs\n')
  }
  return {utf8, legacy}
}

const notice = 'warning: ru.md: not UTF-8; read as windows-1251 (pass --encoding to choose)\n'

describe('input encodings', () => {
  it('segment reads a windows-1251 file as Russian, with a notice, and --encoding reads it without one', () => {
    const {utf8, legacy} = project()
    const expected = runCli(['segment', 'ru.md'], {cwd: utf8})
    expect(expected.status).toBe(0)
    const sniffed = runCli(['segment', 'ru.md'], {cwd: legacy})
    expect(sniffed.status).toBe(0)
    expect(sniffed.stderr).toBe(notice)
    expect(sniffed.stdout).toBe(expected.stdout)
    const named = runCli(['segment', 'ru.md', '--encoding', 'cp1251'], {cwd: legacy})
    expect(named.stderr).toBe('')
    expect(named.stdout).toBe(expected.stdout)
    // Standard input too.
    const piped = runCli(['segment', '-'], {cwd: legacy, input: cp1251(ru)})
    expect(piped.status).toBe(0)
    expect(piped.stderr).toContain('not UTF-8; read as windows-1251')
  })

  it('keeps refusing what is not Russian in windows-1251, and what --encoding utf-8 says is broken', () => {
    const {legacy} = project()
    const forced = runCli(['segment', 'ru.md', '--encoding', 'utf-8'], {cwd: legacy})
    expect(forced.status).toBe(2)
    expect(forced.stderr).toBe('error: ru.md:1:3: invalid UTF-8 at byte 2; save the file as UTF-8 or UTF-16 with a BOM\n')
    // Damaged UTF-8 Russian would read as «РњРёРЅ…» in windows-1251: an error, not mojibake.
    writeFileSync(path.join(legacy, 'damaged.md'), Buffer.concat([Buffer.from(ru), Buffer.from([0xff])]))
    const damaged = runCli(['segment', 'damaged.md'], {cwd: legacy})
    expect(damaged.status).toBe(2)
    expect(damaged.stderr).toMatch(/^error: damaged\.md:\d+:\d+: invalid UTF-8 at byte \d+/)
    const unknown = runCli(['segment', 'ru.md', '--encoding', 'koi8-r'], {cwd: legacy})
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toBe('error: unknown encoding "koi8-r" for --encoding; use one of: utf-8, utf-16le, utf-16be, windows-1251\n')
  })

  it('align, export and check read the windows-1251 file as the UTF-8 one', () => {
    const {utf8, legacy} = project()
    for (const args of [
      ['align', 'ru.md', 'en.md', '--format', 'jsonl', '--include', 'all'],
      ['align', 'en.md', 'ru.md', '--format', 'jsonl', '--include', 'all'],
      ['export', 'ru.md', '--glossary', 'terms.csv'],
      ['check', '--no-config', '--glossary', 'terms.csv', '--pair', 'ru.md', 'en.md', '--format', 'json']
    ]) {
      const expected = runCli(args, {cwd: utf8})
      const sniffed = runCli(args, {cwd: legacy})
      expect(sniffed.status, args.join(' ')).toBe(expected.status)
      expect(sniffed.stdout, args.join(' ')).toBe(expected.stdout)
      expect(sniffed.stderr.startsWith(notice), args.join(' ')).toBe(true)
      const named = runCli([...args, '--encoding', 'windows-1251'], {cwd: legacy})
      expect(named.stdout, args.join(' ')).toBe(expected.stdout)
      expect(named.stderr).not.toContain('windows-1251')
    }
    expect(readFileSync(path.join(legacy, 'en.md'), 'utf8')).toBe(en)
  })

  it('reads a windows-1251 glossary the same in align, check and export: one loader (issue 10)', () => {
    const {utf8} = project()
    const terms = 'id,ru,en\nmfa,Министерство иностранных дел,Ministry of Foreign Affairs\n'
    writeFileSync(path.join(utf8, 'tb1251.csv'), cp1251(terms))
    for (const args of [
      ['align', 'ru.md', 'en.md', '--format', 'jsonl', '--include', 'all', '-g', 'GLOSSARY'],
      ['check', '--no-config', '-g', 'GLOSSARY', '--pair', 'ru.md', 'en.md', '--format', 'json'],
      ['export', 'ru.md', '--glossary', 'GLOSSARY']
    ]) {
      const withFile = (name: string) => args.map((a) => (a === 'GLOSSARY' ? name : a))
      const expected = runCli(withFile('terms.csv'), {cwd: utf8})
      const legacy = runCli(withFile('tb1251.csv'), {cwd: utf8})
      expect(legacy.status, args.join(' ')).toBe(expected.status)
      expect(legacy.stdout.replaceAll('tb1251.csv', 'terms.csv'), args.join(' ')).toBe(expected.stdout)
    }
  })
})
