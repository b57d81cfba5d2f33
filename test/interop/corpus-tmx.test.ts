import {cpSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {readTmx} from '@tolmach/formats'
import {expect, test} from 'vitest'
import {root, run, workDir} from './segment-exports-helpers.js'
import {toolkitTmxUnits, validateTmx} from './tmx-helpers.js'

/**
 * The TMX `tolmach corpus build` writes (what `npm start` leaves in
 * corpus/aligned/), built here from a copy of the corpus and the glossary so
 * the checkout is not touched: each file is valid TMX 1.4b and
 * translate-toolkit reads the same units with the same texts.
 */
const project = path.join(workDir, 'corpus-project')
for (const sub of ['corpus/ru', 'corpus/en', 'corpus/gold', 'glossary']) cpSync(path.join(root, sub), path.join(project, sub), {recursive: true})
const build = run(process.execPath, [path.join(root, 'packages/cli/dist/bin.js'), 'corpus', 'build', path.join(project, 'corpus'), '--out', path.join(project, 'build'), '--quiet'])
const alignedDir = path.join(project, 'corpus/aligned')

test('corpus build succeeds and writes one TMX per ru/en pair', () => {
  expect(build.stderr).toBe('')
  expect(build.status).toBe(0)
  const names = readdirSync(path.join(project, 'corpus/en')).filter((n) => n.endsWith('.md'))
  const tmx = readdirSync(alignedDir).filter((n) => n.endsWith('.tmx'))
  expect(tmx.sort()).toEqual(names.map((n) => n.replace(/\.md$/, '.tmx')).sort())
})

const files = build.status === 0 ? readdirSync(alignedDir).filter((n) => n.endsWith('.tmx')) : []

test.each(files)('%s validates against the TMX 1.4b DTD', (name) => {
  expect(validateTmx(path.join(alignedDir, name))).toBe('')
})

test.each(files)('%s reads the same in translate-toolkit as in tolmach', (name) => {
  const file = path.join(alignedDir, name)
  const ours = readTmx(readFileSync(file, 'utf8'), {file})
  expect(ours.findings).toEqual([])
  const theirs = toolkitTmxUnits(file)
  expect(theirs.map((u) => u.id)).toEqual(ours.units.map((u) => u.id))
  expect(theirs.every((u) => u.langs.join() === 'ru,en')).toBe(true)
  // Approved corpus pairs with no inline markup read the same, character for character.
  for (const [k, unit] of ours.units.entries()) {
    const [ru, en] = unit.variants
    if (ru!.placeholders.length === 0) expect(theirs[k]!.source).toBe(ru!.text)
    if (en!.placeholders.length === 0) expect(theirs[k]!.target).toBe(en!.text)
  }
})
