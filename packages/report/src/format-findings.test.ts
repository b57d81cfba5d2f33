import {describe, expect, test} from 'vitest'
import {codequality} from './codequality.js'
import {loadFindings} from './fixtures/load.js'
import {findingFormats, formatFindings, isFindingFormat} from './format-findings.js'
import {json} from './json.js'
import {sarif} from './sarif.js'

describe('formatFindings', () => {
  const findings = loadFindings()

  test('dispatches by name to the formatter of that name', () => {
    expect(findingFormats).toEqual(['stylish', 'json', 'github', 'github-summary', 'sarif', 'junit', 'codequality', 'rdjson'])
    expect(formatFindings(findings, 'sarif', {root: '/r'})).toBe(sarif(findings, {root: '/r'}))
    expect(formatFindings(findings, 'codequality')).toBe(codequality(findings))
    expect(isFindingFormat('junit')).toBe(true)
    expect(isFindingFormat('toString')).toBe(false)
  })

  test('an unknown format or a bad option is misuse and throws TypeError', () => {
    expect(() => formatFindings(findings, 'xml' as never)).toThrow(/format must be one of stylish, json/)
    expect(() => formatFindings(findings, 'json', {root: 1 as never})).toThrow(/options\.root must be a string/)
    expect(() => formatFindings(findings, 'junit', {files: 'a.md' as never})).toThrow(/options\.files/)
    expect(() => formatFindings(findings, 'github-summary', {maxBytes: -1})).toThrow(/options\.maxBytes/)
    expect(() => formatFindings([{ruleId: 'x'} as never], 'json')).toThrow(/findings\[0\]\.severity/)
  })
})

describe('json', () => {
  test('gives the findings back, sorted, with counts', () => {
    const findings = loadFindings()
    const report = JSON.parse(json(findings))
    expect(report).toMatchObject({format: 'tolmach-findings', version: 1, counts: {error: 3, warning: 2, info: 3}})
    const byKey = (f: {ruleId: string; message: string; place?: {start: {offset: number}}}) =>
      `${f.ruleId} ${f.place?.start.offset ?? -1} ${f.message}`
    expect(report.findings.map(byKey).sort()).toEqual(findings.map(byKey).sort())
    expect(report.findings).toEqual(expect.arrayContaining(findings.map((finding) => expect.objectContaining(finding))))
  })
})
