import {describe, expect, test} from 'vitest'
import {codequality} from './codequality.js'
import {loadFindings, releaseFile} from './fixtures/load.js'

describe('codequality', () => {
  const findings = loadFindings()
  const issues = JSON.parse(codequality(findings, {root: '/builds/group/project'}))

  test('every finding is an issue with the fields GitLab requires', () => {
    expect(issues).toHaveLength(findings.length)
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location'])
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity)
      expect(typeof issue.location.path).toBe('string')
      expect(issue.location.positions?.begin.line ?? issue.location.lines?.begin).toBeGreaterThanOrEqual(1)
    }
  })

  test('fingerprints are unique (GitLab shows only the first of duplicates)', () => {
    const fingerprints = issues.map((issue: {fingerprint: string}) => issue.fingerprint)
    expect(new Set(fingerprints).size).toBe(fingerprints.length)
    expect(fingerprints.every((fingerprint: string) => /^[0-9a-f]{32}$/.test(fingerprint))).toBe(true)
  })

  test('severities and positions map from the finding', () => {
    const untranslated = issues.find((issue: {check_name: string}) => issue.check_name === 'term-untranslated')
    const finding = findings.find((f) => f.ruleId === 'term-untranslated')!
    expect(untranslated.severity).toBe('major')
    expect(untranslated.location).toEqual({
      path: releaseFile,
      positions: {
        begin: {line: finding.place!.start.line, column: finding.place!.start.column},
        end: {line: finding.place!.end.line, column: finding.place!.end.column}
      }
    })
    expect(issues.find((issue: {check_name: string}) => issue.check_name === 'glossary-duplicate').severity).toBe('minor')
  })

  test('absolute paths become relative to root', () => {
    const absolute = findings.map((finding) => (finding.file ? {...finding, file: `/builds/group/project/${finding.file}`} : finding))
    expect(codequality(absolute, {root: '/builds/group/project'})).toBe(codequality(findings))
  })
})
