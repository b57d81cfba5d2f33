import type {Link, Nodes} from 'mdast'
import {describe, expect, test} from 'vitest'
import {destinationSpan, imageDestinationSpan} from './link-destination.js'
import {parseLinkUrlId, withLinkUrlSegments} from './link-urls.js'
import {parseMarkdown} from './markdown-parse.js'
import {rebuildMarkdown} from './rebuild-markdown.js'
import type {RebuildUnit} from './rebuild-types.js'
import {segmentMarkdown} from './segment-markdown.js'

const release = [
  '# Итоги года',
  '',
  'Подробности — в [пресс-релизе](/ru/press/2023 "Пресс-релиз") и на [странице](</ru/о нас>) компании.',
  '',
  '> Смотрите [отчёт][отчёт] и <https://example.ru/ru/report>.',
  '',
  '[отчёт]: /ru/report',
  ''
].join('\n')

/** Every segment "translated" as itself, with the given units on top. */
function units(source: string, overrides: Record<string, RebuildUnit> = {}): Map<string, RebuildUnit> {
  const segments = withLinkUrlSegments(source, segmentMarkdown(source, {lang: 'ru'}), 'ru')
  return new Map(segments.map((s) => [s.id, overrides[s.id] ?? {source: s.text, target: s.text}]))
}

function links(markdown: string): Array<{url: string; text: string}> {
  const out: Array<{url: string; text: string}> = []
  const walk = (node: Nodes) => {
    if (node.type === 'link') out.push({url: (node as Link).url, text: (node as Link).children.map((c) => ('value' in c ? c.value : '')).join('')})
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(parseMarkdown(markdown))
  return out
}

describe('URL units', () => {
  const segments = withLinkUrlSegments(release, segmentMarkdown(release, {lang: 'ru'}), 'ru')
  const urls = segments.filter((s) => s.kind === 'linkUrl')

  test('each inline link gets one, right after its segment, at its destination in the source; definitions at the end', () => {
    expect(urls.map((s) => s.text)).toEqual(['/ru/press/2023', '/ru/о нас', '/ru/report'])
    // Written as in the source, `<…>` included; a reference link and an autolink get none (the definition has one).
    expect(urls.map((s) => release.slice(s.position.start.offset, s.position.end.offset))).toEqual(['/ru/press/2023', '</ru/о нас>', '/ru/report'])
    expect(segments.at(-1)).toBe(urls[2])
    expect(urls[2]!.id).toMatch(/^url-[0-9a-f]{14}$/)
    expect(urls[0]!.position.start).toMatchObject({line: 3, column: 32})
    const owner = segments[segments.indexOf(urls[0]!) - 1]!
    expect(parseLinkUrlId(urls[0]!.id)).toEqual({segmentId: owner.id, placeholderId: 1})
    expect(urls[0]!.id).toMatch(/^[\w.:-]+$/)
  })

  test('a localised destination is written into the rebuilt link, title and all', () => {
    const [press, about] = urls as [(typeof urls)[0], (typeof urls)[0]]
    const result = rebuildMarkdown(release, units(release, {[press.id]: {source: press.text, target: '/en/press/2023'}, [about.id]: {source: about.text, target: '/en/о нас'}}), {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toContain('[пресс-релизе](/en/press/2023 "Пресс-релиз")')
    expect(result.markdown).toContain('[странице](</en/о нас>)')
    expect(links(result.markdown).map((l) => l.url)).toEqual(['/en/press/2023', '/en/о нас', 'https://example.ru/ru/report'])
    // URL units are no segments: the counts are the document's.
    expect(result.stats.segments).toBe(segments.length - urls.length)
  })

  test("a reference definition's destination is localised where it is written", () => {
    const definition = urls[2]!
    const result = rebuildMarkdown(release, units(release, {[definition.id]: {source: definition.text, target: '/en/report'}}), {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toBe(release.replace('[отчёт]: /ru/report', '[отчёт]: /en/report'))
  })

  test('a definition whose destination sits on a quote continuation line is left alone', () => {
    const quoted = '> Смотрите [отчёт][r].\n>\n> [r]:\n> /ru/report\n'
    const found = withLinkUrlSegments(quoted, segmentMarkdown(quoted, {lang: 'ru'}), 'ru').filter((s) => s.kind === 'linkUrl')
    expect(found).toEqual([])
  })

  test('an unchanged or empty destination keeps the link as written', () => {
    const [press] = urls as [(typeof urls)[0]]
    const result = rebuildMarkdown(release, units(release, {[press.id]: {source: press.text, target: ''}}), {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toBe(release)
  })

  test.each([
    ['/en/press\n2023', 'line break'],
    ['http://exa mple', 'host with a space'],
    ['https://[::1', 'unclosed IPv6 host'],
    ['/en/{1/}', 'a tag'],
    ['javascript:alert(1)', 'script']
  ])('%j is a positioned finding and the source destination is kept', (target) => {
    const [press] = urls as [(typeof urls)[0]]
    const place = {line: 40, column: 9, offset: 900}
    const result = rebuildMarkdown(release, units(release, {[press.id]: {source: press.text, target, place}}), {lang: 'ru', unitsFile: 'en.xlf'})
    expect(result.findings).toMatchObject([{ruleId: 'url-invalid', severity: 'error', file: 'en.xlf', place: {start: place}, actual: target, expected: ['/ru/press/2023']}])
    expect(result.markdown).toBe(release)
    const partial = rebuildMarkdown(release, units(release, {[press.id]: {source: press.text, target, place}}), {lang: 'ru', allowPartial: true})
    expect(partial.findings).toMatchObject([{ruleId: 'url-invalid', severity: 'warning'}])
  })

  test('a URL unit naming no link of the document is an unknown unit', () => {
    const map = units(release)
    const [first] = segmentMarkdown(release, {lang: 'ru'})
    map.set(`${first!.id}.url-7`, {target: '/en/'})
    const result = rebuildMarkdown(release, map, {lang: 'ru'})
    expect(result.findings).toMatchObject([{ruleId: 'unit-unknown', actual: `${first!.id}.url-7`}])
  })

  test('a destination changed in the source since the export is reported', () => {
    const [press] = urls as [(typeof urls)[0]]
    const result = rebuildMarkdown(release, units(release, {[press.id]: {source: '/ru/press/2022', target: '/en/press/2022'}}), {lang: 'ru'})
    expect(result.findings.map((f) => f.ruleId)).toEqual(['source-changed'])
  })
})

describe('image sources', () => {
  const source = 'Рост выручки показан на графике ![График выручки [2023]](/ru/img/chart.png "Рост") ниже.\n'
  const segments = withLinkUrlSegments(source, segmentMarkdown(source, {lang: 'ru'}), 'ru')
  const image = segments.find((s) => s.kind === 'linkUrl')!

  test('an inline image gets a URL unit at its source', () => {
    expect(image.text).toBe('/ru/img/chart.png')
    expect(source.slice(image.position.start.offset, image.position.end.offset)).toBe('/ru/img/chart.png')
  })

  test('a localised source is written into the image, next to its translated alt text', () => {
    const translations = new Map<string, RebuildUnit>()
    for (const s of segments) {
      if (s.kind === 'imageAlt') translations.set(s.id, {target: 'Revenue chart [2023]'})
      else if (s === image) translations.set(s.id, {source: s.text, target: '/en/img/chart.png'})
      else translations.set(s.id, {target: s.kind === 'paragraph' ? s.text.replace('Рост выручки показан на графике', 'Revenue growth is shown in the chart').replace('ниже', 'below') : s.text})
    }
    const result = rebuildMarkdown(source, translations, {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toMatch(/^Revenue growth is shown in the chart !\[Revenue chart \\?\[2023\\?\]\]\(\/en\/img\/chart\.png "Рост"\) below\.\n$/)
  })
})

describe('an image alone in its paragraph', () => {
  const source = 'Выручка выросла.\n\n![График выручки](/ru/img/chart.png)\n\n![График выручки](/ru/img/chart.png)\n'
  const segments = withLinkUrlSegments(source, segmentMarkdown(source, {lang: 'ru'}), 'ru')
  const urls = segments.filter((s) => s.kind === 'linkUrl')

  test('gets a URL unit of its own, a repeat one with its own id', () => {
    expect(urls.map((s) => s.text)).toEqual(['/ru/img/chart.png', '/ru/img/chart.png'])
    expect(urls.map((s) => s.position.start.line)).toEqual([3, 5])
    expect(urls[1]!.id).toBe(`${urls[0]!.id}-2`)
  })

  test('is localised where its source is written', () => {
    const translations = units(source, {[urls[1]!.id]: {source: urls[1]!.text, target: '/en/img/chart.png'}})
    const result = rebuildMarkdown(source, translations, {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(result.markdown).toBe('Выручка выросла.\n\n![График выручки](/ru/img/chart.png)\n\n![График выручки](/en/img/chart.png)\n')
  })
})

describe('destinationSpan', () => {
  test.each([
    ['](/a)', '/a'],
    ['](  /a "t")', '/a'],
    ['](/a(b)c)', '/a(b)c'],
    ['](</a b> "t")', '</a b>'],
    ['](/a\\)b)', '/a\\)b'],
    [']()', '']
  ])('%j', (close, written) => {
    const span = destinationSpan(close)!
    expect(close.slice(span[0], span[1])).toBe(written)
  })

  test("an image's source is found after the ] that closes its alt", () => {
    const markdown = '![a [b] \\] c](</x y.png> "t")'
    const span = imageDestinationSpan(markdown)!
    expect(markdown.slice(span[0], span[1])).toBe('</x y.png>')
    expect(imageDestinationSpan('[x](/y)')).toBeUndefined()
  })

  test('a reference or an autolink close has none', () => {
    expect(destinationSpan('][label]')).toBeUndefined()
    expect(destinationSpan('>')).toBeUndefined()
  })
})

describe('an autolink whose visible address was changed points where it says', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Сайт: <https://example.ru/ru/about>.\n', 'https://example.ru/ru/about', 'https://example.ru/en/about', 'https://example.ru/en/about'],
    ['Сайт: https://example.ru/ru/news, там всё.\n', 'https://example.ru/ru/news', 'https://example.ru/en/news', 'https://example.ru/en/news'],
    ['Сайт: www.example.ru/ru/news — там всё.\n', 'www.example.ru/ru/news', 'www.example.ru/en/news', 'http://www.example.ru/en/news'],
    ['Пишите: <press@example.ru>.\n', 'press@example.ru', 'press-en@example.ru', 'mailto:press-en@example.ru'],
    // Text right after a bare address would extend it: written as [text](url), still the new address.
    ['Адрес https://example.ru/ru и всё.\n', 'https://example.ru/ru', 'https://example.ru/en', 'https://example.ru/en']
  ]
  test.each(cases)('%j', (source, was, now, url) => {
    const [segment] = segmentMarkdown(source, {lang: 'ru'})
    const target = segment!.text.replace(was, now).replace(/ и всё\./, 'x and all.')
    const result = rebuildMarkdown(source, new Map([[segment!.id, target]]), {lang: 'ru'})
    expect(result.findings).toEqual([])
    expect(links(result.markdown)).toEqual([{url, text: now}])
  })

  test('an address that cannot stay bare as translated is written [text](url), still going where it says', () => {
    const source = 'Новости: https://example.ru/ru/news и всё.\n'
    const [segment] = segmentMarkdown(source, {lang: 'ru'})
    // A literal leaves a trailing dot out of the address: as the visible text, it must not point to /ru/.
    const target = segment!.text.replace('https://example.ru/ru/news', 'https://example.ru/en/news.')
    const result = rebuildMarkdown(source, new Map([[segment!.id, target]]), {lang: 'ru'})
    expect(links(result.markdown)).toEqual([{url: 'https://example.ru/en/news.', text: 'https://example.ru/en/news.'}])
  })

  test('an address translated into words keeps its destination', () => {
    const source = 'Сайт: <https://example.ru/ru/about>.\n'
    const [segment] = segmentMarkdown(source, {lang: 'ru'})
    const target = segment!.text.replace('https://example.ru/ru/about', 'our website')
    const result = rebuildMarkdown(source, new Map([[segment!.id, target]]), {lang: 'ru'})
    expect(links(result.markdown)).toEqual([{url: 'https://example.ru/ru/about', text: 'our website'}])
  })
})
