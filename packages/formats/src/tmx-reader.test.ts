import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {readTmx} from './tmx-reader.js'
import type {TmxReadResult} from './types.js'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

const where = (result: TmxReadResult) => result.findings.map((f) => `${f.file}:${f.place?.start.line}:${f.place?.start.column} ${f.severity} ${f.ruleId}`)

describe('readTmx', () => {
  test('malformed units become positioned findings and the good units are kept', () => {
    const result = readTmx(fixture('tmx-malformed.tmx'), {file: 'tm.tmx'})
    expect(where(result)).toEqual([
      'tm.tmx:3:3 warning tmx-header-attribute',
      'tm.tmx:9:5 error tmx-empty-unit',
      'tm.tmx:10:7 error tmx-tuv-lang',
      'tm.tmx:13:7 error tmx-missing-seg',
      'tm.tmx:16:5 warning tmx-unexpected-element',
      'tm.tmx:18:36 error tmx-inline-pos',
      'tm.tmx:18:63 warning tmx-unpaired-ept',
      'tm.tmx:18:133 warning tmx-unknown-inline',
      'tm.tmx:24:5 warning tmx-duplicate-tuid'
    ])
    expect(result.units.map((u) => [u.id, u.position.line, u.variants.map((v) => `${v.lang}: ${v.text}`)])).toEqual([
      ['good-1', 5, ['ru-RU: Министр {7}С.В.Лавров{/7} прибыл.', 'en-US: The minister {7}S.V. Lavrov{/7} arrived.']],
      ['no-seg', 12, ['en-US: Only English.']],
      ['bad-inline', 17, ['ru-RU: Текст ссылка{/3} и выделение{1/}{2/}.']],
      ['good-2', 20, ['ru-RU: Вторая & последняя.', 'en-US: Second & last.']],
      ['good-1', 24, ['ru-RU: Повтор.']]
    ])
  })

  test('foreign inline codes: ids from i, fresh ids for ph and ut, the code text as Markdown', () => {
    const [good, , bad] = readTmx(fixture('tmx-malformed.tmx')).units
    expect(good!.variants[0]!.placeholders).toEqual([
      {id: 7, type: 'open', node: '', markdown: '<b>', offset: 8},
      {id: 7, type: 'close', node: '', markdown: '</b>', offset: 21}
    ])
    expect(bad!.variants[0]!.placeholders.map((p) => [p.id, p.type, p.markdown, p.split === true])).toEqual([
      [3, 'close', ']', true],
      [1, 'standalone', '{0}', false],
      [2, 'standalone', '@', false]
    ])
  })

  test('entities are never expanded: the declaration and the first reference are errors, other units kept', () => {
    const result = readTmx(fixture('tmx-entities.tmx'), {file: 'evil.tmx'})
    // The first well-formedness error only (issue 10): XML makes it fatal.
    expect(where(result)).toEqual(['evil.tmx:2:1 error tmx-entity-declaration', 'evil.tmx:11:40 error xml-malformed'])
    const texts = result.units.map((u) => u.variants[0]!.text)
    expect(texts[1]).toBe('Хороший.')
    expect(texts[0]).not.toMatch(/lollol|root:/)
  })

  test('XML that is not well-formed: findings, and the units before and after the break', () => {
    const xml = `<tmx version="1.4"><header srclang="ru"/><body>
<tu tuid="a"><tuv xml:lang="ru"><seg>Один.</seg></tuv></tu>
<tu tuid="b"><tuv xml:lang="ru"><seg>Два <b>жирный</seg></tuv></tu>
<tu tuid="c"><tuv xml:lang="ru"><seg>Три.</seg></tuv></tu>
</body></tmx>`
    const result = readTmx(xml)
    // One break, one finding: not the cascade of unclosed tags saxes reports after it.
    expect(result.findings.filter((f) => f.ruleId === 'xml-malformed').map((f) => f.place?.start.line)).toEqual([3])
    expect(result.units.map((u) => u.id)).toContain('a')
    expect(result.units[0]!.variants[0]!.text).toBe('Один.')
  })

  test('not TMX at all', () => {
    expect(where(readTmx('<xliff/>', {file: 'f'}))).toEqual(['f:1:1 error tmx-root'])
    expect(readTmx('').findings.map((f) => f.ruleId)).toContain('tmx-root')
  })

  test('misuse throws', () => {
    expect(() => readTmx(1 as unknown as string)).toThrow(TypeError)
    expect(() => readTmx('', {file: 2 as unknown as string})).toThrow(/options.file/)
  })
})

test("OmegaT's project TMX (1.1, `lang`, no tuid) reads without findings", () => {
  const result = readTmx(fixture('tmx-omegat-1.1.tmx'), {file: 'project-omegat.tmx'})
  expect(result.findings).toEqual([])
  expect(result.header?.attributes['creationtool']).toBe('OmegaT')
  expect(result.units.map((u) => [u.id, u.variants.map((v) => `${v.lang}: ${v.text}`), u.variants[1]?.position.line])).toEqual([
    [undefined, ['ru: Заявление МИД России', 'en: Statement by the Russian MFA'], 11]
  ])
})

test('paired codes without type get their node from the delimiter; a type (foreign TMX) still wins', () => {
  const seg = (content: string) =>
    `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ru" datatype="plaintext"/><body><tu><tuv xml:lang="ru"><seg>${content}</seg></tuv></tu></body></tmx>`
  const nodes = (content: string) => readTmx(seg(content)).units[0]!.variants[0]!.placeholders.map((p) => `${p.type}:${p.node}`)
  expect(nodes('<bpt i="1">**</bpt>a<ept i="1">**</ept><bpt i="2">_</bpt>b<ept i="2">_</ept><bpt i="3">~~</bpt>c<ept i="3">~~</ept>')).toEqual([
    'open:strong', 'close:strong', 'open:emphasis', 'close:emphasis', 'open:delete', 'close:delete'
  ])
  expect(nodes('<bpt i="1">[</bpt>a<ept i="1">](https://x.ru/ru/)</ept><bpt i="2">[</bpt>b<ept i="2">][ref]</ept><bpt i="3">&lt;</bpt>c<ept i="3">&gt;</ept>')).toEqual([
    'open:link', 'close:link', 'open:linkReference', 'close:linkReference', 'open:link', 'close:link'
  ])
  expect(nodes('<it pos="begin" x="1">**</it>a <it pos="end" x="2">][r]</it>')).toEqual(['open:strong', 'close:linkReference'])
  expect(nodes('<bpt i="1" type="bold">&lt;b&gt;</bpt>a<ept i="1">&lt;/b&gt;</ept><bpt i="2">&lt;b&gt;</bpt>b<ept i="2">&lt;/b&gt;</ept>')).toEqual([
    'open:strong', 'close:strong', 'open:', 'close:'
  ])
})
