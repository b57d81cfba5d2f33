import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {createTranslator} from './i18n/i18n.js'
import {en, type LocaleTree} from './locales/en.js'
import {ru} from './locales/ru.js'

const pluralSuffix = /_(zero|one|two|few|many|other)$/

function flatten(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const enKeys = flatten(en as unknown as LocaleTree)
const ruKeys = flatten(ru)
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort()

describe('locales', () => {
  it('has every English key in Russian, plurals with _one, _few, _many and _other', () => {
    const missing: string[] = []
    for (const key of enKeys.keys()) {
      const base = key.replace(pluralSuffix, '')
      const wanted = base === key ? [key] : ['_one', '_few', '_many', '_other'].map((s) => base + s)
      for (const k of wanted) if (!ruKeys.has(k)) missing.push(k)
    }
    expect(missing).toEqual([])
  })

  it('has no Russian key that English lacks (a typo would silently fall back)', () => {
    const enBases = new Set([...enKeys.keys()].map((k) => k.replace(pluralSuffix, '')))
    expect([...ruKeys.keys()].filter((k) => !enBases.has(k.replace(pluralSuffix, '')))).toEqual([])
  })

  it('uses the same interpolation variables in both languages', () => {
    const differ: string[] = []
    for (const [key, text] of ruKeys) {
      const enText = enKeys.get(key) ?? enKeys.get(key.replace(pluralSuffix, '_other'))
      if (enText !== undefined && placeholders(enText).join() !== placeholders(text).join()) differ.push(key)
    }
    expect(differ).toEqual([])
  })

  it('writes Russian plurals right, fractions included', () => {
    const t = createTranslator('ru')
    const forms = [1, 2, 5, 11, 21, 22, 25, 1.5].map((count) => t('count.segment', {count}))
    expect(forms).toEqual([
      '1 сегмент',
      '2 сегмента',
      '5 сегментов',
      '11 сегментов',
      '21 сегмент',
      '22 сегмента',
      '25 сегментов',
      '1,5 сегмента'
    ])
    expect(t('count.file', {count: 3})).toBe('3 файла')
  })

  it('puts Russian counts in the case the words around them ask for', () => {
    const t = createTranslator('ru')
    // «из» takes the genitive: «из 1 файла», never «из 1 файл».
    const files = (count: number) => t('segment.summary', {segments: t('count.segment', {count: 3}), files: t('countCase.fromFiles', {count}), output: 'out.jsonl'})
    expect([1, 2, 5, 21, 22].map(files)).toEqual([
      'Записано: 3 сегмента из 1 файла в out.jsonl',
      'Записано: 3 сегмента из 2 файлов в out.jsonl',
      'Записано: 3 сегмента из 5 файлов в out.jsonl',
      'Записано: 3 сегмента из 21 файла в out.jsonl',
      'Записано: 3 сегмента из 22 файлов в out.jsonl'
    ])
    // The participle agrees with the count: «переведён 1 сегмент», «переведено 2 сегмента».
    expect([1, 2, 5, 21].map((count) => t('countCase.translatedSegments', {count}))).toEqual([
      'переведён 1 сегмент',
      'переведено 2 сегмента',
      'переведено 5 сегментов',
      'переведён 21 сегмент'
    ])
    expect([1, 2, 21].map((count) => t('check.rowColumns', {count, found: 1}).split(' через')[0])).toEqual([
      'ожидалось не меньше 1 столбца',
      'ожидалось не меньше 2 столбцов',
      'ожидалось не меньше 21 столбца'
    ])
    expect([0, 2, 21].map((count) => t('corpus.goldUnresolved', {file: 'g.json', opening: 'А', count}).split('соответствует ')[1])).toEqual([
      '0 предложениям вместо одного',
      '2 предложениям вместо одного',
      '21 предложению вместо одного'
    ])
  })

  it('writes English plurals and leaves file names unescaped', () => {
    const t = createTranslator('en')
    expect([1, 2].map((count) => t('count.segment', {count}))).toEqual(['1 segment', '2 segments'])
    expect(t('error.notFound', {file: 'a&b <c>.md'})).toBe('a&b <c>.md: no such file')
  })
})

// Source files other than locales and tests: every message must come from t().
const sourceDir = new URL('./', import.meta.url)
const sources = readdirSync(sourceDir, {recursive: true, encoding: 'utf8'})
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('locales'))
  .map((f) => ({file: f, text: readFileSync(new URL(f, sourceDir), 'utf8')}))

describe('message sources', () => {
  it('finds the CLI sources to check', () => {
    expect(sources.map((s) => s.file)).toEqual(expect.arrayContaining(['cli.ts', 'commands/segment.ts']))
  })

  it('uses only keys that exist in English', () => {
    const unknown: string[] = []
    for (const {file, text} of sources) {
      for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
        const key = m[1]!
        if (!enKeys.has(key) && !enKeys.has(`${key}_other`)) unknown.push(`${file}: ${key}`)
      }
    }
    expect(unknown).toEqual([])
  })

  it('passes no literal prose to the places people read', () => {
    // A literal with two words in a call that prints or builds a user-facing error bypasses i18next.
    const call = /\b(?:write|warn|info|fail|usageError|description|option|argument)\(([^)]*)\)/g
    const prose = /'[^']*[A-Za-zА-Яа-я]{2,} [A-Za-zА-Яа-я]{2,}[^']*'|`[^`]*[A-Za-zА-Яа-я]{2,} [A-Za-zА-Яа-я]{2,}[^`]*`/
    const bypasses: string[] = []
    for (const {file, text} of sources) {
      for (const m of text.matchAll(call)) if (prose.test(m[1]!)) bypasses.push(`${file}: ${m[0]}`)
    }
    expect(bypasses).toEqual([])
  })
})
