import {Buffer} from 'node:buffer'
import {describe, expect, test} from 'vitest'
import {fixtureText, loadFindings, releaseFile, termsFile} from './fixtures/load.js'
import {utf8Length, withUtf8Columns} from './utf8-columns.js'

const texts: Record<string, string> = {[releaseFile]: fixtureText('release.en.md'), [termsFile]: fixtureText('terms.csv')}

describe('withUtf8Columns', () => {
  const findings = loadFindings()
  const converted = withUtf8Columns(findings, (file) => texts[file])

  test('byte offsets and columns point at the same text in the encoded file', () => {
    let checked = 0
    converted.forEach((finding, index) => {
      if (!finding.place || !finding.actual || !finding.file) return
      const bytes = Buffer.from(texts[finding.file]!, 'utf8')
      const {start, end} = finding.place
      expect(bytes.subarray(start.offset, end.offset).toString('utf8')).toBe(finding.actual)
      const lines = texts[finding.file]!.split(/\r?\n/)
      const lineStart = Buffer.byteLength(lines.slice(0, start.line - 1).map((line) => `${line}\n`).join(''))
      const crlf = finding.file === termsFile ? start.line - 1 : 0
      expect(lineStart + crlf + start.column - 1).toBe(start.offset)
      expect(start.line).toBe(findings[index]!.place!.start.line)
      checked++
    })
    expect(checked).toBe(6)
  })

  test('columns after an emoji and Cyrillic grow by their extra bytes', () => {
    const before = findings.find((finding) => finding.ruleId === 'term-forbidden' && finding.place!.start.line === 1)!
    const after = converted.find((finding) => finding.ruleId === 'term-forbidden' && finding.place!.start.line === 1)!
    // `# Kazakhstan 🇰🇿 and the US: ` — the flag is 4 UTF-16 units and 8 bytes.
    expect(after.place!.start.column - before.place!.start.column).toBe(4)
    const untranslated = converted.find((finding) => finding.ruleId === 'term-untranslated')!
    expect(untranslated.place!.end.column - untranslated.place!.start.column).toBe(6)
  })

  test('findings whose text is unknown are left as they are', () => {
    const unchanged = withUtf8Columns(findings, () => undefined)
    expect(unchanged).toEqual(findings)
    expect(() => withUtf8Columns(findings, 'text' as never)).toThrow(TypeError)
  })

  test('utf8Length counts bytes', () => {
    expect(utf8Length('МИД')).toBe(6)
    expect(utf8Length('🇰🇿')).toBe(8)
    expect(utf8Length('\ud800')).toBe(3)
  })
})
