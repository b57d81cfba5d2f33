import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {loadFixture} from './fixtures/load.js'
import {formatSegments} from './format-segments.js'
import type {SegmentFormat} from './types.js'

// Each fixture's output in every format, kept beside it and reviewed as a diff.
// Regenerate with `UPDATE=1 npx vitest run src/golden.test.ts`.
const extensions: Record<SegmentFormat, string> = {xliff: 'xlf', xliff2: 'xliff2.xlf', jsonl: 'jsonl', tsv: 'tsv'}

describe.each(['inline-markup', 'english'] as const)('%s', (name) => {
  const document = loadFixture(name)
  const targets = {[document.segments[0]!.id]: {text: document.segments[0]!.text, state: 'reviewed' as const}}
  test.each(Object.entries(extensions))('%s', (format, extension) => {
    const actual = formatSegments([document], format as SegmentFormat, {targets})
    const file = new URL(`./fixtures/${name}.${extension}`, import.meta.url)
    if (process.env['UPDATE']) writeFileSync(file, actual)
    expect(existsSync(file), `${file.pathname} missing: run with UPDATE=1`).toBe(true)
    expect(actual).toBe(readFileSync(file, 'utf8'))
  })
})
