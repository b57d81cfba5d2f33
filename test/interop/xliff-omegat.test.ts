import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readXliff12} from '@tolmach/formats'
import {expect, test} from 'vitest'
import {runCli} from '../cli/run-cli.js'
import {root, workDir, xmllint} from './segment-exports-helpers.js'
import {omegatJar} from './tmx-omegat-helpers.js'
import {omegatTranslateXliff, structure} from './xliff-omegat-helpers.js'

const releases = readdirSync(path.join(root, 'corpus/ru'))
  .filter((name) => name.endsWith('.md'))
  .sort()

// Default `tolmach export` → OmegaT 3.6 console-translate with the release's
// aligned TMX in tm/auto/ → `tolmach import` of OmegaT's target/ file.
for (const name of releases) {
  test(`OmegaT pre-translates the export of corpus/ru/${name} from corpus/aligned and tolmach imports it`, () => {
    expect(existsSync(omegatJar), 'apt-get install omegat').toBe(true)
    const stem = name.replace(/\.md$/, '')
    const dir = path.join(workDir, `omegat-xliff-${stem}`)
    mkdirSync(dir, {recursive: true})
    const source = readFileSync(path.join(root, 'corpus/ru', name), 'utf8')
    writeFileSync(path.join(dir, name), source)
    const exported = runCli(['export', name, '-o', `${stem}.xlf`], {cwd: dir})
    expect(exported.status, exported.stderr).toBe(0)

    const tmxFile = path.join(root, 'corpus/aligned', `${stem}.tmx`)
    const omegat = omegatTranslateXliff(path.join(dir, 'project'), path.join(dir, `${stem}.xlf`), tmxFile)
    expect(omegat.status, omegat.log).toBe(0)
    expect(omegat.target).not.toBe('')
    writeFileSync(path.join(dir, 'en.xlf'), omegat.target)
    // What OmegaT writes back is still strict XLIFF 1.2.
    expect(xmllint('xliff12/xliff-core-1.2-strict.xsd', path.join(dir, 'en.xlf'))).toBe('')

    const units = readXliff12(omegat.target, {file: 'target.xlf'}).documents.flatMap((d) => d.units)
    const filled = units.filter((u) => u.target !== undefined && u.target !== u.source)
    const share = filled.length / units.length
    console.log(`${stem}: OmegaT pre-translated ${filled.length}/${units.length} segments (${(share * 100).toFixed(1)}%)`)
    expect(units.length).toBeGreaterThan(0)
    // The measure: of ALL the release's segments, not only those the memory holds one for one.
    expect(share).toBeGreaterThanOrEqual(0.8)

    const strict = runCli(['import', 'en.xlf', '--source', name, '-o', 'en.md', '--json'], {cwd: dir})
    const untranslated = units.length - filled.length
    // What OmegaT left as the Russian copy is reported, not counted as translated.
    expect((strict.stderr.match(/\[target-untranslated\]/g) ?? []).length).toBe(untranslated)
    expect(strict.status).toBe(untranslated > 0 ? 1 : 0)
    const imported = runCli(['import', 'en.xlf', '--source', name, '-o', 'en.md', '--allow-partial', '--json'], {cwd: dir})
    expect(imported.status, imported.stderr).toBe(0)
    expect(JSON.parse(imported.stdout)).toMatchObject({translated: filled.length, kept: untranslated, errors: 0, written: true})
    const english = readFileSync(path.join(dir, 'en.md'), 'utf8')
    expect(structure(english)).toEqual(structure(source))
  })
}

test('every --target mode validates (XLIFF 1.2 strict, 2.1 core) and only copy gives OmegaT segments', () => {
  const dir = path.join(workDir, 'omegat-target-modes')
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'ru.md'), 'Первое **предложение**. Второе.\n')
  const loaded: Record<string, number> = {}
  for (const mode of ['copy', 'empty', 'none']) {
    for (const [format, schema] of [['xliff', 'xliff12/xliff-core-1.2-strict.xsd'], ['xliff2', 'xliff2/xliff_core_2.0.xsd']]) {
      const out = `${mode}.${format}.xlf`
      const result = runCli(['export', 'ru.md', '--format', format!, '--target', mode, '-o', out], {cwd: dir})
      expect(result.status, result.stderr).toBe(0)
      expect(xmllint(schema!, path.join(dir, out))).toBe('')
    }
    const xml = readFileSync(path.join(dir, `${mode}.xliff.xlf`), 'utf8')
    expect((xml.match(/<target/g) ?? []).length).toBe(mode === 'none' ? 0 : 2)
    const omegat = omegatTranslateXliff(path.join(dir, `project-${mode}`), path.join(dir, `${mode}.xliff.xlf`), path.join(root, 'corpus/aligned', `${releases[0]!.replace(/\.md$/, '')}.tmx`))
    expect(omegat.status, omegat.log).toBe(0)
    loaded[mode] = Number(/Total:\s+(\d+)/.exec(readFileSync(path.join(dir, `project-${mode}`, 'omegat/project_stats.txt'), 'utf8'))?.[1])
  }
  // OmegaT 3.6 translates the <target>: an empty or missing one gives it nothing to load.
  expect(loaded).toEqual({copy: 2, empty: 0, none: 0})
})
