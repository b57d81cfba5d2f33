import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseDocument} from 'yaml'
import {exportIn, importIn, readOut} from './roundtrip-helpers.js'
import {runCli, tempDir} from './run-cli.js'

// A release as a static site keeps it: the title, description and summary
// are for readers; the date, slug, layout, tags and aliases are site data.
const release = [
  '---',
  'title: "Казахстан и США: диалог C5+1 по критическим минералам"',
  'date: 2024-02-08',
  'slug: c5-1-critical-minerals # адрес страницы',
  'layout: press-release',
  'description: >-',
  '  Государственный департамент США провёл первую встречу в рамках',
  '  диалога C5+1.',
  "summary: 'Встреча в Вашингтоне'",
  'tags: [МИД, США]',
  'aliases:',
  '  - /ru/press/c5-1',
  '---',
  '',
  '# Диалог C5+1',
  '',
  'Встреча прошла в Вашингтоне.',
  ''
].join('\n')

// What a translator types, YAML-hostile on purpose: `: `, ` #`, quotes, a leading `-` and `[`.
const english: Record<string, string> = {
  'Казахстан и США: диалог C5+1 по критическим минералам': '- Kazakhstan & the US: "C5+1" #dialogue',
  'Государственный департамент США провёл первую встречу в рамках диалога C5+1.': "[Update] The State Department's first C5+1 meeting: done.",
  'Встреча в Вашингтоне': '*Meeting* in Washington',
  'Диалог C5+1': 'C5+1 dialogue',
  'Встреча прошла в Вашингтоне.': 'The meeting took place in Washington.'
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** Each unit's target replaced by the English, as a CAT tool writes it back. */
function translate(xliff: string): {translated: string; missing: string[]} {
  const missing: string[] = []
  const translated = xliff.replace(/<source>([\s\S]*?)<\/source>(\s*)<target[^>]*>[\s\S]*?<\/target>/g, (_all, source: string, space: string) => {
    const text = source.replace(/&amp;/g, '&')
    if (english[text] === undefined) missing.push(text)
    return `<source>${source}</source>${space}<target state="translated">${xml(english[text] ?? '')}</target>`
  })
  return {translated, missing}
}

const frontMatterLines = (markdown: string) => markdown.split('\n').slice(0, markdown.split('\n').indexOf('---', 1) + 1)

describe('front matter: tolmach export → translate → tolmach import', () => {
  test('title, description and summary are units; the rebuilt front matter is YAML with the translations and every other key as written', () => {
    const trip = exportIn(release, ['--lang', 'ru'])
    expect(trip.exported.status).toBe(0)
    expect(trip.xliff.match(/restype="x-frontMatter"/g)).toHaveLength(3)
    expect(trip.xliff).toContain('<note from="tolmach">ru.md:2:9 frontMatter</note>')
    const {translated, missing} = translate(trip.xliff)
    expect(missing).toEqual([])
    const imported = importIn(trip, translated)
    expect(imported.stderr).toContain('Wrote en.md: 5 segments translated, 0 kept in the source language')
    expect(imported.status).toBe(0)
    const out = readOut(trip)
    const lines = frontMatterLines(out)
    // Keys that are not translated come back byte for byte, in place.
    for (const line of ['date: 2024-02-08', 'slug: c5-1-critical-minerals # адрес страницы', 'layout: press-release', 'tags: [МИД, США]', 'aliases:', '  - /ru/press/c5-1']) {
      expect(lines).toContain(line)
    }
    expect(lines).toEqual([
      '---',
      'title: "- Kazakhstan & the US: \\"C5+1\\" #dialogue"',
      'date: 2024-02-08',
      'slug: c5-1-critical-minerals # адрес страницы',
      'layout: press-release',
      'description: >-',
      "  [Update] The State Department's first C5+1 meeting: done.",
      "summary: '*Meeting* in Washington'",
      'tags: [МИД, США]',
      'aliases:',
      '  - /ru/press/c5-1',
      '---'
    ])
    const data = parseDocument(lines.slice(1, -1).join('\n')).toJS() as Record<string, unknown>
    expect(data).toMatchObject({
      title: english['Казахстан и США: диалог C5+1 по критическим минералам'],
      description: english['Государственный департамент США провёл первую встречу в рамках диалога C5+1.'],
      summary: english['Встреча в Вашингтоне'],
      date: '2024-02-08'
    })
    expect(out.endsWith('---\n\n# C5+1 dialogue\n\nThe meeting took place in Washington.\n')).toBe(true)
  })

  test('the config file names the keys for export and import alike; --front-matter-keys overrides it', () => {
    const trip = {dir: tempDir()}
    writeFileSync(path.join(trip.dir, 'tolmach.config.json'), JSON.stringify({frontMatterKeys: ['title', 'tags']}))
    writeFileSync(path.join(trip.dir, 'ru.md'), release)
    const exported = runCli(['export', 'ru.md', '--lang', 'ru', '-o', 'ru.xlf'], {cwd: trip.dir})
    expect(exported.status).toBe(0)
    const viaConfig = runCli(['export', 'ru.md', '--lang', 'ru', '-o', '-'], {cwd: trip.dir}).stdout
    expect([...viaConfig.matchAll(/restype="x-frontMatter">\s*<source>([^<]*)</g)].map((m) => m[1])).toEqual(['Казахстан и США: диалог C5+1 по критическим минералам', 'МИД', 'США'])
    const none = runCli(['export', 'ru.md', '--lang', 'ru', '--front-matter-keys', '', '-o', '-'], {cwd: trip.dir}).stdout
    expect(none).not.toContain('x-frontMatter')

    // Imported with the same config: every unit matches. Imported with another list: reported, not dropped.
    // ("EN МИД" is still Russian, so --allow-partial lets its target-untranslated pass as a warning.)
    const copy = viaConfig.replace(/<target state="new">/g, '<target state="translated">EN ')
    writeFileSync(path.join(trip.dir, 'en.xlf'), copy)
    const same = runCli(['import', 'en.xlf', '--source', 'ru.md', '--allow-partial', '-o', 'en.md'], {cwd: trip.dir})
    expect(same.status).toBe(0)
    expect(same.stderr).not.toMatch(/\[unit-(missing|unknown)\]/)
    expect(frontMatterLines(readFileSync(path.join(trip.dir, 'en.md'), 'utf8'))).toContain('tags: [EN МИД, EN США]')
    const other = runCli(['import', 'en.xlf', '--source', 'ru.md', '--front-matter-keys', 'title,summary', '--allow-partial', '-o', 'other.md'], {cwd: trip.dir})
    expect(other.stderr.match(/\[unit-unknown\]/g)).toHaveLength(2)
    expect(other.stderr.match(/\[unit-missing\]/g)).toHaveLength(1)
  })

  test('a config whose frontMatterKeys is not a list of strings stops the command at its place', () => {
    const trip = {dir: tempDir()}
    writeFileSync(path.join(trip.dir, 'tolmach.config.json'), '{\n  "frontMatterKeys": "title"\n}\n')
    writeFileSync(path.join(trip.dir, 'ru.md'), release)
    const result = runCli(['export', 'ru.md', '--lang', 'ru', '-o', 'ru.xlf'], {cwd: trip.dir})
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/tolmach\.config\.json:2:3: error .*frontMatterKeys.* \[config-schema\]/)
  })

  test('tolmach segment gives the same front matter segments, positioned, and honours --front-matter-keys', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ru.md'), release)
    const rows = (args: string[]) =>
      runCli(['segment', 'ru.md', '--lang', 'ru', '-f', 'jsonl', ...args], {cwd: dir})
        .stdout.trim()
        .split('\n')
        .map((line) => JSON.parse(line) as {kind: string; text: string; position: {start: {line: number; column: number}}})
        .filter((row) => row.kind === 'frontMatter')
    expect(rows([]).map((r) => [r.text, r.position.start.line, r.position.start.column])).toEqual([
      ['Казахстан и США: диалог C5+1 по критическим минералам', 2, 9],
      ['Государственный департамент США провёл первую встречу в рамках диалога C5+1.', 7, 3],
      ['Встреча в Вашингтоне', 9, 11]
    ])
    expect(rows(['--front-matter-keys', 'aliases']).map((r) => r.text)).toEqual(['/ru/press/c5-1'])
  })

  test('front matter that is not YAML is reported at its place and kept as written', () => {
    const broken = '---\ntitle: Заголовок\ntitle: Дубль\n---\n\nТекст релиза о встрече.\n'
    const trip = exportIn(broken, ['--lang', 'ru'])
    expect(trip.exported.status).toBe(0)
    expect(trip.exported.stderr).toContain('ru.md:3:1: warning the front matter is not valid YAML (DUPLICATE_KEY) and is kept as written [front-matter-invalid]')
    expect(trip.xliff).not.toContain('x-frontMatter')
  })
})
