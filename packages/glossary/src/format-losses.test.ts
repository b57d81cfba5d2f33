import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {glossaryFormatLosses} from './format-losses.js'
import {parseGlossary} from './parse-glossary.js'

const termbase = parseGlossary(readFileSync(new URL('../../../glossary/termbase.csv', import.meta.url)), {fileName: 'termbase.csv'}).glossary
const tbx = parseGlossary(readFileSync(new URL('fixtures/tbx-normative-authorization.tbx', import.meta.url))).glossary

describe('glossaryFormatLosses: what an export cannot hold', () => {
  it('CSV and JSON hold the whole model', () => {
    expect(glossaryFormatLosses(termbase, 'csv')).toEqual([])
    expect(glossaryFormatLosses(termbase, 'json')).toEqual([])
  })

  it('OmegaT loses statuses short of forbidden, notes, domains and examples of the project termbase', () => {
    const fields = glossaryFormatLosses(termbase, 'omegat', {source: 'ru', target: 'en'}).map((l) => l.field)
    expect(fields).toEqual(expect.arrayContaining(['status', 'domain', 'example']))
    // Every concept of the termbase has a usable ru and en term: none is left out whole.
    expect(fields).not.toContain('unpaired')
    const ruKk = glossaryFormatLosses(tbx, 'omegat', {source: 'ru', target: 'kk'})
    expect(ruKk.find((l) => l.field === 'unpaired')).toEqual({field: 'unpaired', concepts: 1, first: 'ambassador'})
    expect(ruKk.find((l) => l.field === 'language')).toEqual({field: 'language', concepts: 1, first: 'ambassador'})
  })

  it('TBX loses extra forms, case sensitivity and exact flags only', () => {
    const g = parseGlossary('id,ru,en,en_forms,en_case_sensitive\nc1,МИД,MFA,MFAs,yes\n').glossary
    expect(glossaryFormatLosses(g, 'tbx').map((l) => `${l.field}:${l.concepts}:${l.first}`)).toEqual(['forms:1:c1', 'caseSensitive:1:c1'])
  })
})
