import {readFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {describe, expect, test} from 'vitest'
import {sharedDir} from '../../../scripts/shared-dir.mjs'
import {loadFindings, releaseFile} from './fixtures/load.js'
import {fingerprintKey, sarif} from './sarif.js'
import type {Finding} from './types.js'

// The OASIS schema is draft-04, which ajv 8 validates through ajv-draft-04.
const schema = JSON.parse(readFileSync(path.join(sharedDir(), 'schemas/sarif/sarif-schema-2.1.0.json'), 'utf8'))
const ajv = new Ajv.default({allErrors: true, strict: false})
addFormats.default(ajv)
const validate = ajv.compile(schema)

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

interface Result {
  ruleId: string
  ruleIndex: number
  level?: string
  message: unknown
  locations?: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId?: string}; region?: Region}}>
  partialFingerprints: Record<string, string>
}

interface Log {
  runs: Array<{tool: {driver: {rules: Array<{id: string}>}}; results: Result[]}>
}

function parse(findings: Finding[], root?: string): Log {
  return JSON.parse(sarif(findings, {toolName: 'tolmach', toolVersion: '0.1.0', ...(root ? {root} : {})}))
}

describe('sarif', () => {
  test.each([
    ['fixture findings', loadFindings()],
    ['no findings', []]
  ])('%s validate against the SARIF 2.1.0 schema', (_name, findings) => {
    const log = parse(findings)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  test('related locations (the source sentence of a target finding) validate and keep their place', () => {
    const [first, second] = loadFindings()
    const finding: Finding = {...first!, related: [{file: 'docs/релиз 12.ru.md', place: second!.place!, message: 'the source'}, {message: 'no file: not written'}]}
    const log = parse([finding], undefined) as unknown as {runs: Array<{results: Array<{relatedLocations: unknown[]}>}>}
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    const {start, end} = second!.place!
    expect(log.runs[0]!.results[0]!.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {artifactLocation: {uri: 'docs/%D1%80%D0%B5%D0%BB%D0%B8%D0%B7%2012.ru.md', uriBaseId: '%SRCROOT%'}, region: {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}},
        message: {text: 'the source'}
      }
    ])
  })

  test('the validator does reject a broken log', () => {
    const log = parse(loadFindings())
    log.runs[0]!.results[0]!.level = 'fatal'
    expect(validate(log)).toBe(false)
    delete log.runs[0]!.results[0]!.level
    log.runs[0]!.results[0]!.message = 'a string, not an object'
    expect(validate(log)).toBe(false)
    // Formats are checked too: a URI with a raw space is not a URI.
    const other = parse(loadFindings())
    other.runs[0]!.results[1]!.locations![0]!.physicalLocation.artifactLocation.uri = 'docs/релиз 12.md'
    expect(validate(other)).toBe(false)
  })

  test('each result points at its rule, and regions are the findings places', () => {
    const findings = loadFindings()
    const run = parse(findings).runs[0]!
    const ids = run.tool.driver.rules.map((rule) => rule.id)
    expect(ids).toEqual([...new Set(findings.map((finding) => finding.ruleId))].sort())
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId)
    const located = run.results.filter((result) => result.locations)
    const placed = findings.filter((finding) => finding.file !== undefined)
    expect(located).toHaveLength(placed.length)
    const forbidden = findings.filter((finding) => finding.ruleId === 'term-forbidden').map((finding) => finding.place)
    const regions = run.results
      .filter((result) => result.ruleId === 'term-forbidden')
      .map((result) => result.locations![0]!.physicalLocation.region)
    expect(regions).toEqual(
      forbidden
        .sort((a, b) => a!.start.offset - b!.start.offset)
        .map((place) => ({startLine: place!.start.line, startColumn: place!.start.column, endLine: place!.end.line, endColumn: place!.end.column}))
    )
  })

  test('artifact URIs are relative, encoded, and decode back to the file path', () => {
    const run = parse(loadFindings(), '/repo').runs[0]!
    const uris = new Set(run.results.flatMap((result) => result.locations?.map((l) => l.physicalLocation.artifactLocation.uri) ?? []))
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9%/._~!$&'()*+;=@-]+$/)
    expect([...uris].map(decodeURIComponent)).toContain(releaseFile)
    const absolute = parse([{...loadFindings()[0]!, file: `/repo/${releaseFile}`}], '/repo').runs[0]!.results[0]!
    expect(absolute.locations![0]!.physicalLocation.artifactLocation).toEqual({
      uri: releaseFile.split('/').map(encodeURIComponent).join('/'),
      uriBaseId: '%SRCROOT%'
    })
    const outside = parse([{...loadFindings()[0]!, file: '/elsewhere/a b.md'}]).runs[0]!.results[0]!
    expect(outside.locations![0]!.physicalLocation.artifactLocation).toEqual({uri: 'file:///elsewhere/a%20b.md'})
  })

  test('fingerprints are unique and survive lines moving', () => {
    const findings = loadFindings()
    const before = parse(findings).runs[0]!.results.map((result) => result.partialFingerprints[fingerprintKey])
    expect(new Set(before).size).toBe(before.length)
    const shift = (point: Finding['place'] & {}) => ({
      start: {...point.start, line: point.start.line + 3},
      end: {...point.end, line: point.end.line + 3}
    })
    const moved = findings.map((finding) => (finding.place ? {...finding, place: shift(finding.place)} : finding))
    const after = parse(moved).runs[0]!.results.map((result) => result.partialFingerprints[fingerprintKey])
    expect(after).toEqual(before)
    const edited = findings.map((finding) => (finding.ruleId === 'term-untranslated' ? {...finding, actual: 'МИДа'} : finding))
    const changed = parse(edited).runs[0]!.results.map((result) => result.partialFingerprints[fingerprintKey])
    expect(changed.filter((fingerprint, index) => fingerprint !== before[index])).toHaveLength(1)
  })
})
