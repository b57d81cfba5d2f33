import type {ReadDocument} from '@tolmach/formats'
import {describe, expect, test} from 'vitest'
import {createTranslator} from '../../i18n/i18n.js'
import {pickDocument, readTranslatedXliff, translateRebuildFindings, unitsById} from './import-units.js'

const t = createTranslator('en')
const doc = (file: string): ReadDocument => ({file, units: []})

describe('pickDocument', () => {
  test('the only <file>, whatever its name', () => {
    expect(pickDocument([doc('other.md')], 'ru.md', 'x.xlf', t).file).toBe('other.md')
  })
  test('among several, the one naming the source, by path or base name', () => {
    expect(pickDocument([doc('a.md'), doc('corpus/ru/b.md')], 'b.md', 'x.xlf', t).file).toBe('corpus/ru/b.md')
  })
  test('none or several that fit is a usage error listing the files', () => {
    expect(() => pickDocument([], 'ru.md', 'x.xlf', t)).toThrow('x.xlf: no <file> element with translation units')
    expect(() => pickDocument([doc('a.md'), doc('b.md')], 'ru.md', 'x.xlf', t)).toThrow('x.xlf: several <file> elements and none is ru.md: a.md, b.md')
  })
})

describe('reading a translated XLIFF', () => {
  const xliff12 = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="ru.md" source-language="ru" target-language="en" datatype="x-markdown"><body>
<trans-unit id="p-1"><source>Да <ph id="1">\`x\`</ph>.</source><target state="needs-translation">Yes <ph id="1">\`x\`</ph>.</target></trans-unit>
<trans-unit id="p-2"><source>Нет.</source></trans-unit>
</body></file></xliff>`
  const xliff2 = `<?xml version="1.0"?>
<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en"><file id="f1" original="ru.md">
<unit id="u1" name="p-1"><segment><source>Да.</source><target>Yes.</target></segment></unit>
</file></xliff>`

  test('XLIFF 1.2 and 2 are told apart, and units carry target, source, state and place', async () => {
    const one = await readTranslatedXliff(xliff12, 'en.xlf')
    expect(one.findings).toEqual([])
    const units = unitsById(one.documents[0]!)
    expect([...units.keys()]).toEqual(['p-1', 'p-2'])
    expect(units.get('p-1')).toMatchObject({source: 'Да {1/}.', target: 'Yes {1/}.', state: 'needs-translation', place: {line: 3, column: 1}})
    expect(units.get('p-1')!.sourcePlaceholders).toMatchObject([{id: 1, type: 'standalone', markdown: '`x`'}])
    expect(units.get('p-2')!.target).toBeUndefined()
    const two = await readTranslatedXliff(xliff2, 'en.xlf')
    expect(two.findings).toEqual([])
    expect([...unitsById(two.documents[0]!).entries()].map(([id, u]) => [id, u.target])).toEqual([['p-1', 'Yes.']])
  })
})

test('rebuild findings are worded in the interface language; rule ids stay', () => {
  const finding = {ruleId: 'placeholder-added', severity: 'error' as const, message: 'english', source: 'tolmach-rebuild', actual: '{3/}'}
  expect(translateRebuildFindings([finding], 'ru.md', createTranslator('ru'))).toEqual([
    {...finding, message: 'метки {3/} нет в исходном тексте; оставлен исходный текст'}
  ])
  const unknown = {...finding, ruleId: 'not-a-rebuild-rule'}
  expect(translateRebuildFindings([unknown], 'ru.md', t)[0]!.message).toBe('english')
})
