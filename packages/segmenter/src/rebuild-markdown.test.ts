import {describe, expect, test} from 'vitest'
import {rebuildMarkdown} from './rebuild-markdown.js'
import {segmentMarkdown} from './segment-markdown.js'

const source = 'Первое **слово**. Второе предложение.\n\n- пункт **один**\n  два\n'
const segments = segmentMarkdown(source, {lang: 'ru'})
const [first, second, item] = segments as [(typeof segments)[0], (typeof segments)[0], (typeof segments)[0]]
const all = (overrides: Record<string, string | object> = {}) =>
  new Map<string, string | object>([
    [first.id, 'First {1}word{/1}.'],
    [second.id, 'Second sentence.'],
    [item.id, 'item {1}one{/1}\ntwo'],
    ...Object.entries(overrides)
  ]) as Map<string, string>
const place = {line: 7, column: 5, offset: 120}

describe('rebuildMarkdown', () => {
  test('the segments the tests rely on', () => {
    expect(segments.map((s) => s.text)).toEqual(['Первое {1}слово{/1}.', 'Второе предложение.', 'пункт {1}один{/1}\nдва'])
  })

  test('a full translation rebuilds the document with its markup and layout', () => {
    const result = rebuildMarkdown(source, all(), {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toBe('First **word**. Second sentence.\n\n- item **one**\n  two\n')
    expect(result.stats).toEqual({segments: 3, translated: 3, kept: 0})
  })

  test('a missing target is an error and keeps the source; --allow-partial makes it a warning', () => {
    const translations = all({[second.id]: {target: '', place}})
    const strict = rebuildMarkdown(source, translations, {lang: 'ru', unitsFile: 'ru.xlf'})
    expect(strict.findings).toMatchObject([{ruleId: 'target-missing', severity: 'error', file: 'ru.xlf', place: {start: place}}])
    expect(strict.markdown).toBe('First **word**. Второе предложение.\n\n- item **one**\n  two\n')
    const partial = rebuildMarkdown(source, translations, {lang: 'ru', allowPartial: true})
    expect(partial.findings).toMatchObject([{ruleId: 'target-missing', severity: 'warning'}])
    expect(partial.stats.kept).toBe(1)
  })

  test('a segment with no unit at all is reported at its place in the source', () => {
    const translations = all()
    translations.delete(item.id)
    const result = rebuildMarkdown(source, translations, {lang: 'ru', file: 'ru.md'})
    expect(result.findings).toMatchObject([{ruleId: 'unit-missing', severity: 'error', file: 'ru.md', place: {start: {line: 3, column: 3}}}])
  })

  test.each([
    ['First word{/1}.', ['placeholder-lost']],
    ['First {1}word{/1} {1}again{/1}.', ['placeholder-duplicated', 'placeholder-duplicated']],
    ['First {1}word{/1}{2/}.', ['placeholder-added']],
    ['First {/1}word{1}.', ['placeholder-order']]
  ])('placeholder problems in %j keep the source text', (target, rules) => {
    const result = rebuildMarkdown(source, all({[first.id]: {target, place}}), {lang: 'ru', unitsFile: 'ru.xlf'})
    expect(result.findings.map((f) => f.ruleId)).toEqual(rules)
    expect(result.findings.every((f) => f.severity === 'error' && f.file === 'ru.xlf')).toBe(true)
    expect(result.markdown.startsWith('Первое **слово**. Second')).toBe(true)
  })

  test('overlapping pairs are out of order', () => {
    const text = 'A *b **c*** d.'
    const [segment] = segmentMarkdown(text, {lang: 'en'})
    expect(segment!.text).toBe('A {1}b {2}c{/2}{/1} d.')
    const result = rebuildMarkdown(text, new Map([[segment!.id, 'A {1}b {2}c{/1}{/2} d.']]), {lang: 'en'})
    expect(result.findings.map((f) => f.ruleId)).toEqual(['placeholder-order'])
  })

  test('unknown ids, changed sources and untranslated states are warnings', () => {
    const translations = all({
      'p-unknown': {target: 'x', place},
      [second.id]: {target: 'Second sentence.', source: 'Второе  предложение!', state: 'needs-translation', place}
    })
    const result = rebuildMarkdown(source, translations, {lang: 'ru', unitsFile: 'ru.xlf'})
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['unit-unknown', 'warning'],
      ['source-changed', 'warning'],
      ['target-state', 'warning']
    ])
    expect(result.markdown).toContain('Second sentence.')
  })

  test('changed markup (a new link URL) is a changed source too', () => {
    const doc = 'См. [сайт](https://new.ru).\n'
    const [segment] = segmentMarkdown(doc, {lang: 'ru'})
    const old = segmentMarkdown('См. [сайт](https://old.ru).\n', {lang: 'ru'})[0]!
    expect(old.id).toBe(segment!.id)
    const unit = {target: 'See the {1}site{/1}.', source: old.text, sourcePlaceholders: old.placeholders, place}
    const result = rebuildMarkdown(doc, new Map([[segment!.id, unit]]), {lang: 'ru'})
    expect(result.findings.map((f) => f.ruleId)).toEqual(['source-changed'])
    expect(result.markdown).toBe('See the [site](https://new.ru).\n')
    const same = rebuildMarkdown(doc, new Map([[segment!.id, {...unit, sourcePlaceholders: segment!.placeholders}]]), {lang: 'ru'})
    expect(same.findings).toEqual([])
  })

  test('a translated line of = or - does not turn the line above into a heading', () => {
    const doc = 'Итог.\n'
    const [segment] = segmentMarkdown(doc, {lang: 'ru'})
    const result = rebuildMarkdown(doc, new Map([[segment!.id, 'Total\n==\nand\n---']]), {lang: 'ru'})
    expect(result.markdown).toBe('Total\n\\==\nand\n\\---\n')
  })

  test('a heading that ends in a lone # keeps it', () => {
    const doc = '## Задача №\n'
    const [segment] = segmentMarkdown(doc, {lang: 'ru'})
    expect(rebuildMarkdown(doc, new Map([[segment!.id, 'Issue #']]), {lang: 'ru'}).markdown).toBe('## Issue \\#\n')
  })

  test('whitespace-only differences in the source are not a change', () => {
    const result = rebuildMarkdown(source, all({[second.id]: {target: 'Second.', source: 'Второе\n предложение.'}}), {lang: 'ru'})
    expect(result.findings).toEqual([])
  })

  test('new lines in a translation get the container prefix; blank lines and trailing spaces are folded', () => {
    const quote = '> Цитата один. Цитата два.\n'
    const [a, b] = segmentMarkdown(quote, {lang: 'ru'})
    const result = rebuildMarkdown(quote, new Map([[a!.id, 'Quote\n\n  one.  '], [b!.id, 'Quote   \ntwo.']]), {lang: 'ru'})
    expect(result.markdown).toBe('> Quote\n> one. Quote\n> two.\n')
  })

  test('text that would read as markup is escaped where it lands', () => {
    const doc = 'Абзац.\n\n| А | Б |\n| - | - |\n| ячейка | ещё |\n\n# Заголовок\n'
    const english: Record<string, string> = {'Абзац.': '1. *Not* a list', А: 'A', Б: 'B', ячейка: 'A | B', ещё: 'two\nlines', Заголовок: 'Head\nline'}
    const translations = new Map(segmentMarkdown(doc, {lang: 'ru'}).map((s) => [s.id, english[s.text]!]))
    expect(translations.size).toBe(6)
    const result = rebuildMarkdown(doc, translations, {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toBe('1\\. \\*Not\\* a list\n\n| A | B |\n| - | - |\n| A \\| B | two lines |\n\n# Head line\n')
  })

  test('a translated shortcut reference keeps pointing at its definition', () => {
    const doc = 'См. [доклад] и [архив][].\n\n[доклад]: https://a.ru\n[архив]: https://b.ru\n'
    const [segment] = segmentMarkdown(doc, {lang: 'ru'})
    const result = rebuildMarkdown(doc, new Map([[segment!.id, 'See the {1}report{/1} and {2}archive{/2}.']]), {lang: 'ru'})
    expect(result.markdown.split('\n')[0]).toBe('See the [report][доклад] and [archive][архив].')
  })

  test('an autolink keeps its address verbatim, and becomes a link when its text is translated', () => {
    const doc = 'Сайт <https://a.ru/x_y> и www.b.ru/z_w тут.\n'
    const [segment] = segmentMarkdown(doc, {lang: 'ru'})
    expect(segment!.text).toBe('Сайт {1}https://a.ru/x_y{/1} и {2}www.b.ru/z_w{/2} тут.')
    const kept = rebuildMarkdown(doc, new Map([[segment!.id, 'Site {1}https://a.ru/x_y{/1} and {2}www.b.ru/z_w{/2} here.']]), {lang: 'ru'})
    expect(kept.markdown).toBe('Site <https://a.ru/x_y> and www.b.ru/z_w here.\n')
    const changed = rebuildMarkdown(doc, new Map([[segment!.id, 'The {1}site{/1} and {2}www.b.ru/z_w{/2}.']]), {lang: 'ru'})
    expect(changed.markdown).toBe('The [site](https://a.ru/x_y) and www.b.ru/z_w.\n')
  })

  test('alt texts and titles are written inside their markup, escaped for it', () => {
    const doc = 'Фото ![герб *страны*](g.png "Герб") тут.\n\n[a]: https://a.ru \'Сайт\'\n'
    const ids = new Map(segmentMarkdown(doc, {lang: 'ru'}).map((s) => [s.kind, s]))
    const result = rebuildMarkdown(
      doc,
      new Map([
        [ids.get('paragraph')!.id, 'Photo {1/} here.'],
        [ids.get('imageAlt')!.id, 'coat [of] arms'],
        ...segmentMarkdown(doc, {lang: 'ru'})
          .filter((s) => s.kind === 'linkTitle')
          .map((s) => [s.id, s.text === 'Герб' ? 'Coat "of" arms' : "Ministry's site"] as [string, string])
      ]),
      {lang: 'ru'}
    )
    expect(result.findings).toEqual([])
    expect(result.markdown).toBe('Photo ![coat \\[of\\] arms](g.png "Coat \\"of\\" arms") here.\n\n[a]: https://a.ru \'Ministry\\\'s site\'\n')
  })

  test('misuse throws a TypeError naming the argument', () => {
    expect(() => rebuildMarkdown(1 as unknown as string, new Map(), {lang: 'ru'})).toThrow(/`source`/)
    expect(() => rebuildMarkdown('', {} as Map<string, string>, {lang: 'ru'})).toThrow(/`translations`/)
    expect(() => rebuildMarkdown('', new Map(), {lang: 'de' as 'ru'})).toThrow(/options.lang/)
    expect(() => rebuildMarkdown('', new Map(), {lang: 'ru', allowPartial: 'yes' as unknown as boolean})).toThrow(/allowPartial/)
  })
})
