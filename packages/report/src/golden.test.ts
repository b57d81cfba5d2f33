import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {fixtureText, loadFindings, releaseFile, termsFile} from './fixtures/load.js'
import {formatFindings} from './format-findings.js'
import type {Finding, FindingFormat, FormatOptions} from './types.js'

// Each format's output on the fixture findings, kept beside them and reviewed
// as a diff. Regenerate with `UPDATE=1 npx vitest run src/golden.test.ts`.
const options: FormatOptions = {
  toolName: 'tolmach',
  toolVersion: '0.1.0',
  informationUri: 'https://example.invalid/tolmach',
  rules: {'term-forbidden': {description: 'The target uses a rendering the glossary forbids.'}},
  files: ['docs/релиз 12, итоги: 2025.en.md', 'glossary/terms,v2:ru-en.csv', 'docs/clean.en.md']
}

const cases: Array<[name: string, format: FindingFormat, extension: string, extra?: FormatOptions]> = [
  ['stylish', 'stylish', 'stylish.txt'],
  ['stylish verbose, coloured', 'stylish', 'stylish-color.txt', {color: true, verbose: true}],
  ['json', 'json', 'json'],
  ['github', 'github', 'github.txt'],
  ['github-summary', 'github-summary', 'github-summary.md'],
  ['sarif', 'sarif', 'sarif'],
  ['junit', 'junit', 'junit.xml'],
  ['codequality', 'codequality', 'codequality.json'],
  ['rdjson, line-wise', 'rdjson', 'rdjson.json'],
  ['rdjson, byte columns', 'rdjson', 'rdjson-bytes.json', {readText}]
]

function readText(file: string): string | undefined {
  return {[releaseFile]: fixtureText('release.en.md'), [termsFile]: fixtureText('terms.csv')}[file]
}

const inputs: Record<string, Finding[]> = {check: loadFindings(), empty: []}

describe.each(Object.keys(inputs))('%s', (input) => {
  test.each(cases)('%s', (_name, format, extension, extra) => {
    const actual = formatFindings(inputs[input]!, format, {...options, ...extra})
    const file = new URL(`./fixtures/${input}.${extension}`, import.meta.url)
    if (process.env['UPDATE']) writeFileSync(file, actual)
    expect(existsSync(file), `${file.pathname} missing: run with UPDATE=1`).toBe(true)
    expect(actual).toBe(readFileSync(file, 'utf8'))
  })
})

test('the order findings come in does not change any output', () => {
  const findings = loadFindings()
  const reversed = findings.slice().reverse()
  for (const [, format, , extra] of cases) {
    expect(formatFindings(reversed, format, {...options, ...extra})).toBe(formatFindings(findings, format, {...options, ...extra}))
  }
})
