import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli, tempDir} from './run-cli.js'

const release = [
  '# Итоги года',
  '',
  'Отчёт — на [странице](/ru/reports/2023 "Годовой отчёт"), контакты — на <https://example.ru/ru/press>.',
  '',
  'Архив — в [разделе архива][архив].',
  '',
  '[архив]: /ru/archive',
  ''
].join('\n')

describe.each([['xliff'], ['xliff2']])('export --urls → localised URL targets → import (%s)', (format) => {
  test('every destination the translator localised is written, the rest kept', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ru.md'), release)
    const exported = runCli(['export', 'ru.md', '--urls', '--format', format, '-o', 'ru.xlf'], {cwd: dir})
    expect(exported.status, exported.stderr).toBe(0)
    // Four segments (the link title is one); the two URL units are not counted.
    expect(exported.stderr).toContain('Exported 4 segments')
    const xml = readFileSync(path.join(dir, 'ru.xlf'), 'utf8')
    // A CAT tool's edit of the targets: the URL units and the autolink's visible address.
    let translated = xml
    for (const [from, to] of [
      ['>/ru/reports/2023</target>', '>/en/reports/2023</target>'],
      ['>/ru/archive</target>', '>/en/archive</target>']
    ] as const) {
      expect(translated).toContain(from)
      translated = translated.replace(from, to)
    }
    const autolink = /(<target[^>]*>Отчёт[^\n]*?)https:\/\/example\.ru\/ru\/press/
    expect(translated).toMatch(autolink)
    translated = translated.replace(autolink, '$1https://example.ru/en/press')
    writeFileSync(path.join(dir, 'en.xlf'), translated)
    const imported = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', '--allow-partial'], {cwd: dir})
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stderr).not.toMatch(/\[(url-invalid|unit-unknown)\]/)
    expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toBe(
      release.replace('(/ru/reports/2023', '(/en/reports/2023').replace('<https://example.ru/ru/press>', '<https://example.ru/en/press>').replace(']: /ru/archive', ']: /en/archive')
    )
  })
})

test('a broken destination is an error placed in the XLIFF, and nothing is written without --allow-partial', () => {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'ru.md'), release)
  expect(runCli(['export', 'ru.md', '--urls', '-o', 'ru.xlf'], {cwd: dir}).status).toBe(0)
  const xml = readFileSync(path.join(dir, 'ru.xlf'), 'utf8')
  const broken = xml.replace(/>\/ru\/reports\/2023<\/target>/, '>javascript:alert(1)</target>')
  writeFileSync(path.join(dir, 'en.xlf'), broken)
  const line = broken.split('\n').findIndex((l) => l.includes('.url-1"')) + 1
  const strict = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md'], {cwd: dir})
  expect(strict.status).toBe(1)
  expect(strict.stderr).toContain(`en.xlf:${line}:7: error the link destination "javascript:alert(1)" is not a URL or path a Markdown link can carry; /ru/reports/2023 is kept [url-invalid]`)
  expect(existsSync(path.join(dir, 'en.md'))).toBe(false)
  const partial = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', '--allow-partial'], {cwd: dir})
  expect(partial.status).toBe(0)
  expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toContain('[странице](/ru/reports/2023 "Годовой отчёт")')
})
