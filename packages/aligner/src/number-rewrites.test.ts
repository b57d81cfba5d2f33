import {describe, expect, it} from 'vitest'
import {checkBead} from './check-bead.js'

const rules = (ru: string[], en: string[], i = 0, j = 0) => checkBead(ru, en, {src: [i], tgt: [j], score: 0.99}).findings.map((f) => f.ruleId)

describe('numbers a translator rewrites without changing the content', () => {
  it('accepts a measure converted to metric units, and only the right one (TED talk, align-real 09)', () => {
    const en = ['We design objects like this robotic arm with an 80-foot diameter reach with a vehicular base.']
    expect(rules(['Мы разрабатываем объекты, как, например, эта рука–робот с 24-метровым размахом на движущейся платформе.'], en)).toEqual([])
    expect(rules(['Мы разрабатываем объекты, как, например, эта рука–робот с 40-метровым размахом на движущейся платформе.'], en)).toEqual(['number-mismatch'])
    expect(rules(['Температура поднялась до 30 градусов.'], ['The temperature rose to 86 °F.'])).toEqual([])
    expect(rules(['Он пробежал 16 км.'], ['He ran 10 miles.'])).toEqual([])
    // Units that do not convert into each other are no excuse.
    expect(rules(['Он пробежал 16 кг.'], ['He ran 10 miles.'])).toEqual(['number-mismatch'])
  })

  it('accepts a product’s number left implicit when the document names it elsewhere (PostgreSQL 17 press kit, align-real 04)', () => {
    const ru = [
      'Сегодня Глобальная группа разработки PostgreSQL объявляет о выходе PostgreSQL 17.',
      'Также поддерживаются SQL/JSON конструкторы JSON, JSON_SCALAR, JSON_SERIALIZE и функции запросов JSON_EXISTS, JSON_QUERY, JSON_VALUE.'
    ]
    const en = [
      'The PostgreSQL Global Development Group today announced the release of PostgreSQL 17.',
      'PostgreSQL 17 now supports SQL/JSON constructors (JSON, JSON_SCALAR, JSON_SERIALIZE) and query functions (JSON_EXISTS, JSON_QUERY, JSON_VALUE).'
    ]
    expect(rules(ru, en, 1, 1)).toEqual([])
    // Not when the translation never names that version.
    expect(rules([ru[0]?.replace('17', '16') as string, ru[1] as string], en, 1, 1)).toEqual(['number-mismatch'])
    expect(rules([ru[1] as string], [en[1] as string])).toEqual(['number-mismatch'])
  })

  it('does not call a link on its own line untranslated (release notes link, align-real 01)', () => {
    const url = 'https://www.postgresql.org/docs/11/release-11.html'
    expect(rules([url], [url])).toEqual([])
    expect(rules(['Code of Conduct'], ['Code of Conduct'])).toEqual(['untranslated'])
  })
})
