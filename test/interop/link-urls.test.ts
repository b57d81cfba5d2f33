import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readXliff12} from '@tolmach/formats'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {expect, test} from 'vitest'
import {runCli} from '../cli/run-cli.js'
import {python, root, workDir, xmllint} from './segment-exports-helpers.js'
import {omegatJar} from './tmx-omegat-helpers.js'
import {omegatTranslateXliff, structure} from './xliff-omegat-helpers.js'

const fixture = path.join(root, 'test/interop/fixtures/press-release-links.md')

// A translator in a translate-toolkit based tool localises the release: every
// `/ru/` becomes `/en/` wherever the tool lets them type — URL units
// (`export --urls`), the visible text of autolinks, and the inline codes'
// content too, which the import ignores (markup comes from the source).
const localiseScript = `
import sys
from translate.storage import factory
def localise(elem):
    elem.sub = [s.replace('/ru/', '/en/') if isinstance(s, str) else localise(s) for s in elem.sub]
    return elem
store = factory.getobject(sys.argv[1])
for unit in store.units:
    if unit.isheader():
        continue
    unit.rich_target = [localise(e.copy()) for e in unit.rich_source]
store.savefile(sys.argv[2])
`

interface LinkNode {
  type: string
  url?: string
  value?: string
  children?: LinkNode[]
}

function links(markdown: string): Array<{url: string; text: string}> {
  const out: Array<{url: string; text: string}> = []
  const text = (node: LinkNode): string => node.value ?? (node.children ?? []).map(text).join('')
  const walk = (node: LinkNode) => {
    if (node.type === 'link') out.push({url: node.url!, text: text(node)})
    for (const child of node.children ?? []) walk(child)
  }
  walk(unified().use(remarkParse).use(remarkGfm).parse(markdown) as LinkNode)
  return out
}

test('a press release localised in translate-toolkit imports with every link pointing to /en/', () => {
  const dir = path.join(workDir, 'link-urls-toolkit')
  mkdirSync(dir, {recursive: true})
  copyFileSync(fixture, path.join(dir, 'ru.md'))
  const exported = runCli(['export', 'ru.md', '--urls', '-o', 'ru.xlf'], {cwd: dir})
  expect(exported.status, exported.stderr).toBe(0)
  expect(xmllint('xliff12/xliff-core-1.2-strict.xsd', path.join(dir, 'ru.xlf'))).toBe('')
  // XLIFF 2 unit ids are NMTOKENs: `SEGMENT.url-N` is one.
  const xliff2 = runCli(['export', 'ru.md', '--urls', '--format', 'xliff2', '-o', 'ru2.xlf'], {cwd: dir})
  expect(xliff2.status, xliff2.stderr).toBe(0)
  expect(xmllint('xliff2/xliff_core_2.0.xsd', path.join(dir, 'ru2.xlf'))).toBe('')
  expect(readFileSync(path.join(dir, 'ru2.xlf'), 'utf8')).toMatch(/<unit id="p-[0-9a-f]+\.url-1" name="[^"]+" type="tolmach:linkUrl"/)
  const urlUnits = readXliff12(readFileSync(path.join(dir, 'ru.xlf'), 'utf8')).documents[0]!.units.filter((u) => /\.url-\d+$|^url-[0-9a-f]{14}$/.test(u.id))
  // Six inline links, an image and a reference definition; the autolinks' addresses are their visible text, in their segments.
  expect(urlUnits.map((u) => u.source)).toEqual([
    '/ru/reports/2023',
    '/ru/investors/презентация 2023.pdf',
    '/ru/about',
    'https://example.ru/ru/news?year=2023&page=1',
    '/ru/press/kit',
    '/ru/speeches/2024-01-15',
    // Outside every segment, at the end: an image alone in its paragraph, a reference definition.
    '/ru/img/revenue-2023.png',
    '/ru/press/archive'
  ])

  execFileSync(python, ['-c', localiseScript, path.join(dir, 'ru.xlf'), path.join(dir, 'en.xlf')])
  const imported = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', '--allow-partial', '--json'], {cwd: dir})
  expect(imported.status, imported.stderr).toBe(0)
  expect(imported.stderr).not.toContain('url-invalid')
  const english = readFileSync(path.join(dir, 'en.md'), 'utf8')
  expect(links(english)).toEqual([
    {url: '/en/reports/2023', text: 'годовой отчёт'},
    {url: '/en/investors/презентация 2023.pdf', text: 'презентацию для инвесторов'},
    {url: '/en/about', text: '«О компании»'},
    {url: 'https://example.ru/en/news?year=2023&page=1', text: 'новостей'},
    {url: 'https://example.ru/en/press', text: 'https://example.ru/en/press'},
    {url: 'http://www.example.ru/en/contacts', text: 'www.example.ru/en/contacts'},
    {url: '/en/press/kit', text: 'пресс-кит'},
    {url: '/en/speeches/2024-01-15', text: 'стенограмме'}
  ])
  expect(english).toContain('[годовой отчёт](/en/reports/2023 "Годовой отчёт за 2023 год")')
  expect(english).toContain('\n[архив]: /en/press/archive\n')
  expect(english).toContain('![Динамика выручки](/en/img/revenue-2023.png)')
  expect(structure(english)).toEqual(structure(readFileSync(fixture, 'utf8')))
})

test('a destination the translator broke is reported in the XLIFF and the link keeps its source', () => {
  const dir = path.join(workDir, 'link-urls-broken')
  mkdirSync(dir, {recursive: true})
  copyFileSync(fixture, path.join(dir, 'ru.md'))
  expect(runCli(['export', 'ru.md', '--urls', '-o', 'ru.xlf'], {cwd: dir}).status).toBe(0)
  execFileSync(python, ['-c', localiseScript, path.join(dir, 'ru.xlf'), path.join(dir, 'en.xlf')])
  const xml = readFileSync(path.join(dir, 'en.xlf'), 'utf8').replace(/(<target[^>]*>)\/en\/about<\/target>/, '$1https://[::1/en/about</target>')
  expect(xml).toContain('https://[::1/en/about')
  writeFileSync(path.join(dir, 'en.xlf'), xml)
  const imported = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', '--allow-partial'], {cwd: dir})
  const unit = readXliff12(xml).documents[0]!.units.find((u) => u.target === 'https://[::1/en/about')!
  const line = xml.slice(0, xml.indexOf(`id="${unit.id}"`)).split('\n').length
  expect(imported.stderr).toMatch(new RegExp(`en\\.xlf:${line}:\\d+.*\\[url-invalid\\]`))
  expect(links(readFileSync(path.join(dir, 'en.md'), 'utf8'))).toContainEqual({url: '/ru/about', text: '«О компании»'})
})

test('OmegaT 3.6 loads the URL units of an --urls export and what it writes back imports', () => {
  expect(omegatJar).toBeTruthy()
  const dir = path.join(workDir, 'link-urls-omegat')
  mkdirSync(dir, {recursive: true})
  copyFileSync(fixture, path.join(dir, 'ru.md'))
  expect(runCli(['export', 'ru.md', '--urls', '-o', 'ru.xlf'], {cwd: dir}).status).toBe(0)
  const tmx = path.join(root, 'corpus/aligned/003-c5-1-critical-minerals-dialogue.tmx')
  const omegat = omegatTranslateXliff(path.join(dir, 'project'), path.join(dir, 'ru.xlf'), tmx)
  expect(omegat.status, omegat.log).toBe(0)
  const units = readXliff12(omegat.target).documents[0]!.units
  expect(units.filter((u) => /\.url-\d+$|^url-[0-9a-f]{14}$/.test(u.id)).map((u) => u.target)).toContain('/ru/about')
  // OmegaT segments a unit's text: a URL stays one segment, which project_stats counts.
  const stats = readFileSync(path.join(dir, 'project/omegat/project_stats.txt'), 'utf8')
  expect(Number(/Total:\s+(\d+)/.exec(stats)?.[1])).toBeGreaterThanOrEqual(units.length)
  writeFileSync(path.join(dir, 'en.xlf'), omegat.target)
  const imported = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', '--allow-partial'], {cwd: dir})
  expect(imported.status, imported.stderr).toBe(0)
  // URL units left as they were are no untranslated segments.
  expect(imported.stderr).not.toMatch(/url-\d+.*target-untranslated/)
  expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toBe(readFileSync(fixture, 'utf8'))
})
