import {describe, expect, it} from 'vitest'
import {langOfName, pairByName} from './pair-by-name.js'

describe('pairByName', () => {
  it('pairs language folders and language suffixes, Russian side first', () => {
    const {pairs, findings} = pairByName(['docs/en/guide/a.md', 'docs/ru/guide/a.md', 'news/b.ru.md', 'news/b.en.md'])
    expect(pairs).toEqual([
      {ru: 'docs/ru/guide/a.md', en: 'docs/en/guide/a.md'},
      {ru: 'news/b.ru.md', en: 'news/b.en.md'}
    ])
    expect(findings).toEqual([])
  })

  it('takes the last language folder, and both layouts at once', () => {
    expect(pairByName(['ru/site/en/x.md', 'ru/site/ru/x.md']).pairs).toEqual([{ru: 'ru/site/ru/x.md', en: 'ru/site/en/x.md'}])
    expect(pairByName(['ru/x.ru.md', 'en/x.en.md']).pairs).toEqual([{ru: 'ru/x.ru.md', en: 'en/x.en.md'}])
    expect(pairByName(['RU/x.md', 'EN/x.md']).pairs).toEqual([{ru: 'RU/x.md', en: 'EN/x.md'}])
  })

  it('reports every file left without a partner at its first line, never drops it', () => {
    const {pairs, findings} = pairByName(['ru/a.md', 'en/a.md', 'ru/only.md', 'c.en.markdown', 'README.md'])
    expect(pairs).toEqual([{ru: 'ru/a.md', en: 'en/a.md'}])
    const shown = findings.map((f) => [f.file, f.ruleId, f.severity, f.messageId, f.data, f.place?.start.line, f.place?.start.column])
    expect(shown).toEqual([
      ['README.md', 'unpaired-file', 'info', 'noLangInName', {file: 'README.md'}, 1, 1],
      ['ru/only.md', 'unpaired-file', 'warning', 'unpairedFile', {file: 'ru/only.md', expected: 'en/only.md'}, 1, 1],
      ['c.en.markdown', 'unpaired-file', 'warning', 'unpairedFile', {file: 'c.en.markdown', expected: 'c.ru.markdown'}, 1, 1]
    ])
    expect(findings[1]?.message).toBe('no translation found for this document (expected en/only.md among the inputs): not checked')
  })

  it('uses each file once', () => {
    const {pairs, findings} = pairByName(['ru/x.md', 'en/x.md', 'ru/x.md'])
    expect(pairs).toHaveLength(1)
    expect(findings).toEqual([])
  })

  it('reads the language of a name', () => {
    expect([langOfName('a.ru.md'), langOfName('a/en/b.md'), langOfName('ru.md'), langOfName('rules/a.md')]).toEqual(['ru', 'en', undefined, undefined])
  })
})
