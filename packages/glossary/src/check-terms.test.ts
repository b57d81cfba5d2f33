import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {checkTerms} from './check-terms.js'
import {parseGlossary} from './parse-glossary.js'
import {createTermMatcher} from './term-matcher.js'

const glossary = parseGlossary(readFileSync(new URL('../../../glossary/termbase.csv', import.meta.url))).glossary
const matchers = {source: createTermMatcher(glossary, {lang: 'ru'}), target: createTermMatcher(glossary, {lang: 'en'})}
const brief = (pairs: Array<{source: string; target: string}>) =>
  checkTerms(pairs, matchers, {glossary}).map((f) => [f.pair, f.ruleId, f.severity, f.conceptId, f.start, f.end, f.actual ?? f.expected?.join(' | ')])

describe('checkTerms', () => {
  it('term-missing: the source term has no approved rendering in the target', () => {
    const source = 'Казахстан обладает запасами критических минералов.'
    const target = 'Kazakhstan has reserves of crucial raw materials.'
    expect(brief([{source, target}])).toEqual([[0, 'term-missing', 'error', 'critical-minerals', 0, target.length, 'critical minerals']])
  })

  it('term-forbidden: a forbidden or deprecated rendering, at its offsets in the target', () => {
    const target = 'The Foreign Office of Kazakhstan lists critical raw materials.'
    expect(brief([{source: 'МИД Казахстана публикует перечень критических минералов.', target}])).toEqual([
      [0, 'term-forbidden', 'error', 'mfa', 4, 18, 'Foreign Office'],
      [0, 'term-forbidden', 'warning', 'critical-minerals', 39, 61, 'critical raw materials']
    ])
  })

  it('term-forbidden: misspelt names the other government does not use', () => {
    const found = brief([{source: 'Визит Касым-Жомарта Токаева.', target: "Kasym-Zhomart Tokaev's visit."}])
    expect(found).toEqual([[0, 'term-forbidden', 'error', 'kassym-jomart-tokayev', 0, 22, "Kasym-Zhomart Tokaev's"]])
  })

  it('term-inconsistent: one source term, two approved renderings across the corpus', () => {
    const pairs = [
      {source: 'Госдеп заявил.', target: 'The State Department said.'},
      {source: 'Госдеп ответил.', target: 'The State Department replied.'},
      {source: 'Госдеп промолчал.', target: 'The U.S. Department of State kept silent.'}
    ]
    expect(brief(pairs)).toEqual([[2, 'term-inconsistent', 'warning', 'us-state-department', 4, 28, 'U.S. Department of State']])
  })

  it('term-untranslated: a Russian term left in Cyrillic in the target', () => {
    const target = 'The Минеральная conference: Кошербаев attended, and so did the Cyrillic С5+1.'
    const found = brief([{source: 'На конференции был Кошербаев из С5+1.', target}]).filter((f) => f[1] === 'term-untranslated')
    expect(found).toEqual([
      [0, 'term-untranslated', 'error', 'yermek-kosherbayev', 28, 37, 'Кошербаев'],
      [0, 'term-untranslated', 'error', 'c5-plus-1', 72, 76, 'С5+1']
    ])
  })

  it('a clean translation of a seed sentence has no findings', () => {
    const source = 'В Вашингтоне Ермек Кошербаев также встретился с первым заместителем государственного секретаря США Кристофером Ландау.'
    const target = 'In Washington, Yermek Kosherbayev also met with Deputy Secretary of State Christopher Landau.'
    expect(brief([{source, target}])).toEqual([])
    expect(brief([{source, target: target.replace('Deputy', 'First Deputy')}])).toEqual([
      [0, 'term-forbidden', 'error', 'deputy-secretary-of-state', 48, 79, 'First Deputy Secretary of State']
    ])
  })

  it('throws TypeError on misuse', () => {
    expect(() => checkTerms('x' as never, matchers)).toThrow(TypeError)
    expect(() => checkTerms([], {} as never)).toThrow(TypeError)
  })
})
