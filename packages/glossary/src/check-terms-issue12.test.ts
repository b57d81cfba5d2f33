import {describe, expect, it} from 'vitest'
import {checkTerms} from './check-terms.js'
import {createTermMatcher} from './term-matcher.js'
import type {Glossary} from './types.js'

// Issue 12: one problem gives one finding, approved short forms are not
// inconsistent, the longest concept covering a span wins, and a forbidden
// variant that differs from the approved term only by an inflection is kept apart.
const glossary: Glossary = {
  languages: ['ru', 'en'],
  concepts: [
    {
      id: 'sec',
      terms: [
        {text: 'Комиссия по ценным бумагам и биржам', lang: 'ru', status: 'preferred'},
        {text: 'Securities and Exchange Commission', lang: 'en', status: 'preferred'},
        {text: 'SEC', lang: 'en', status: 'admitted'}
      ]
    },
    {
      id: 'prime-minister',
      terms: [
        {text: 'Председатель Правительства РФ', lang: 'ru', status: 'preferred'},
        {text: 'Prime Minister', lang: 'en', status: 'preferred'}
      ]
    },
    {
      id: 'government',
      terms: [
        {text: 'Правительство РФ', lang: 'ru', status: 'preferred'},
        {text: 'Russian Government', lang: 'en', status: 'preferred'}
      ]
    },
    {
      id: 'fbi',
      terms: [
        {text: 'ФБР', lang: 'ru', status: 'preferred'},
        {text: 'Federal Bureau of Investigation', lang: 'en', status: 'preferred'},
        {text: 'Federal Bureau of Investigations', lang: 'en', status: 'forbidden'}
      ]
    },
    {
      id: 'landau',
      terms: [
        {text: 'Кристофер Ландау', lang: 'ru', status: 'preferred'},
        {text: 'Christopher Landau', lang: 'en', status: 'preferred'}
      ]
    }
  ]
}
const matchers = {source: createTermMatcher(glossary, {lang: 'ru'}), target: createTermMatcher(glossary, {lang: 'en'})}
const rules = (pairs: Array<{source: string; target: string}>) => checkTerms(pairs, matchers, {glossary}).map((f) => [f.pair, f.ruleId, f.conceptId, f.actual])

describe('checkTerms, issue 12', () => {
  it('an abbreviation and its full form are one naming, not an inconsistency', () => {
    const pairs = [
      {source: 'Комиссия по ценным бумагам и биржам одобрила сделку.', target: 'The Securities and Exchange Commission approved the deal.'},
      {source: 'Комиссия по ценным бумагам и биржам ответила.', target: 'The Securities and Exchange Commission replied.'},
      {source: 'Комиссия по ценным бумагам и биржам промолчала.', target: 'The SEC kept silent.'}
    ]
    expect(rules(pairs)).toEqual([])
  })

  it('the longest concept covering a span wins: no term-missing for the nested one', () => {
    const found = rules([{source: 'Председатель Правительства РФ провел совещание.', target: 'The Prime Minister held a meeting.'}])
    expect(found).toEqual([])
  })

  it('a forbidden inflection of the approved term flags only itself', () => {
    expect(rules([{source: 'Сотрудник ФБР дал показания.', target: 'An officer of the Federal Bureau of Investigation testified.'}])).toEqual([])
    expect(rules([{source: 'Сотрудник ФБР дал показания.', target: 'An officer of the Federal Bureau of Investigations testified.'}])).toEqual([
      [0, 'term-forbidden', 'fbi', 'Federal Bureau of Investigations']
    ])
  })

  it('a term left untranslated gives one finding, not also term-missing', () => {
    const found = rules([{source: 'Встреча с Кристофером Ландау.', target: 'Meeting with Кристофер Ландау.'}])
    expect(found).toEqual([[0, 'term-untranslated', 'landau', 'Кристофер Ландау']])
  })
})
