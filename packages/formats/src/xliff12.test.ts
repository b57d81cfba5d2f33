import type {Finding} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {loadFixture} from './fixtures/load.js'
import {readXliff12} from './xliff12-reader.js'
import {writeXliff12, xliff12Chunks} from './xliff12-writer.js'
import {writeXliff2} from './xliff2-writer.js'

const inline = loadFixture('inline-markup')

describe('writeXliff12', () => {
  const xml = writeXliff12([inline, loadFixture('empty')], {
    targets: {'h-1': {text: 'Statement by the Russian MFA', stateQualifier: 'exact-match', xliff12State: 'needs-review-translation'}},
    notes: new Map([['h-1', ['МИД → Ministry of Foreign Affairs']]])
  })

  test('one <file> per document with languages and datatype', () => {
    expect(xml).toContain(
      '<file original="fixtures/inline-markup.md" source-language="ru" target-language="en" datatype="x-markdown">'
    )
    expect(xml).toContain('<file original="fixtures/empty.md" source-language="ru" target-language="en" datatype="x-markdown">')
  })

  test('inline markup carries the Markdown: bpt/ept, ph, it for split halves', () => {
    expect(xml).toContain('Министр <bpt id="1" ctype="bold">**</bpt>С.В.Лавров<ept id="1">**</ept>')
    expect(xml).toContain('<ept id="2">](https://example.org/a?b=1&amp;c=2 "Госдеп &lt;США&gt;")</ept>')
    expect(xml).toContain('<it id="1" pos="open" ctype="italic">_</it>ситуацию &amp; «перспективы»')
    expect(xml).toContain('<ph id="2" ctype="x-inlineCode">`a &lt; b &amp;&amp; c &gt; d`</ph>')
  })

  test('xml:space="preserve" only where whitespace would be lost; \\r survives', () => {
    expect(xml).toMatch(/<trans-unit id="li-5" resname="li-5" restype="x-listItem" xml:space="preserve">/)
    expect(xml).toMatch(/<trans-unit id="h-1" resname="h-1" restype="x-heading">/)
    expect(xml).toContain('каретки&#13;\nи ]]&gt; и &amp;amp;')
  })

  test('target with state, location and extra notes', () => {
    expect(xml).toContain(
      '<target state="needs-review-translation" state-qualifier="exact-match">Statement by the Russian MFA</target>'
    )
    expect(xml).toContain('<note from="tolmach">fixtures/inline-markup.md:1:1 heading</note>')
    expect(xml).toContain('<note>МИД → Ministry of Foreign Affairs</note>')
  })

  test('chunks join to the string and stream one unit at a time', () => {
    const chunks = [...xliff12Chunks([inline])]
    expect(chunks.join('')).toBe(writeXliff12([inline]))
    expect(chunks.filter((c) => c.includes('<trans-unit'))).toHaveLength(inline.segments.length)
  })

  test('characters XML cannot hold are left out with a finding at the segment', () => {
    const findings: Finding[] = []
    const segment = {...inline.segments[0]!, text: 'a\u0001b\ud800c'}
    const out = writeXliff12([{...inline, segments: [segment]}], {onFinding: (f) => findings.push(f)})
    expect(out).toContain('<source>abc</source>')
    expect(findings.map((f) => [f.ruleId, f.actual, f.file, f.place?.start.line])).toEqual([
      ['xml-invalid-char', 'U+0001', 'fixtures/inline-markup.md', 1],
      ['xml-invalid-char', 'U+D800', 'fixtures/inline-markup.md', 1]
    ])
  })

  test('duplicate ids are reported', () => {
    const findings: Finding[] = []
    writeXliff12([{...inline, segments: [inline.segments[0]!, inline.segments[0]!]}], {onFinding: (f) => findings.push(f)})
    expect(findings.map((f) => f.ruleId)).toEqual(['duplicate-id'])
  })

  test('misuse throws TypeError', () => {
    expect(() => writeXliff12([])).toThrow(TypeError)
    expect(() => writeXliff12([inline], {onFinding: 'x' as never})).toThrow(/onFinding/)
    expect(() => xliff12Chunks([inline], {targets: 'x' as never})).toThrow(/options.targets/)
  })
})

describe('readXliff12', () => {
  test('reads what it wrote, with units positioned in the XLIFF', () => {
    const {documents, findings} = readXliff12(writeXliff12([inline]), {file: 'out.xlf'})
    expect(findings).toEqual([])
    const units = documents[0]!.units
    expect(units.map((u) => u.source)).toEqual(inline.segments.map((s) => s.text))
    expect(units[0]!.position).toEqual({line: 5, column: 7, offset: expect.any(Number)})
    expect(units[0]!.notes).toEqual(['fixtures/inline-markup.md:1:1 heading'])
  })

  const xliff = (body: string) =>
    `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a.md" source-language="ru" datatype="x-markdown"><body>\n${body}\n</body></file></xliff>\n`
  const place = (f: Finding) => [f.ruleId, f.place?.start.line, f.place?.start.column]

  test('malformed XML is a positioned finding, not an exception', () => {
    const {findings} = readXliff12(xliff('<trans-unit id="1"><source>a <b>x</source></trans-unit>'), {file: 'bad.xlf'})
    expect(findings.length).toBeGreaterThan(0)
    expect(findings[0]).toMatchObject({ruleId: 'xml-malformed', file: 'bad.xlf', place: {start: {line: 4}}})
    // One misspelt closing tag, one well-formedness finding: not the cascade of mismatched tags saxes reports after it (ten here).
    const cascade = readXliff12(xliff('<trans-unit id="1"><source>a</sourc></trans-unit>\n<trans-unit id="2"><source>b</source></trans-unit>'), {file: 'bad.xlf'})
    expect(cascade.findings.filter((f) => f.ruleId === 'xml-malformed').map(place)).toEqual([['xml-malformed', 4, 37]])
  })

  test('a unit without id is reported and skipped; the others are read', () => {
    const {documents, findings} = readXliff12(
      xliff('<trans-unit><source>x</source></trans-unit>\n<trans-unit id="b"><source>y</source></trans-unit>')
    )
    expect(findings.map(place)).toEqual([['xliff-missing-id', 4, 1]])
    expect(documents[0]!.units.map((u) => u.id)).toEqual(['b'])
  })

  test('a duplicate unit id is reported at the second unit', () => {
    const {documents, findings} = readXliff12(
      xliff('<trans-unit id="a"><source>x</source></trans-unit>\n<group><trans-unit id="a"><source>y</source></trans-unit></group>')
    )
    expect(findings.map(place)).toEqual([['xliff-duplicate-id', 5, 8]])
    expect(documents[0]!.units.map((u) => u.source)).toEqual(['x', 'y'])
  })

  test('unknown inline elements and bad ids are reported where they are', () => {
    const {documents, findings} = readXliff12(
      xliff('<trans-unit id="a"><source>1 <g id="5">two</g> <x id="6"/> <ph id="z">`c`</ph> <mrk mtype="term">3</mrk></source></trans-unit>')
    )
    expect(findings.map(place)).toEqual([
      ['xliff-unknown-inline', 4, 30],
      ['xliff-unknown-inline', 4, 48],
      ['xliff-inline-id', 4, 60]
    ])
    expect(documents[0]!.units[0]!.source).toBe('1 two   3')
  })

  test('a translate-toolkit style target keeps its placeholders', () => {
    const {documents} = readXliff12(
      xliff(
        '<trans-unit id="a"><source><bpt id="1" ctype="bold">**</bpt>Да<ept id="1">**</ept></source><target state="translated"><bpt id="1" ctype="bold">**</bpt>Yes<ept id="1">**</ept></target></trans-unit>'
      )
    )
    const unit = documents[0]!.units[0]!
    expect([unit.target, unit.state]).toEqual(['{1}Yes{/1}', 'translated'])
    expect(unit.targetPlaceholders!.map((p) => [p.type, p.node, p.markdown, p.offset])).toEqual([
      ['open', 'strong', '**', 0],
      ['close', 'strong', '**', 6]
    ])
  })

  test('a document that is not XLIFF', () => {
    expect(readXliff12('<html/>').findings.map((f) => f.ruleId)).toEqual(['xliff-root'])
    expect(readXliff12('').findings[0]!.ruleId).toBe('xml-malformed')
  })
})

describe('missingTarget', () => {
  const document = loadFixture('inline-markup')
  const [first, second] = document.segments
  test('copy writes the source as a new target, empty an empty one, none (the default) nothing', () => {
    const copy = writeXliff12([document], {missingTarget: 'copy', targets: {[second!.id]: {text: 'Second.'}}})
    const units = copy.split('<trans-unit').slice(1)
    expect(units[0]).toMatch(/<source>([\s\S]*)<\/source>\n\s*<target state="new">\1<\/target>/)
    expect(units[1]).toContain('<target state="translated">Second.</target>')
    expect(units.every((u) => u.includes('<target'))).toBe(true)
    expect(writeXliff12([document], {missingTarget: 'empty'}).match(/<target state="new"><\/target>/g)).toHaveLength(document.segments.length)
    expect(writeXliff12([document])).not.toContain('<target')
    expect(writeXliff2([document], {missingTarget: 'copy'})).toMatch(/trgLang="en"[\s\S]*<segment state="initial">/)
    expect(writeXliff2([document], {missingTarget: 'none'})).not.toContain('trgLang')
    expect(first!.id).not.toBe(second!.id)
  })
  test('an unknown mode throws', () => {
    expect(() => writeXliff12([document], {missingTarget: 'fill' as 'copy'})).toThrow(TypeError)
  })
})
