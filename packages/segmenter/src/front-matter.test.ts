import {createLineIndex, type Finding, offsetToPoint} from '@tolmach/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {parseDocument} from 'yaml'
import {checkSegments} from './fixtures/check-segments.js'
import {shape} from './fixtures/rebuild/law.js'
import {parseMarkdown} from './markdown-parse.js'
import {rebuildMarkdown} from './rebuild-markdown.js'
import {tidyTarget} from './rebuild-escape.js'
import {segmentMarkdown} from './segment-markdown.js'

// A press release as a Hugo or Jekyll site keeps it: every scalar style a
// translatable key may be written in, and site data around them.
const release = [
  '---',
  'title: "Казахстан и США: диалог C5+1 по критическим минералам"',
  'date: 2024-02-08T10:00:00+05:00',
  'slug: c5-1-critical-minerals',
  'description: >-',
  '  Государственный департамент США провёл первую встречу. Инициатива была',
  '  предложена президентами стран Центральной Азии.',
  "summary: 'Встреча в Вашингтоне: ''первая'' в своём роде'",
  'keywords:',
  '  - критические минералы',
  '  - "C5+1"',
  'tags: [МИД, США]',
  'params:',
  '  description: Обзор встречи',
  '  image: /img/c5.png # не переводится',
  'lead: |',
  '  Первая строка.',
  '  Вторая строка.',
  'folded: Начало заголовка',
  '  продолжение заголовка',
  '---',
  '',
  '# Заголовок релиза',
  '',
  'Текст релиза.',
  ''
].join('\n')

const allKeys = ['title', 'description', 'summary', 'keywords', 'params.description', 'lead', 'folded']

const fmTexts = (markdown: string, keys?: readonly string[]) =>
  segmentMarkdown(markdown, keys ? {lang: 'ru', frontMatterKeys: keys} : {lang: 'ru'})
    .filter((s) => s.kind === 'frontMatter')
    .map((s) => s.text)

/** The YAML between the fences of a rebuilt document, as remark-frontmatter finds it. */
function frontMatterOf(markdown: string): string {
  const node = parseMarkdown(markdown).children[0]
  expect(node?.type).toBe('yaml')
  return (node as {value: string}).value
}

describe('front matter segments', () => {
  test('title, description and summary by default; the rest of the front matter is left alone', () => {
    expect(fmTexts(release)).toEqual([
      'Казахстан и США: диалог C5+1 по критическим минералам',
      'Государственный департамент США провёл первую встречу.',
      'Инициатива была предложена президентами стран Центральной Азии.',
      "Встреча в Вашингтоне: 'первая' в своём роде"
    ])
  })

  test('a configured list reaches sequences and dotted keys, in document order', () => {
    expect(fmTexts(release, ['folded', 'keywords', 'params.description', 'lead'])).toEqual([
      'критические минералы',
      'C5+1',
      'Обзор встречи',
      'Первая строка.',
      'Вторая строка.',
      'Начало заголовка продолжение заголовка'
    ])
    expect(fmTexts(release, [])).toEqual([])
  })

  test('positions and offset maps agree with the core line rule, with LF, CRLF and a byte order mark', () => {
    for (const markdown of [release, release.replace(/\n/g, '\r\n'), `\ufeff${release}`]) {
      const segments = segmentMarkdown(markdown, {lang: 'ru', frontMatterKeys: allKeys})
      checkSegments(markdown, segments)
      const lines = createLineIndex(markdown)
      const own = segments.filter((s) => s.kind === 'frontMatter')
      expect(own).toHaveLength(10)
      for (const s of own) {
        expect(s.position.start).toEqual(offsetToPoint(lines, s.position.start.offset))
        expect(s.position.end).toEqual(offsetToPoint(lines, s.position.end.offset))
        expect(s.id).toMatch(/^fm-[0-9a-f]{14}(-\d+)?$/)
      }
      // The title's text starts after `title: "` on line 2; the second description sentence on line 6.
      const shift = markdown.startsWith('\ufeff') ? 1 : 0
      const crlf = markdown.includes('\r') ? 1 : 0
      // A byte order mark sits on line 1: it moves offsets, not the columns of line 2.
      expect(own[0]!.position.start).toEqual({line: 2, column: 9, offset: 12 + shift + crlf})
      expect(own[2]!.position.start.line).toBe(6)
      expect(markdown.slice(own[2]!.position.start.offset, own[2]!.position.end.offset)).toMatch(/^Инициатива была\r?\n {2}предложена президентами стран Центральной Азии\.$/)
    }
  })

  test('copying every source into its target gives the same bytes', () => {
    for (const markdown of [release, release.replace(/\n/g, '\r\n'), `\ufeff${release}`]) {
      const segments = segmentMarkdown(markdown, {lang: 'ru', frontMatterKeys: allKeys})
      const result = rebuildMarkdown(markdown, new Map(segments.map((s) => [s.id, s.text])), {lang: 'ru', frontMatterKeys: allKeys})
      expect(result.findings).toEqual([])
      expect(result.markdown).toBe(markdown)
    }
  })

  test('translated values keep the source quoting when it can hold them and every other byte', () => {
    const segments = segmentMarkdown(release, {lang: 'ru', frontMatterKeys: allKeys})
    const targets = new Map(segments.map((s) => [s.id, s.kind === 'frontMatter' ? `EN ${s.text}` : s.text]))
    const result = rebuildMarkdown(release, targets, {lang: 'ru', frontMatterKeys: allKeys})
    expect(result.findings).toEqual([])
    expect(result.markdown.split('\n').slice(0, 21)).toEqual([
      '---',
      'title: "EN Казахстан и США: диалог C5+1 по критическим минералам"',
      'date: 2024-02-08T10:00:00+05:00',
      'slug: c5-1-critical-minerals',
      'description: >-',
      '  EN Государственный департамент США провёл первую встречу. EN Инициатива была предложена президентами стран Центральной Азии.',
      "summary: 'EN Встреча в Вашингтоне: ''первая'' в своём роде'",
      'keywords:',
      '  - EN критические минералы',
      '  - "EN C5+1"',
      'tags: [МИД, США]',
      'params:',
      '  description: EN Обзор встречи',
      '  image: /img/c5.png # не переводится',
      'lead: |',
      '  EN Первая строка.',
      '  EN Вторая строка.',
      'folded: EN Начало заголовка продолжение заголовка',
      '---',
      '',
      '# Заголовок релиза'
    ])
  })
})

// Characters YAML reads as syntax: indicators at the start, `: ` and ` #`
// inside, quotes, escapes, line breaks, and words that YAML 1.1 reads as
// booleans, nulls, numbers or dates.
const hostile = fc
  .array(
    fc.constantFrom('a', 'б', ' ', ': ', ' #', '#', '-', '[', ']', '{', '}', '*', '&', '!', '|', '>', "'", '"', '%', '@', '`', ',', '?', '\\', '\n', '\t', '---', '...', 'yes', 'No', 'null', '~', '12', '0x1F', '2024-02-08', '\u2028', '\u0085', '\u00a0'),
    {minLength: 1, maxLength: 12}
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.trim() !== '' && !/\{\/?\d+\/?\}/.test(text))

// One sentence each (no full stop), so a value's target is its whole new value.
const styled = [
  'title: Заголовок релиза',
  "title: 'Заголовок релиза'",
  'title: "Заголовок релиза"',
  'title: >-\n  Заголовок\n  релиза',
  'title: |\n  Заголовок релиза',
  'title: Заголовок\n  релиза',
  'title:\n  - Заголовок релиза',
  'title: [Заголовок релиза, второй]'
]

describe('YAML-hostile translations', () => {
  test('rebuild to front matter that parses (YAML 1.2 and 1.1) to exactly the targets, other keys as written', () => {
    fc.assert(
      fc.property(fc.constantFrom(...styled), hostile, hostile, (title, target, summary) => {
        const markdown = `---\n${title}\ndate: 2024-02-08\nsummary: 'Кратко'\nslug: a-b # комментарий\n---\n\nТекст релиза.\n`
        const segments = segmentMarkdown(markdown, {lang: 'ru'})
        const pick = (s: {kind: string; text: string}) => (s.kind !== 'frontMatter' ? s.text : s.text === 'Кратко' ? summary : /Заголовок/.test(s.text) ? target : s.text)
        const result = rebuildMarkdown(markdown, new Map(segments.map((s) => [s.id, pick(s)])), {lang: 'ru'})
        expect(result.findings).toEqual([])
        const yaml = frontMatterOf(result.markdown)
        const oneLine = (text: string) => tidyTarget(text).replace(/\n/g, ' ')
        const expected = title.startsWith('title: |') ? `${tidyTarget(target)}\n` : oneLine(target)
        for (const version of ['1.2', '1.1'] as const) {
          const doc = parseDocument(yaml, {version})
          expect(doc.errors).toEqual([])
          expect(doc.getIn(/^title:(\n {2}- | \[)/.test(title) ? ['title', 0] : ['title'])).toBe(expected)
          expect(doc.get('summary')).toBe(oneLine(summary))
        }
        expect(yaml).toContain('\ndate: 2024-02-08\n')
        expect(yaml).toContain('\nslug: a-b # комментарий')
        if (title.includes('[')) expect(yaml).toContain(', второй]')
        expect(result.markdown.endsWith('---\n\nТекст релиза.\n')).toBe(true)
        expect(shape(result.markdown.slice(result.markdown.lastIndexOf('---')))).toEqual(shape(markdown.slice(markdown.lastIndexOf('---'))))
      }),
      {numRuns: 400, examples: [['title: Заголовок релиза', '- a: b #c', "'q' \"r\""], ['title: |\n  Заголовок релиза', ' x\ny', '---']]}
    )
  }, 120_000)
})

describe('front matter that stays as written is reported', () => {
  const findingsOf = (markdown: string, keys?: readonly string[]) => {
    const findings: Finding[] = []
    const segments = segmentMarkdown(markdown, {lang: 'ru', file: 'r.md', onFinding: (f) => findings.push(f), ...(keys ? {frontMatterKeys: keys} : {})})
    return {findings, kinds: segments.map((s) => s.kind)}
  }

  test('front matter that is not YAML: a positioned warning, the body is still segmented', () => {
    const {findings, kinds} = findingsOf('---\ntitle: Заголовок\ntitle: Дубль\n---\n\nТекст.\n')
    expect(kinds).toEqual(['paragraph'])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ruleId: 'front-matter-invalid', severity: 'warning', file: 'r.md', actual: 'DUPLICATE_KEY', place: {start: {line: 3, column: 1, offset: 21}}})
  })

  test('TOML front matter with a listed key, an alias and a mapping under a listed key', () => {
    expect(findingsOf('+++\ntitle = "Заголовок"\n+++\n\nТекст.\n').findings).toMatchObject([{ruleId: 'front-matter-toml', actual: 'title', place: {start: {line: 1, column: 1}}}])
    const aliased = findingsOf('---\nname: &n Имя\ntitle: *n\nsummary: {a: Текст}\ndescription: 2024\n---\n')
    expect(aliased.kinds).toEqual([])
    expect(aliased.findings.map((f) => [f.ruleId, f.actual, f.place?.start.line])).toEqual([
      ['front-matter-unsupported', 'title', 3],
      ['front-matter-unsupported', 'summary', 4]
    ])
  })

  test('export and import with different key lists: the difference is reported, nothing is dropped silently', () => {
    const exported = segmentMarkdown(release, {lang: 'ru', frontMatterKeys: ['title', 'lead']})
    const result = rebuildMarkdown(release, new Map(exported.map((s) => [s.id, s.text])), {lang: 'ru'})
    const rules = result.findings.map((f) => `${f.ruleId}:${f.severity}`)
    expect(rules.filter((r) => r === 'unit-unknown:warning')).toHaveLength(2)
    expect(rules.filter((r) => r === 'unit-missing:error')).toHaveLength(3)
    expect(result.markdown).toBe(release)
  })

  test('misuse throws a TypeError naming the option', () => {
    expect(() => segmentMarkdown('x', {lang: 'ru', frontMatterKeys: 'title' as unknown as string[]})).toThrow(/frontMatterKeys/)
    expect(() => segmentMarkdown('x', {lang: 'ru', frontMatterKeys: ['']})).toThrow(TypeError)
    expect(() => rebuildMarkdown('x', new Map(), {lang: 'ru', frontMatterKeys: [1 as unknown as string]})).toThrow(/frontMatterKeys/)
    expect(() => segmentMarkdown('x', {lang: 'ru', onFinding: 1 as unknown as () => void})).toThrow(/onFinding/)
  })
})
