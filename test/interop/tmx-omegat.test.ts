import {existsSync} from 'node:fs'
import path from 'node:path'
import {joinSegments, readTmx, writeTmx} from '@tolmach/formats'
import {expect, test} from 'vitest'
import {workDir} from './segment-exports-helpers.js'
import {corpusPairs} from './tmx-helpers.js'
import {omegatJar, omegatTranslate} from './tmx-omegat-helpers.js'

// OmegaT 3.6 (Debian `omegat`) loads a foreign TMX from tm/auto/ and inserts exact
// matches. It ignores inline codes in foreign TMX, so the check uses the plain
// sentences: ok 1-1 pairs whose two sides carry no Markdown markup.
test('OmegaT pre-translates a Russian file from the TMX in tm/auto/, and only from approved pairs', () => {
  expect(existsSync(omegatJar), 'apt-get install omegat').toBe(true)
  const pairs = corpusPairs().flatMap((d) => d.pairs)
  const plain = pairs.filter(
    (p) => p.verdict === 'ok' && p.source.length === 1 && p.target.length === 1 && p.source[0]!.placeholders.length === 0 && p.target[0]!.placeholders.length === 0
  )
  // Left out of the TM by include=ok: a dropped photo credit (1-0, error).
  const rejected = pairs.filter((p) => p.verdict === 'error' && p.source.length === 1 && p.source[0]!.placeholders.length === 0)
  expect(plain.length).toBeGreaterThanOrEqual(10)
  expect(rejected.length).toBeGreaterThanOrEqual(1)
  const unknown = 'Этого предложения нет в памяти переводов.'
  const paragraphs = [...plain.map((p) => p.source[0]!.text), ...rejected.map((p) => p.source[0]!.text), unknown]
  const tmx = writeTmx(pairs, {include: 'ok', creationDate: '2026-02-05T10:00:00Z'})

  const result = omegatTranslate(path.join(workDir, 'omegat-project'), tmx, paragraphs)
  expect(result.status, result.log).toBe(0)
  expect(result.log).toContain('tm/auto/tolmach.tmx')
  expect(result.target.trimEnd().split('\n\n')).toEqual([
    ...plain.map((p) => p.target[0]!.text),
    ...rejected.map((p) => p.source[0]!.text),
    unknown
  ])

  // OmegaT's own project TM (TMX 1.1, `lang` attributes) reads back with the same pairs.
  const exported = readTmx(result.exportedTmx, {file: 'omegat.tmx'})
  expect(exported.findings.filter((f) => f.severity === 'error')).toEqual([])
  const got = new Map(exported.units.map((u) => [u.variants[0]?.text, u.variants[1]?.text]))
  for (const p of plain) expect(got.get(joinSegments(p.source).text)).toBe(p.target[0]!.text)
})
