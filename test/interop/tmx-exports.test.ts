import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {detectLanguage} from '@tolmach/core'
import {type AlignedPair, joinSegments, readLadder, readTmx, writeLadder, writeTmx} from '@tolmach/formats'
import {segmentMarkdown} from '@tolmach/segmenter'
import {describe, expect, test} from 'vitest'
import {renderedText, root, run, workDir} from './segment-exports-helpers.js'
import {corpusPairs, tmxDtd, toolkitTmxUnits, toolkitWriteTmx, validateTmx} from './tmx-helpers.js'

// The tools must be there: a missing tool fails the suite instead of skipping it.
test('xmllint, the TMX DTD and translate-toolkit are there', () => {
  expect(run('xmllint', ['--version']).status, 'apt-get install libxml2-utils').toBe(0)
  expect(readFileSync(tmxDtd, 'utf8')).toContain('DTD for Translation Memory eXchange')
  expect(run('/usr/bin/python3', ['-c', 'import translate.storage.tmx']).status, 'apt-get install python3-translate').toBe(0)
})

const documents = corpusPairs()
const creationDate = '2026-02-05T10:00:00Z'

test('the corpus gives pairs of every shape', () => {
  expect(documents.length).toBeGreaterThanOrEqual(2)
  const shapes = new Set(documents.flatMap((d) => d.pairs.map((p) => `${p.source.length}-${p.target.length}`)))
  for (const shape of ['1-1', '2-1', '1-0']) expect(shapes).toContain(shape)
})

/**
 * What translate-toolkit shows for a `<tuv>`: it flattens inline elements to
 * their content, the Markdown each placeholder stands for, so a side reads as
 * the joined Markdown of its segments. A pair without a target has one `<tuv>`
 * and the toolkit takes the first as the source, whatever its language.
 */
function toolkitView(pair: AlignedPair) {
  const sides = [pair.source, pair.target].filter((s) => s.length > 0).map((s) => joinSegments(s))
  const texts = sides.map((s) => renderedText(s.text, s.placeholders))
  return {source: texts[0] ?? null, target: texts[1] ?? null}
}

describe.each(documents.map((d) => [d.name, d] as const))('%s', (name, {pairs}) => {
  const all = path.join(workDir, `${name}.all.tmx`)
  const ok = path.join(workDir, `${name}.ok.tmx`)
  writeFileSync(all, writeTmx(pairs, {include: 'all', creationDate}))
  writeFileSync(ok, writeTmx(pairs, {srcLang: 'ru-RU', tgtLang: 'en-US', creationDate}))

  test('every TMX written validates against the TMX 1.4b DTD', () => {
    expect(validateTmx(all)).toBe('')
    expect(validateTmx(ok)).toBe('')
  })

  test('translate-toolkit reads the same units with the same texts', () => {
    const units = toolkitTmxUnits(all)
    expect(units).toHaveLength(pairs.length)
    expect(units.map((u) => u.id)).toEqual(pairs.map((p) => p.id))
    expect(units.map(({source, target}) => ({source, target}))).toEqual(pairs.map(toolkitView))
    expect(units.map((u) => u.langs.join(' '))).toEqual(pairs.map((p) => [p.source.length > 0 && 'ru', p.target.length > 0 && 'en'].filter(Boolean).join(' ')))
  })

  test('include=ok keeps only the pairs that passed, in ru-RU/en-US', () => {
    const units = toolkitTmxUnits(ok)
    const passed = pairs.filter((p) => p.verdict === 'ok')
    expect(units.map((u) => u.id)).toEqual(passed.map((p) => p.id))
    expect(units.every((u) => u.langs.join(' ') === 'ru-RU en-US')).toBe(true)
  })

  test('readTmx gives back the pairs texts and placeholders', () => {
    const result = readTmx(readFileSync(all, 'utf8'), {file: all})
    expect(result.findings).toEqual([])
    expect(result.units.map((u) => u.variants.map((v) => v.text))).toEqual(
      pairs.map((p) => [p.source, p.target].filter((s) => s.length > 0).map((s) => joinSegments(s).text))
    )
  })

  test('the ladder covers every sentence in order', () => {
    const findings: unknown[] = []
    const {beads} = readLadder(writeLadder(pairs, {onFinding: (f) => findings.push(f)}))
    expect(findings).toEqual([])
    expect(beads.map((b) => [b.src, b.tgt])).toEqual(pairs.map((p) => [p.source.map((s) => s.index), p.target.map((s) => s.index)]))
  })
})

// tmx-entities.tmx is valid TMX; readTmx refuses its entities by policy, not because the DTD does.
test('the golden TMX fixtures validate, and xmllint rejects the malformed one too', () => {
  const fixtures = path.join(root, 'packages/formats/src/fixtures')
  for (const name of ['pairs-sample.tmx', 'pairs-sample.ok.tmx']) expect(validateTmx(path.join(fixtures, name)), name).toBe('')
  expect(validateTmx(path.join(fixtures, 'tmx-malformed.tmx'))).toMatch(/tuv.*lang|xml:lang/)
})

test('a TMX translate-toolkit writes reads back with the same units', () => {
  const file = path.join(workDir, 'toolkit.tmx')
  const sentences: Array<[string, string]> = documents[0]!.pairs
    .filter((p) => p.verdict === 'ok')
    .map((p) => [renderedText(p.source[0]!.text, p.source[0]!.placeholders), renderedText(p.target[0]!.text, p.target[0]!.placeholders)])
  toolkitWriteTmx(file, sentences)
  const result = readTmx(readFileSync(file, 'utf8'), {file})
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
  expect(result.units.map((u) => u.variants.map((v) => `${v.lang}:${v.text}`))).toEqual(sentences.map(([ru, en]) => [`ru:${ru}`, `en:${en}`]))
})

/**
 * The segmenter's Markdown fixtures hold every kind of inline markup (crossing
 * emphasis, markup split across sentences, hard breaks, HTML, footnotes). Each
 * document is paired with itself by index, and every other pair joins two
 * source sentences (a 2-1 bead), so the joins meet split markup too.
 */
function fixturePairs(): Array<{name: string; pairs: AlignedPair[]}> {
  const dir = path.join(root, 'packages/segmenter/src/fixtures')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const markdown = readFileSync(path.join(dir, name), 'utf8')
      const lang = detectLanguage(markdown).lang
      const segments = segmentMarkdown(markdown, {lang, file: name})
      const pairs: AlignedPair[] = []
      for (let i = 0; i < segments.length; i += 3) {
        const source = segments.slice(i, i + 2)
        pairs.push({source, target: [segments[i]!], verdict: 'ok', score: 0.5})
        if (segments[i + 2]) pairs.push({source: [segments[i + 2]!], target: [segments[i + 2]!], verdict: 'ok', score: 1})
      }
      return {name, pairs}
    })
}

test('TMX of every segmenter fixture validates, and translate-toolkit and readTmx agree on its units', () => {
  const fixtures = fixturePairs()
  expect(fixtures.length).toBeGreaterThanOrEqual(10)
  let units = 0
  for (const {name, pairs} of fixtures) {
    const file = path.join(workDir, `fixture-${name}.tmx`)
    writeFileSync(file, writeTmx(pairs, {include: 'all', creationDate}))
    expect(validateTmx(file), name).toBe('')
    const toolkit = toolkitTmxUnits(file)
    expect(toolkit.map(({source, target}) => ({source, target})), name).toEqual(pairs.map(toolkitView))
    const read = readTmx(readFileSync(file, 'utf8'), {file})
    expect(read.findings, name).toEqual([])
    expect(read.units.map((u) => u.variants.map((v) => v.text))).toEqual(pairs.map((p) => [joinSegments(p.source).text, joinSegments(p.target).text]))
    units += toolkit.length
  }
  expect(units).toBeGreaterThan(50)
})
