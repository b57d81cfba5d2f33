import {Buffer} from 'node:buffer'
import {describe, expect, test} from 'vitest'
import {fixtureText, loadFindings, releaseFile} from './fixtures/load.js'
import {rdjson} from './rdjson.js'

interface Diagnostic {
  message: string
  location: {path: string; range?: {start: {line: number; column?: number}; end: {line: number; column?: number}}}
  severity: string
  code: {value: string}
}

describe('rdjson', () => {
  const findings = loadFindings()
  const text = fixtureText('release.en.md')
  const lines = text.split('\n')

  test('with the text, columns are UTF-8 bytes that select the text found', () => {
    const read: string[] = []
    const readText = (file: string) => {
      read.push(file)
      return file === releaseFile ? text : undefined
    }
    const {diagnostics} = JSON.parse(rdjson(findings, {readText})) as {diagnostics: Diagnostic[]}
    expect(new Set(read)).toEqual(new Set(findings.flatMap((finding) => (finding.file && finding.place ? [finding.file] : []))))
    const forbidden = diagnostics.filter((diagnostic) => diagnostic.code.value === 'term-forbidden')
    expect(forbidden).toHaveLength(2)
    for (const {location} of forbidden) {
      const {start, end} = location.range!
      const line = Buffer.from(lines[start.line - 1]!, 'utf8')
      expect(line.subarray(start.column! - 1, end.column! - 1).toString('utf8')).toBe('crucial minerals')
    }
    // The glossary file's text was not given: its finding keeps whole lines.
    const duplicate = diagnostics.find((diagnostic) => diagnostic.code.value === 'glossary-duplicate')!
    expect(duplicate.location.range).toEqual({start: {line: 5}, end: {line: 5}})
  })

  test('without the text, ranges are whole lines, never columns in another unit', () => {
    const {diagnostics} = JSON.parse(rdjson(findings)) as {diagnostics: Diagnostic[]}
    expect(diagnostics).toHaveLength(findings.length)
    for (const {location} of diagnostics) {
      if (location.range) expect(location.range.start.column).toBeUndefined()
    }
    expect(diagnostics.map((diagnostic) => diagnostic.severity).sort()).toEqual(
      findings.map((finding) => finding.severity.toUpperCase()).sort()
    )
  })
})
