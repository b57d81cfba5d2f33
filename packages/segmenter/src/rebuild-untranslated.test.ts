import {describe, expect, test} from 'vitest'
import {rebuildMarkdown} from './rebuild-markdown.js'
import {untranslatedReason} from './rebuild-untranslated.js'
import {segmentMarkdown} from './segment-markdown.js'

describe('untranslatedReason', () => {
  test.each([
    ['Фото: МИД', 'Фото:  МИД', 'ru', 'same'],
    ['Photo: MFA', 'Фото: МИД', 'ru', undefined],
    // Names and figures read the same in both languages.
    ['G20 {1}2026{/1}', 'G20 {1}2026{/1}', 'ru', undefined],
    ['Министр иностранных дел USGS', 'Министр иностранных дел РК', 'ru', 'source-lang'],
    ['The «Самрук-Казына» fund and its subsidiaries', 'Фонд «Самрук-Казына»', 'ru', undefined],
    ['The ministry said so.', 'The ministry said so.', 'en', 'same'],
    ['Министерство сообщило об этом (MFA).', 'The ministry said so (MFA).', 'en', undefined],
    ['The {1}ministry{/1} said', 'Министерство сообщило', 'en', 'source-lang']
  ] as const)('%j for the source %j (%s): %s', (target, source, lang, reason) => {
    expect(untranslatedReason(target, source, lang)).toBe(reason)
  })
})

describe('rebuildMarkdown with reportUntranslated', () => {
  const source = 'Первое **слово**. Второе предложение.\n\nG20.\n'
  const [first, second, third] = segmentMarkdown(source, {lang: 'ru'})
  const place = {line: 4, column: 7, offset: 60}
  const translations = new Map([
    [first!.id, {target: 'First {1}word{/1}.', place}],
    [second!.id, {target: 'Второе предложение.', state: 'new', place}],
    [third!.id, {target: 'G20.', place}]
  ])

  test('a target that repeats its source is an error, not counted as translated', () => {
    const result = rebuildMarkdown(source, translations, {lang: 'ru', unitsFile: 'en.xlf', reportUntranslated: true})
    expect(result.findings).toMatchObject([{ruleId: 'target-untranslated', severity: 'error', actual: 'same', file: 'en.xlf', place: {start: place}}])
    expect(result.stats).toEqual({segments: 3, translated: 2, kept: 1})
    expect(result.markdown).toBe('First **word**. Второе предложение.\n\nG20.\n')
  })

  test('--allow-partial makes it a warning; without the option nothing is reported', () => {
    const partial = rebuildMarkdown(source, translations, {lang: 'ru', allowPartial: true, reportUntranslated: true})
    expect(partial.findings.map((f) => [f.ruleId, f.severity])).toEqual([['target-untranslated', 'warning']])
    const structural = rebuildMarkdown(source, translations, {lang: 'ru'})
    expect(structural.findings).toEqual([])
    expect(structural.stats.translated).toBe(3)
  })

  test('--allow-partial also keeps the source of a unit whose placeholders are wrong, as a warning', () => {
    const broken = new Map([...translations, [first!.id, {target: 'First word.', place}]])
    const partial = rebuildMarkdown(source, broken, {lang: 'ru', allowPartial: true})
    expect(partial.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['placeholder-lost', 'warning'],
      ['placeholder-lost', 'warning']
    ])
    expect(partial.markdown.startsWith('Первое **слово**.')).toBe(true)
  })
})
