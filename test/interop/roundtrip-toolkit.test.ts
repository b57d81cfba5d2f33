import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {execFileSync} from 'node:child_process'
import {rebuildMarkdown, segmentMarkdown} from '@tolmach/segmenter'
import {describe, expect, test} from 'vitest'
import {runCli} from '../cli/run-cli.js'
import {python, root, toolkitCopySourceToTarget, workDir, xmllint} from './segment-exports-helpers.js'

const strict12 = 'xliff12/xliff-core-1.2-strict.xsd'
const core2 = 'xliff2/xliff_core_2.0.xsd'

const rebuildFixtures = path.join(root, 'packages/segmenter/src/fixtures/rebuild')
const documents = [
  ...['000-critical-minerals-ministerial.md', '003-c5-1-critical-minerals-dialogue.md'].map((name) => path.join(root, 'corpus/ru', name)),
  ...['nested-lists.md', 'tables.md', 'references.md', 'inline-html.md', 'hard-breaks.md', 'emphasis-sentences.md', 'front-matter.md', 'autolinks.md', 'headings.md', 'escapes.md'].map((name) =>
    path.join(rebuildFixtures, name)
  )
]

// A translator in a translate-toolkit based tool: every target gets a new
// (upper-cased) text through the Python API, inline elements included, whose
// content (the Markdown) the tool upper-cases too: the import must take the
// markup from the source document, not from what the tool did to it.
const translateScript = `
import sys
from translate.storage import factory
def upper(elem):
    elem.sub = [s.upper() if isinstance(s, str) else upper(s) for s in elem.sub]
    return elem
store = factory.getobject(sys.argv[1])
for unit in store.units:
    if not unit.isheader():
        unit.rich_target = [upper(e.copy()) for e in unit.rich_source]
store.savefile(sys.argv[2])
`

function work(file: string, extension: string): string {
  return path.join(workDir, `roundtrip-${path.basename(file, '.md')}${extension}`)
}

function tolmach(args: string[]) {
  return runCli(args, {cwd: workDir})
}

describe.each(documents.map((file) => [path.basename(file), file] as const))('%s', (_name, file) => {
  const source = work(file, '.md')
  writeFileSync(source, readFileSync(file, 'utf8'))
  const markdown = readFileSync(source, 'utf8')
  const glossary = path.join(root, 'glossary/termbase.csv')

  test('every XLIFF export validates: 1.2 strict and 2.1 core, with glossary notes', () => {
    for (const [format, schema] of [['xliff', strict12], ['xliff2', core2]] as const) {
      const out = work(file, `.${format}.xlf`)
      const result = tolmach(['export', source, '--lang', 'ru', '--format', format, '--glossary', glossary, '-o', out])
      expect(result.status, result.stderr).toBe(0)
      expect(xmllint(schema, out)).toBe('')
    }
  })

  test('translate-toolkit copying sources into targets imports back to the same bytes', () => {
    const exported = work(file, '.xlf')
    // No targets of ours: translate-toolkit makes the copies.
    expect(tolmach(['export', source, '--lang', 'ru', '--target', 'none', '-o', exported]).status).toBe(0)
    const translated = work(file, '.copied.xlf')
    toolkitCopySourceToTarget(exported, translated)
    expect(xmllint(strict12, translated)).toBe('')
    const out = work(file, '.copied.md')
    // Copies are no translation: reported as such, written with --allow-partial.
    const result = tolmach(['import', translated, '--source', source, '-o', out, '--allow-partial'])
    expectOnlyUntranslated(result.stderr, out)
    expect(result.status).toBe(0)
    // Byte for byte, except where the source is not in a canonical form
    // (escapes.md: `&copy;`, `\\#`); there the library's rebuild is the reference.
    const identity = rebuildMarkdown(markdown, new Map(segmentMarkdown(markdown, {lang: 'ru'}).map((s) => [s.id, s.text])), {lang: 'ru'})
    expect(readFileSync(out, 'utf8')).toBe(identity.markdown)
    if (!file.endsWith('escapes.md')) expect(identity.markdown).toBe(markdown)
  })

  test('targets edited through the translate-toolkit API import cleanly, as the library rebuilds them', () => {
    const exported = work(file, '.xlf')
    expect(tolmach(['export', source, '--lang', 'ru', '-o', exported]).status).toBe(0)
    const translated = work(file, '.edited.xlf')
    execFileSync(python, ['-c', translateScript, exported, translated], {encoding: 'utf8'})
    expect(xmllint(strict12, translated)).toBe('')
    const out = work(file, '.edited.md')
    // Upper-cased Russian is still Russian: reported, written with --allow-partial.
    const result = tolmach(['import', translated, '--source', source, '-o', out, '--allow-partial'])
    expect(result.status, result.stderr).toBe(0)
    expectOnlyUntranslated(result.stderr, out)
    const expected = rebuildMarkdown(
      markdown,
      new Map(segmentMarkdown(markdown, {lang: 'ru'}).map((s) => [s.id, s.text.toUpperCase()])),
      {lang: 'ru'}
    )
    expect(expected.findings).toEqual([])
    expect(readFileSync(out, 'utf8')).toBe(expected.markdown)
    expect(expected.markdown).not.toBe(markdown)
  })
})

/** Every finding is a target-untranslated warning, and the document was written. */
function expectOnlyUntranslated(stderr: string, out: string): void {
  const lines = stderr.trimEnd().split('\n')
  expect(lines.at(-1)).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `))
  expect(lines.slice(0, -1).filter((line) => !/ warning .*\[target-untranslated\]$/.test(line))).toEqual([])
  expect(lines.length).toBeGreaterThan(1)
}

test('exports with memory targets validate: needs-review-translation/exact-match in 1.2, translated + subState in 2.1', () => {
  const source = path.join(root, 'corpus/ru/000-critical-minerals-ministerial.md')
  const memory = path.join(workDir, 'roundtrip-memory.tmx')
  writeFileSync(
    memory,
    `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="ru" datatype="plaintext"/>
<body><tu><tuv xml:lang="ru"><seg>Фото:  МИД</seg></tuv><tuv xml:lang="en"><seg>Photo: MFA</seg></tuv></tu></body></tmx>
`
  )
  const out12 = path.join(workDir, 'roundtrip-memory.xlf')
  const out2 = path.join(workDir, 'roundtrip-memory.xliff2.xlf')
  expect(tolmach(['export', source, '--tm', memory, '-o', out12]).status).toBe(0)
  expect(tolmach(['export', source, '--tm', memory, '--format', 'xliff2', '-o', out2]).status).toBe(0)
  expect(readFileSync(out12, 'utf8')).toContain('<target state="needs-review-translation" state-qualifier="exact-match">Photo: MFA</target>')
  expect(readFileSync(out2, 'utf8')).toMatch(/<segment state="translated" subState="tolmach:exact-match">\s*<source>Фото: МИД<\/source>\s*<target>Photo: MFA<\/target>/)
  expect(xmllint(strict12, out12)).toBe('')
  expect(xmllint(core2, out2)).toBe('')
})
