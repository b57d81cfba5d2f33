import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readXliff2, readXliff12, writeXliff2, writeXliff12} from '@tolmach/formats'
import {describe, expect, test} from 'vitest'
import {
  exportedDocuments,
  python,
  renderedText,
  root,
  run,
  toolkitCopySourceToTarget,
  toolkitUnits,
  workDir,
  xmllint
} from './segment-exports-helpers.js'

// XLIFF 1.2 is checked against the *strict* schema (transitional accepts more);
// XLIFF 2.1 against the core schema, which covers 2.0 and 2.1 documents.
const strict12 = 'xliff12/xliff-core-1.2-strict.xsd'
const core2 = 'xliff2/xliff_core_2.0.xsd'

// The tools must be there: a missing tool fails the suite instead of skipping it.
test('xmllint and translate-toolkit are installed', () => {
  expect(run('xmllint', ['--version']).status, 'xmllint missing: apt-get install libxml2-utils').toBe(0)
  expect(run(python, ['-c', 'import translate.storage.xliff']).status, 'apt-get install python3-translate').toBe(0)
})

const documents = exportedDocuments()
const corpus = documents.filter((d) => d.file.startsWith('corpus/ru/'))

test('the corpus and fixtures are there and give segments', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(2)
  for (const document of corpus) expect(document.segments.length, document.file).toBeGreaterThan(10)
})

test('one XLIFF holding every document validates, and translate-toolkit counts every unit', () => {
  const ru = documents.filter((d) => d.lang === 'ru')
  const all12 = path.join(workDir, 'all.xlf')
  const all2 = path.join(workDir, 'all.xliff2.xlf')
  const targets = new Map(ru.flatMap((d) => d.segments.slice(0, 2).map((s) => [s.id, {text: s.text, state: 'translated' as const}])))
  writeFileSync(all12, writeXliff12(documents, {targets}))
  writeFileSync(all2, writeXliff2(ru, {targets}))
  expect(xmllint(strict12, all12)).toBe('')
  expect(xmllint(core2, all2)).toBe('')
  const total = documents.reduce((sum, d) => sum + d.segments.length, 0)
  expect(toolkitUnits(all12)).toHaveLength(total)
  expect(readXliff2(readFileSync(all2, 'utf8')).documents.map((d) => d.units.length)).toEqual(ru.map((d) => d.segments.length))
})

const goldenDir = path.join(root, 'packages/formats/src/fixtures')
const golden = readdirSync(goldenDir).filter((name) => name.endsWith('.xlf'))

test.each(golden)('the checked-in golden file %s validates', (name) => {
  expect(golden.length).toBeGreaterThanOrEqual(4)
  expect(xmllint(name.endsWith('.xliff2.xlf') ? core2 : strict12, path.join(goldenDir, name))).toBe('')
})

function fileName(document: {file: string}, extension: string): string {
  return path.join(workDir, `${document.file.replace(/[^\w.-]+/g, '_')}${extension}`)
}

describe.each(documents.map((d) => [d.file, d] as const))('%s', (_name, document) => {
  const xliff12 = fileName(document, '.xlf')
  const xliff2 = fileName(document, '.xliff2.xlf')
  writeFileSync(xliff12, writeXliff12([document]))
  writeFileSync(xliff2, writeXliff2([document]))

  test('XLIFF 1.2 validates against the strict schema', () => {
    expect(xmllint(strict12, xliff12)).toBe('')
  })

  test('XLIFF 2.1 validates against the core schema', () => {
    expect(xmllint(core2, xliff2)).toBe('')
  })

  test('translate-toolkit reads the same units with the same source text', () => {
    const units = toolkitUnits(xliff12)
    expect(units.map((u) => u.id)).toEqual(document.segments.map((s) => `${document.file}\u0004${s.id}`))
    expect(units.map((u) => u.source)).toEqual(document.segments.map((s) => renderedText(s.text, s.placeholders)))
  })

  test('our readers give back every unit, text and placeholder', () => {
    for (const [write, read] of [
      [writeXliff12, readXliff12],
      [writeXliff2, readXliff2]
    ] as const) {
      const result = read(write([document]))
      expect(result.findings).toEqual([])
      const units = result.documents[0]!.units
      expect(units.map((u) => [u.id, u.source])).toEqual(document.segments.map((s) => [s.id, s.text]))
      expect(units.map((u) => u.placeholders.map((p) => [p.id, p.type, p.markdown]))).toEqual(
        document.segments.map((s) => s.placeholders.map((p) => [p.id, p.type, p.markdown]))
      )
    }
  })

  test('a target filled by translate-toolkit validates and reads back with its placeholders', () => {
    const translated = fileName(document, '.translated.xlf')
    toolkitCopySourceToTarget(xliff12, translated)
    expect(xmllint(strict12, translated)).toBe('')
    const {documents: read, findings} = readXliff12(readFileSync(translated, 'utf8'), {file: translated})
    expect(findings).toEqual([])
    const units = read[0]!.units
    expect(units.map((u) => u.target)).toEqual(document.segments.map((s) => s.text))
    expect(units.map((u) => u.targetPlaceholders?.length)).toEqual(document.segments.map((s) => s.placeholders.length))
  })
})
