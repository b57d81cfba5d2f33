import {describe, expect, it} from 'vitest'
import {checkBead} from './check-bead.js'

const ru = [
  'Особое внимание уделено реализации договоренностей на сумму порядка 17 млрд долларов, достигнутых 19 сентября 2023 года.',
  'Фото: МИД',
  'Подробности: https://www.state.gov/c5-1-dialogue (Государственный департамент США).',
  'Стороны подтвердили нацеленность на развитие партнерства.'
]
const en = [
  'Particular attention was paid to agreements worth about $17 billion reached on September 19, 2023.',
  'Particular attention was paid to agreements worth about $70 billion reached on September 19, 2024.',
  'Details: https://www.state.gov/c5-1-dialogue (U.S. Department of State).',
  'Details: https://www.state.gov/other (U.S. Department of State).',
  'Стороны подтвердили нацеленность на развитие партнерства.',
  'Yes.'
]

const rules = (check: ReturnType<typeof checkBead>) => check.findings.map((f) => f.ruleId)

describe('checkBead', () => {
  it('passes a faithful pair with normalised numbers and dates', () => {
    const check = checkBead(ru, en, {src: [0], tgt: [0], score: 0.9})
    expect(check).toEqual({verdict: 'ok', findings: []})
  })

  it('reports each changed number once, at its offset in the translation, with the source number it should match', () => {
    const check = checkBead(ru, en, {src: [0], tgt: [1], score: 0.9})
    expect(check.verdict).toBe('error')
    expect(check.findings.filter((f) => f.side === 'source')).toEqual([])
    const target = check.findings.map((f) => [(en[1] as string).slice(f.start, f.end), f.expected])
    expect(target).toEqual([
      ['70 billion', ['17 млрд']],
      ['2024', ['2023']]
    ])
    expect(check.findings[0]!.message).toBe('number `70 billion` does not match `17 млрд` in the source')
    expect(new Set(rules(check))).toEqual(new Set(['number-mismatch']))
  })

  it('accepts the same link and reports a different one', () => {
    expect(checkBead(ru, en, {src: [2], tgt: [2], score: 0.9}).verdict).toBe('ok')
    const check = checkBead(ru, en, {src: [2], tgt: [3], score: 0.9})
    expect(rules(check)).toEqual(['link-mismatch', 'link-mismatch'])
    const first = check.findings[0]
    expect(first && (ru[2] as string).slice(first.start, first.end)).toBe('https://www.state.gov/c5-1-dialogue')
  })

  it('reports unaligned sentences, quietly for credit lines', () => {
    const caption = checkBead(ru, en, {src: [1], tgt: [], score: 0.2})
    expect(caption.verdict).toBe('ok')
    expect(caption.findings[0]).toMatchObject({ruleId: 'unaligned-source', severity: 'info', sentence: 1, start: 0, end: 9})
    const dropped = checkBead(ru, en, {src: [3], tgt: [], score: 0.05})
    expect(dropped.verdict).toBe('warning')
    expect(rules(checkBead(ru, en, {src: [], tgt: [5], score: 0.05}))).toEqual(['unaligned-target'])
  })

  it('checks English → Russian beads the other way round', () => {
    const options = {sourceLang: 'en', targetLang: 'ru'} as const
    const src = ['Kazakhstan exported 12.5 thousand tonnes in 2023.', 'Photo: MFA']
    const tgt = ['В 2023 году Казахстан экспортировал 12,5 тыс. тонн.', 'Kazakhstan exported 12.5 thousand tonnes in 2023.', 'Readout of the Meeting with the Leaders (Белый дом)']
    expect(checkBead(src, tgt, {src: [0], tgt: [0], score: 0.9}, options).findings).toEqual([])
    expect(checkBead(src, tgt, {src: [1], tgt: [], score: 0.5}, options).findings[0]).toMatchObject({ruleId: 'unaligned-source', severity: 'info'})
    const same = checkBead(src, tgt, {src: [0], tgt: [1], score: 0.9}, options).findings
    expect(same.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['untranslated', 'error', 'target sentence repeats the source']])
    const kept = checkBead(src, tgt, {src: [0], tgt: [2], score: 0.9}, options).findings.filter((f) => f.ruleId === 'untranslated')
    expect(kept.map((f) => [f.severity, f.message])).toEqual([['warning', 'target sentence is mostly in English']])
    expect(() => checkBead(src, tgt, {src: [0], tgt: [0], score: 1}, {sourceLang: 'ru', targetLang: 'ru'})).toThrow(TypeError)
  })

  it('reports untranslated targets, odd lengths and low scores', () => {
    expect(rules(checkBead(ru, en, {src: [3], tgt: [4], score: 0.9}))).toEqual(['untranslated'])
    const short = checkBead(ru, en, {src: [3], tgt: [5], score: 0.05})
    expect(rules(short)).toEqual(['length-ratio', 'low-confidence'])
    expect(short.verdict).toBe('warning')
  })

  it('throws TypeError on misuse', () => {
    expect(() => checkBead(ru, en, {src: [9], tgt: [0], score: 1})).toThrow(TypeError)
    expect(() => checkBead(ru, en, null as never)).toThrow(TypeError)
  })
})

describe('checkBead on segment text with placeholders', () => {
  it('does not take placeholder tokens for numbers', () => {
    const ru = ['Министр {1}С.В. Лавров{/1} провёл переговоры 8 февраля{2/}.']
    const en = ['Minister {1}Sergey Lavrov{/1} held talks on February 8{2/}.']
    expect(checkBead(ru, en, {src: [0], tgt: [0], score: 0.9}).verdict).toBe('ok')
    const changed = checkBead(ru, ['Minister {1}Sergey Lavrov{/1} held talks on February 9{2/}.'], {src: [0], tgt: [0], score: 0.9})
    expect(changed.findings.map((f) => [f.actual, f.expected])).toEqual([['9', ['8']]])
  })

  it('states the pair\'s own length ratio and the document\'s in the length-ratio message', () => {
    const ru = ['Короткое предложение о погоде.']
    const en = ['A very much longer English sentence about the weather that goes on and on and on for quite a while longer still.']
    const finding = checkBead(ru, en, {src: [0], tgt: [0], score: 0.9}, {ratio: 1.1}).findings.find((f) => f.ruleId === 'length-ratio')
    expect(finding?.message).toBe(`target has ${en[0]!.length} characters for ${ru[0]!.length} of source (ratio ${(en[0]!.length / ru[0]!.length).toFixed(2)}; this document's is 1.10)`)
  })

  it('takes a date on one side only for a dateline (info), but a changed date for an error', () => {
    const ru = ['13 октября 2022 - Сегодня группа объявила о выпуске версии 15.']
    const en = ['Today the group announced the release of version 15.']
    const added = checkBead(ru, en, {src: [0], tgt: [0], score: 0.9})
    expect(added.verdict).toBe('ok')
    expect(added.findings.map((f) => f.ruleId)).toEqual(['date-one-side'])
    const changed = checkBead(ru, ['October 14, 2022 - Today the group announced the release of version 15.'], {src: [0], tgt: [0], score: 0.9})
    expect(changed.verdict).toBe('error')
  })

  it('lets spelled-out numbers, short year ranges and ISO dates answer digits', () => {
    const ok = (ru: string, en: string) => checkBead([ru], [en], {src: [0], tgt: [0], score: 0.99}).findings.filter((f) => f.ruleId === 'number-mismatch')
    expect(ok('Производительность выросла почти в два раза.', 'Performance improved by up to 2x.')).toEqual([])
    expect(ok('к семидесятой годовщине Декларации', 'for the 70th anniversary of the Declaration')).toEqual([])
    expect(ok('Он служил с 1981 по 1987 годы.', 'He served in 1981-87.')).toEqual([])
    expect(ok('Обновлено: 2022-05-02', 'Last updated: May 2, 2022.')).toEqual([])
    // A spelled number on its own is not a finding, but a digit with no counterpart still is.
    expect(ok('Один из них пришёл.', 'One of them came.')).toEqual([])
    expect(ok('Пришли 70 человек.', 'Eighty people came.').map((f) => f.actual)).toEqual(['70'])
  })

  it('does not call a place name kept in both languages untranslated', () => {
    expect(checkBead(['New York'], ['New York'], {src: [0], tgt: [0], score: 0.99}).verdict).toBe('ok')
    expect(checkBead(['the same sentence in english here'], ['The same sentence in English here'], {src: [0], tgt: [0], score: 0.99}).verdict).toBe('error')
  })
})
