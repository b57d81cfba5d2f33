import {readerMessageIds, readJsonlPairs, readTsvPairs} from '@tolmach/check'
import {describe, expect, it} from 'vitest'
import {localizeFinding} from './finding-message.js'
import {createTranslator} from './i18n.js'

describe('library findings in the interface language', () => {
  const ru = createTranslator('ru')
  const en = createTranslator('en')

  it('renders the pair readers\' findings in Russian from their message id and data', () => {
    const tsv = readTsvPairs({file: 'p.tsv', text: 'ru\ten\nПосол прибыл.\n'}, 'ru', 'en')
    const jsonl = readJsonlPairs({file: 'p.jsonl', text: 'not json\n{"source": "а"}\n'})
    const findings = [...tsv.findings, ...jsonl.findings]
    expect(findings.map((f) => f.message)).toEqual([
      'expected at least 2 tab-separated columns, found 1; row skipped',
      expect.stringMatching(/^not JSON: .+; line skipped$/),
      'not a pair: expected "source" and "target" texts; line skipped'
    ])
    expect(findings.map((f) => localizeFinding(f, ru).message)).toEqual([
      'ожидалось не меньше 2 столбцов через табуляцию, найдено 1; строка пропущена',
      expect.stringMatching(/^не JSON: .+; строка пропущена$/),
      'не пара: нужны тексты "source" и "target"; строка пропущена'
    ])
    // The English catalog and the library say the same.
    expect(findings.map((f) => localizeFinding(f, en).message)).toEqual(findings.map((f) => f.message))
  })

  it('has every reader message id in both catalogs', () => {
    for (const id of readerMessageIds) {
      expect(en(`check.${id}`, {count: 2}), id).not.toBe(`check.${id}`)
      expect(ru(`check.${id}`, {count: 2}), id).not.toBe(`check.${id}`)
    }
  })
})
