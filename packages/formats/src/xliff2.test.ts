import type {Finding} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {loadFixture} from './fixtures/load.js'
import {readXliff2} from './xliff2-reader.js'
import {writeXliff2} from './xliff2-writer.js'

const inline = loadFixture('inline-markup')

describe('writeXliff2', () => {
  const xml = writeXliff2([inline, loadFixture('empty')], {
    targets: new Map([['h-1', {text: 'Statement', state: 'translated' as const, subState: 'tolmach:exact-match'}]])
  })

  test('root, files and units', () => {
    expect(xml).toContain('<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en">')
    expect(xml).toContain('<file id="f1" original="fixtures/inline-markup.md" canResegment="no">')
    expect(xml).toContain('<file id="f2" original="fixtures/empty.md" canResegment="no">\n    <group id="empty"/>')
    expect(xml).toContain('<segment state="translated" subState="tolmach:exact-match">')
  })

  test('trgLang only when the document holds targets, as the XLIFF 2.1 constraints require', () => {
    expect(writeXliff2([inline])).toContain('<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru">')
  })

  test('pc for nested pairs, sc/ec for crossing and isolated halves, ph for atoms, Markdown in originalData', () => {
    expect(xml).toContain(
      '<pc id="1" dataRefStart="d1" dataRefEnd="d1e" type="fmt" subType="tolmach:strong">С.В.Лавров</pc>'
    )
    expect(xml).toContain('<data id="d2e">](https://example.org/a?b=1&amp;c=2 "Госдеп &lt;США&gt;")</data>')
    expect(xml).toContain('<sc id="1" isolated="yes" dataRef="d1" type="fmt" subType="tolmach:emphasis"/>')
    expect(xml).toContain('<ec id="1" isolated="yes" dataRef="d1e" type="fmt" subType="tolmach:emphasis"/>')
    expect(xml).toContain(
      '<sc id="1" dataRef="d1" type="fmt" subType="tolmach:strong"/>жирный <pc id="2" dataRefStart="d2" dataRefEnd="d2e" type="fmt" subType="tolmach:emphasis">и<ec startRef="1" dataRef="d1e"/> курсив</pc>'
    )
    expect(xml).toContain('<ph id="2" dataRef="d2" type="fmt" subType="tolmach:inlineCode"/>')
  })

  test('characters XML cannot hold become <cp> and come back', () => {
    const findings: Finding[] = []
    const segment = {...inline.segments[0]!, id: 'not an NMTOKEN/1', text: 'a\u0001b\ud800c'}
    const out = writeXliff2([{...inline, segments: [segment]}], {onFinding: (f) => findings.push(f)})
    expect(out).toContain('<unit id="u1" name="not an NMTOKEN/1" type="tolmach:heading">')
    expect(out).toContain('<source>a<cp hex="0001"/>b<cp hex="D800"/>c</source>')
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['xml-invalid-char', 'warning'],
      ['xml-invalid-char', 'warning']
    ])
    const unit = readXliff2(out).documents[0]!.units[0]!
    expect([unit.id, unit.source]).toEqual(['not an NMTOKEN/1', 'a\u0001b\ud800c'])
  })

  test('one language pair per file: a second pair is reported', () => {
    const findings: Finding[] = []
    writeXliff2([inline, loadFixture('english')], {onFinding: (f) => findings.push(f)})
    expect(findings.map((f) => [f.ruleId, f.file])).toEqual([['xliff2-mixed-languages', 'fixtures/english.md']])
  })
})

describe('readXliff2', () => {
  const xliff = (unit: string) =>
    `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en">\n<file id="f1" original="a.md">\n${unit}\n</file></xliff>`

  test('a unit resegmented by a CAT tool is joined back, with the least advanced state', () => {
    const {documents, findings} = readXliff2(
      xliff(
        '<unit id="u"><originalData><data id="d1">`x`</data></originalData><segment state="final"><source>Раз. </source><target>One. </target></segment><ignorable><source> </source></ignorable><segment state="translated"><source>Два <ph id="1" dataRef="d1"/>.</source><target>Two <ph id="1" dataRef="d1"/>.</target></segment></unit>'
      )
    )
    expect(findings).toEqual([])
    const unit = documents[0]!.units[0]!
    expect([unit.source, unit.target, unit.state]).toEqual(['Раз.  Два {1/}.', 'One.  Two {1/}.', 'translated'])
    expect(unit.placeholders).toEqual([{id: 1, type: 'standalone', node: '', markdown: '`x`', offset: 10}])
  })

  test('missing data, bad ids and unknown elements are positioned findings', () => {
    const {documents, findings} = readXliff2(
      xliff('<unit id="u"><segment><source>a<ph id="1" dataRef="d9"/><ph id="x"/><foo>b</foo></source></segment></unit>\n<unit><segment><source>c</source></segment></unit>')
    )
    expect(findings.map((f) => [f.ruleId, f.place?.start.line, f.place?.start.column])).toEqual([
      ['xliff-missing-data', 3, 32],
      ['xliff-inline-id', 3, 57],
      ['xliff-unknown-inline', 3, 69],
      ['xliff-missing-id', 4, 1]
    ])
    expect(documents[0]!.units.map((u) => u.source)).toEqual(['a{1/}b'])
  })

  test('malformed XML', () => {
    const {findings} = readXliff2(xliff('<unit id="u"><segment><source>a &nbsp; b</source></segment></unit>'), {file: 'x.xlf'})
    expect(findings[0]).toMatchObject({ruleId: 'xml-malformed', file: 'x.xlf', place: {start: {line: 3}}})
  })
})
