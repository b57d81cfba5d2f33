import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {expect, test} from 'vitest'
import {samplePairs} from './fixtures/pairs-sample.js'
import {writePairsJsonl} from './pairs-jsonl.js'
import {writeLadder} from './pairs-ladder.js'
import {writePairsTsv} from './pairs-tsv.js'
import {writeTmx} from './tmx-writer.js'

// The sample pairs in every pair format, kept beside the fixture and reviewed as a diff.
// Regenerate with `UPDATE=1 npx vitest run src/pairs-golden.test.ts`.
const outputs: Record<string, () => string> = {
  tmx: () => writeTmx(samplePairs(), {include: 'all', creationDate: '2026-02-05T10:00:00Z'}),
  'ok.tmx': () => writeTmx(samplePairs(), {srcLang: 'ru-RU', tgtLang: 'en-US', creationDate: new Date(Date.UTC(2026, 1, 5, 9, 8, 7))}),
  tsv: () => writePairsTsv(samplePairs(), {include: 'all'}),
  jsonl: () => writePairsJsonl(samplePairs(), {include: 'warning'}),
  ladder: () => writeLadder(samplePairs())
}

test.each(Object.keys(outputs))('pairs-sample.%s', (extension) => {
  const actual = outputs[extension]!()
  const file = new URL(`./fixtures/pairs-sample.${extension}`, import.meta.url)
  if (process.env['UPDATE']) writeFileSync(file, actual)
  expect(existsSync(file), `${file.pathname} missing: run with UPDATE=1`).toBe(true)
  expect(actual).toBe(readFileSync(file, 'utf8'))
})
