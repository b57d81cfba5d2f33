import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseGlossary} from './parse-glossary.js'

const fixture = (name: string) => parseGlossary(readFileSync(new URL(`fixtures/${name}`, import.meta.url)), {fileName: name})
const pairs = (r: ReturnType<typeof fixture>) => r.glossary.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}`).join(' '))
const at = (r: ReturnType<typeof fixture>, ruleId: string) =>
  r.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.file}:${m.place?.start.line}:${m.place?.start.column} ${m.severity}`)

describe('sheets whose header names no known column', () => {
  it('term_<lang> and <lang> term headers name the term columns', () => {
    const r = fixture('header-term-lang.csv')
    expect(pairs(r)).toEqual(['ru:МИД en:MFA'])
    expect(r.messages).toEqual([])
    const spaced = parseGlossary('ru_term;English term\nМИД;MFA\n')
    expect(pairs(spaced)).toEqual(['ru:МИД en:MFA'])
    expect(spaced.messages).toEqual([])
  })

  it('an unknown header over the data is reported, not imported, and does not swap the languages', () => {
    const r = fixture('header-unknown.csv')
    expect(at(r, 'glossary-header-unknown')).toEqual(['header-unknown.csv:1:1 warning'])
    expect(pairs(r)).toEqual(['ru:МИД en:MFA', 'ru:литий en:lithium'])
  })

  it('a Latin first row that may be a term is kept, and said so', () => {
    const r = fixture('header-maybe.csv')
    expect(at(r, 'glossary-header-unknown')).toEqual(['header-maybe.csv:1:1 warning'])
    expect(r.messages[0]?.message).toMatch(/kept as a term/)
    expect(pairs(r)).toEqual(['ru:USGS en:US Geological Survey', 'ru:МИД en:MFA', 'ru:литий en:lithium'])
  })

  it('the Russian column is the one with more Cyrillic, even when acronyms outnumber its Russian letters', () => {
    const r = fixture('acronyms-first.csv')
    expect(r.messages).toEqual([])
    expect(pairs(r).at(-1)).toBe('ru:МИД en:MFA')
    expect(parseGlossary('MFA,МИД\n').glossary.concepts[0]?.terms.map((t) => `${t.lang}:${t.text}`)).toEqual(['en:MFA', 'ru:МИД'])
  })
})
