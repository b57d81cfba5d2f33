import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {sharedDir} from '../../../scripts/shared-dir.mjs'
import {parseGlossary} from './parse-glossary.js'
import type {Glossary} from './types.js'

const formats = path.join(sharedDir(), 'eval-data/glossary/formats')
const read = (name: string) => parseGlossary(readFileSync(path.join(formats, name)), {fileName: name})
const termCount = (g: Glossary) => g.concepts.reduce((n, c) => n + c.terms.length, 0)
const find = (g: Glossary, text: string) => g.concepts.flatMap((c) => c.terms.map((t) => ({...t, concept: c}))).filter((t) => t.text === text)

// Counts read off each sample by hand: rows, minus rows merged because they
// repeat a source (synonyms) or are duplicates, terms per language column.
const expected: Array<[file: string, format: string, concepts: number, terms: number]> = [
  ['crowdin-glossary.csv', 'crowdin', 10, 24],
  ['deepl-api-entries.csv', 'deepl', 15, 30],
  ['deepl-api-entries.tsv', 'deepl', 19, 39],
  ['deepl-glossary-generator-export.csv', 'deepl', 9, 18],
  ['deepl-ui-export.csv', 'deepl', 11, 22],
  ['google-equivalent-term-sets.csv', 'google-equivalent', 11, 21],
  ['google-unidirectional.csv', 'google-unidirectional', 11, 22],
  ['google-unidirectional.tsv', 'google-unidirectional', 15, 30],
  ['lokalise-glossary.csv', 'lokalise', 11, 21],
  ['memoq-termbase.csv', 'memoq', 10, 25],
  ['omegat-glossary-cp1251.tab', 'omegat', 11, 24],
  ['omegat-glossary.txt', 'omegat', 11, 24],
  ['omegat-glossary.utf8', 'omegat', 11, 24],
  ['phrase-strings-termbase.csv', 'phrase-strings', 10, 20],
  ['phrase-tms-termbase.csv', 'phrase-tms', 8, 19],
  ['smartling-blocklist.csv', 'smartling-blocklist', 6, 13],
  ['smartling-glossary.csv', 'smartling-glossary', 12, 30],
  ['tbx-basic-v3.tbx', 'tbx-2019', 6, 21],
  ['tbx-v2-martif.tbx', 'tbx-2008', 2, 6],
  ['trados-multiterm.csv', 'trados', 10, 35],
  ['real/weblate-cs.tbx', 'tbx-2008', 4, 8]
]

describe('parseGlossary on the sample of every layout', () => {
  for (const [file, format, concepts, terms] of expected) {
    it(`${file}: ${format}, ${concepts} concepts, ${terms} terms, no errors`, () => {
      const result = read(file)
      expect(result.format).toBe(format)
      expect(result.glossary.concepts.length).toBe(concepts)
      expect(termCount(result.glossary)).toBe(terms)
      expect(result.messages.filter((m) => m.severity === 'error')).toEqual([])
    })
  }

  it('keeps quoted commas, doubled quotes and multi-line cells', () => {
    const deepl = read('deepl-api-entries.csv').glossary
    expect(find(deepl, 'Министерство промышленности и строительства, РК')).toHaveLength(1)
    expect(find(deepl, '"Middle Corridor" project')).toHaveLength(1)
    const memoq = read('memoq-termbase.csv').glossary
    expect(memoq.concepts.find((c) => c.id === '2')?.note).toBe('Multi-line note:\nline 2 of the note')
    expect(memoq.concepts.find((c) => c.id === '1')?.note).toBe('Note with a ; semicolon')
    expect(memoq.concepts.find((c) => c.id === '0')?.examples).toEqual([
      {ru: 'Казахстан богат критическими минералами.', en: 'Kazakhstan is rich in critical minerals.'}
    ])
  })

  it('reads statuses from status words, flags and TBX administrativeStatus', () => {
    expect(find(read('crowdin-glossary.csv').glossary, 'critical raw materials')[0]?.status).toBe('deprecated')
    expect(find(read('trados-multiterm.csv').glossary, 'Kosherbaev')[0]?.status).toBe('forbidden')
    expect(find(read('phrase-tms-termbase.csv').glossary, 'Foreign Office')[0]?.status).toBe('forbidden')
    expect(find(read('lokalise-glossary.csv').glossary, 'Foreign Office')[0]?.status).toBe('forbidden')
    expect(find(read('smartling-blocklist.csv').glossary, 'State Dept')[0]).toMatchObject({status: 'forbidden', forms: ['State Dept.']})
    const tbx = read('tbx-basic-v3.tbx').glossary
    expect(find(tbx, 'critical raw materials')[0]?.status).toBe('forbidden')
    expect(find(tbx, 'Госдеп')[0]).toMatchObject({status: 'admitted', termType: 'shortForm', partOfSpeech: 'noun'})
  })

  it('strips Phrase stem markers and splits Trados synonyms with their statuses', () => {
    expect(find(read('phrase-tms-termbase.csv').glossary, 'критические минералы')).toHaveLength(1)
    const trados = read('trados-multiterm.csv').glossary
    const state = trados.concepts.find((c) => c.id === '2')!
    expect(state.terms.map((t) => `${t.lang}:${t.text}:${t.status}`)).toEqual([
      'ru:Государственный департамент США:preferred',
      'ru:Госдеп:admitted',
      'ru:Госдепартамент:admitted',
      'en:US Department of State:preferred',
      'en:State Department:admitted'
    ])
  })

  it('decodes the windows-1251 OmegaT file to the same glossary as the UTF-8 one', () => {
    const cp = read('omegat-glossary-cp1251.tab')
    expect(cp.encoding).toBe('windows-1251')
    expect(cp.messages.some((m) => m.ruleId === 'glossary-encoding')).toBe(true)
    expect(cp.glossary).toEqual(read('omegat-glossary.utf8').glossary)
  })

  it('merges ё/е and Latin/Cyrillic duplicates with a positioned notice', () => {
    const google = read('google-equivalent-term-sets.csv')
    const notice = google.messages.find((m) => m.ruleId === 'glossary-duplicate')
    expect(notice?.place?.start.line).toBe(12)
    const tsv = read('deepl-api-entries.tsv')
    expect(tsv.messages.find((m) => m.ruleId === 'glossary-duplicate' && m.actual === 'C5+1')?.place?.start.line).toBe(14)
  })

  it('throws TypeError on misuse', () => {
    expect(() => parseGlossary(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseGlossary('', {format: 'xlsx' as never})).toThrow(TypeError)
  })
})
