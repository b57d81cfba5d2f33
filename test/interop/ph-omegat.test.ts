import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {readXliff12} from '@tolmach/formats'
import {expect, test} from 'vitest'
import {runCli} from '../cli/run-cli.js'
import {workDir} from './segment-exports-helpers.js'
import {omegatTranslateXliff} from './xliff-omegat-helpers.js'

const ru = 'Запустите `npm ci` в корне репозитория.\n\nЗатем выполните `npm test` и дождитесь результата.\n\nПервая строка\\\nвторая строка здесь.\n'
const en = 'Run `npm ci` in the root of the repository.\n\nThen run `npm test` and wait for the result.\n\nThe first line\\\nthe second line here.\n'

// Inline code is an atom: `<ph>` in our XLIFF and in our TMX, its Markdown as
// content. OmegaT 3.6 names an XLIFF ph `<n0/>` (first letter of the content)
// and a level-2 TMX ph `<n0>`, with the slash only under its preference
// `ext_tmx_use_slash`; no attribute or element of the TMX changes that (tried:
// type or none, empty content, x="0", it, ut). With the preference, the TMX
// tolmach aligns pre-translates the XLIFF tolmach exports. An atom without a
// letter (a hard line break) is named after the TMX `type`, else `f` as in the
// XLIFF: our TMX writes it without one. (An image whose alt text differs
// between the languages still cannot match: its letter is the alt's.)
test('segments with inline code and line breaks match OmegaT memory when "Use / for stand-alone tags" is on', () => {
  const dir = path.join(workDir, 'ph-omegat')
  mkdirSync(dir, {recursive: true})
  writeFileSync(path.join(dir, 'ru.md'), ru)
  writeFileSync(path.join(dir, 'en.md'), en)
  const aligned = runCli(['align', 'ru.md', 'en.md', '-f', 'tmx', '-o', 'pair.tmx'], {cwd: dir})
  expect(aligned.status, aligned.stderr).toBe(0)
  expect(readFileSync(path.join(dir, 'pair.tmx'), 'utf8')).toContain('<ph x="1" type="x-inlineCode">`npm ci`</ph>')
  expect(runCli(['export', 'ru.md', '-o', 'ru.xlf'], {cwd: dir}).status).toBe(0)

  const filled = (slash: boolean) => {
    const omegat = omegatTranslateXliff(path.join(dir, `project-${slash}`), path.join(dir, 'ru.xlf'), path.join(dir, 'pair.tmx'), {slash})
    expect(omegat.status, omegat.log).toBe(0)
    writeFileSync(path.join(dir, `en-${slash}.xlf`), omegat.target)
    return readXliff12(omegat.target).documents[0]!.units.filter((u) => u.target !== u.source).length
  }
  expect(filled(false)).toBe(0)
  expect(readFileSync(path.join(dir, 'pair.tmx'), 'utf8')).toContain('<ph x="1">\\\n</ph>')
  expect(filled(true)).toBe(3)
  const imported = runCli(['import', 'en-true.xlf', '--source', 'ru.md', '-o', 'out.md'], {cwd: dir})
  expect(imported.status, imported.stderr).toBe(0)
  expect(readFileSync(path.join(dir, 'out.md'), 'utf8')).toBe(en)
})
