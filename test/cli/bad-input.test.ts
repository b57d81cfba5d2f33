import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {corpusFiles, parseJsonl, readRelease, runCli, tempDir} from './run-cli.js'

const release = readRelease(0)
const expected = parseJsonl(runCli(['segment', corpusFiles()[0]!]).stdout).map((s) => s.text)

function write(name: string, bytes: string | Uint8Array): string {
  const file = path.join(tempDir(), name)
  writeFileSync(file, bytes)
  return file
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le')
  if (endian === 'be') le.swap16()
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le])
}

describe('encodings', () => {
  it.each([
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(release)])],
    ['UTF-16LE with BOM', () => utf16(release, 'le')],
    ['UTF-16BE with BOM', () => utf16(release, 'be')]
  ])('reads %s as the same text', (_, bytes) => {
    const run = runCli(['segment', write('release.md', bytes())])
    expect(run.status).toBe(0)
    expect(parseJsonl(run.stdout).map((s) => s.text)).toEqual(expected)
  })

  it('refuses invalid UTF-8 with the byte offset and exit status 2', () => {
    const bytes = Buffer.concat([Buffer.from('# Заголовок\n\nТекст '), Buffer.from([0xc3, 0x28]), Buffer.from(' дальше.\n')])
    const file = write('bad.md', bytes)
    const offset = Buffer.byteLength('# Заголовок\n\nТекст ')
    const run = runCli(['segment', file])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    // Line 3, after the 6 characters of «Текст » (12 bytes): the place an editor jumps to, and the byte.
    expect(run.stderr).toBe(`error: ${file}:3:7: invalid UTF-8 at byte ${offset}; save the file as UTF-8 or UTF-16 with a BOM\n`)
  })

  it('counts the BOM in the byte offset', () => {
    const file = write('bad-bom.md', Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]))
    expect(runCli(['segment', file]).stderr).toContain(':1:2: invalid UTF-8 at byte 4;')
  })

  it('refuses a binary file clearly', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    const file = write('photo.md', png)
    const run = runCli(['segment', file])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`error: ${file}: looks like a binary file (NUL byte at byte 8), not text\n`)
  })

  it('gives no segments and no error for an empty file, in every format', () => {
    const file = write('empty.md', '')
    const jsonl = runCli(['segment', file])
    expect(jsonl).toEqual({status: 0, stdout: '', stderr: ''})
    const xliff = runCli(['segment', file, '-f', 'xliff'])
    expect(xliff.status).toBe(0)
    expect(xliff.stdout).toContain('<file original=')
    expect(xliff.stdout).not.toContain('<trans-unit')
    expect(runCli(['segment', file, '-f', 'tsv']).stdout).toBe('id\ttext\tfile\tline\n')
    expect(runCli(['segment', '-'], {input: ''})).toEqual({status: 0, stdout: '', stderr: ''})
  })
})

describe('usage and path errors', () => {
  it('lists the valid languages for an unknown code', () => {
    const run = runCli(['segment', corpusFiles()[0]!, '--lang', 'de'])
    expect(run).toEqual({status: 2, stdout: '', stderr: 'error: unknown language "de" for --lang; use one of: ru, en\n'})
    expect(runCli(['segment', corpusFiles()[0]!, '--target-lang', 'fr']).stderr).toContain('for --target-lang; use one of: ru, en')
  })

  it('lists the valid formats for an unknown one', () => {
    const run = runCli(['segment', corpusFiles()[0]!, '--format', 'docx'])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('error: unknown format "docx" for --format; use one of: jsonl, tsv, xliff, xliff2\n')
  })

  it('names a missing file and a folder', () => {
    expect(runCli(['segment', 'no/such/release.md'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error: no/such/release.md: no such file\n'
    })
    const dir = tempDir()
    mkdirSync(path.join(dir, 'folder.md'))
    expect(runCli(['segment', 'folder.md'], {cwd: dir}).stderr).toBe('error: folder.md: is a folder, not a file\n')
  })

  it('names an unreadable file', () => {
    // Root reads any permission bits, so an unreadable file is made with a read that fails for everyone.
    expect(runCli(['segment', '/proc/self/mem'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error: /proc/self/mem: cannot read (EIO)\n'
    })
  })

  it('reads standard input only once', () => {
    expect(runCli(['segment', '-', '-']).stderr).toBe('error: standard input (-) can be read only once\n')
  })

  it('suggests the nearest command and option', () => {
    expect(runCli(['segmnt', 'a.md'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "error: unknown command 'segmnt'\n(Did you mean segment?)\n"
    })
    expect(runCli(['segment', '--fromat', 'xliff', 'a.md']).stderr).toBe(
      "error: unknown option '--fromat'\n(Did you mean --format?)\n"
    )
    expect(runCli(['segment']).stderr).toBe("error: missing required argument 'file'\n")
  })

  it('warns when the language is unsure, says the threshold, and --quiet silences it', () => {
    const file = write('mixed.md', 'Министр встретился с коллегами. The meeting took place in Washington today.\n')
    const run = runCli(['segment', file])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/^warning: .*mixed\.md: language unsure: \d+% of letters are (Cyrillic|Latin) \(below the 75% needed to be sure\); assuming (ru|en), pass --lang to choose\n$/)
    expect(runCli(['segment', file, '--quiet']).stderr).toBe('')
    expect(runCli(['segment', file, '--lang', 'ru']).stderr).toBe('')
  })

  it('prints no stack trace unless TOLMACH_DEBUG is set', () => {
    expect(runCli(['segment', 'missing.md']).stderr).not.toMatch(/\n\s+at /)
    expect(runCli(['segment', 'missing.md'], {env: {TOLMACH_DEBUG: '1'}}).stderr).toMatch(/\n\s+at /)
  })
})

describe('findings', () => {
  it('reports content the output cannot hold at file:line:column and exits 1', () => {
    const file = write('control.md', '# Заголовок\n\nТекст \u0001 дальше. Второе предложение здесь.\n')
    const run = runCli(['segment', file, '-f', 'xliff'])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('<source>Заголовок</source>')
    expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:1: error .*U\\+0001.* \\[[a-z-]+\\]\\n$`))
    // JSONL holds any character, so the same file is fine there.
    expect(runCli(['segment', file]).status).toBe(0)
  })
})
