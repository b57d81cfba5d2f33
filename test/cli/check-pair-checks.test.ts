import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

// The errors the issue says `check --pair` let through, injected one at a time into the project's own published translation.
const name = '000-critical-minerals-ministerial.md'
const ru = `corpus/ru/${name}`
const en = readFileSync(path.join(root, 'corpus/en', name), 'utf8')

interface Report {
  findings: Array<{ruleId: string; severity: string; message: string; file: string; place: {start: {line: number}}}>
}

function broken(from: string, to: string): {file: string; line: number} {
  expect(en).toContain(from)
  const text = en.replace(from, to)
  const file = path.join(tempDir(), 'en.md')
  writeFileSync(file, text)
  return {file, line: text.slice(0, text.indexOf(to.slice(0, 30) || from)).split('\n').length}
}

const check = (args: string[], env: Record<string, string> = {}) => runCli(['check', '--no-config', ...args], {env})
const counted = (report: Report) => report.findings.filter((f) => f.severity !== 'info')

describe('tolmach check --pair runs every check, not only terminology', () => {
  const enLine = (start: string) => en.split('\n').find((l) => l.startsWith(start)) as string
  const ruLine = (start: string) => readFileSync(path.join(root, ru), 'utf8').split('\n').find((l) => l.startsWith(start)) as string
  const cases: Array<[string, string, string, string, number]> = [
    ['a changed number', 'more than 50 countries', 'more than 15 countries', 'number-mismatch', 1],
    ['a changed month', 'in November 2025', 'in December 2025', 'date-mismatch', 1],
    ['a sentence left in Russian', enLine('The conference served as a platform'), ruLine('Конференция стала площадкой'), 'untranslated', 1],
    ['Russian words left in an English sentence', 'The conference served as a platform', 'Конференция стала площадкой', 'mixed-script', 1],
    ['a doubled word (a warning: exit 0 under the default --fail-on error)', 'took part in the first', 'took part in in the first', 'repeated-word', 0]
  ]
  for (const [what, from, to, rule, status] of cases) {
    it(`finds ${what} at its line, without a glossary`, () => {
      const {file, line} = broken(from, to)
      const run = check(['--pair', ru, file, '--format', 'json'])
      const report = JSON.parse(run.stdout) as Report
      expect(counted(report).map((f) => [f.ruleId, f.place.start.line])).toContainEqual([rule, line])
      expect(run.status).toBe(status)
    })
  }

  it('finds nothing above info in the published pair, and says so in Russian with --ui-lang ru', () => {
    const run = check(['--pair', ru, `corpus/en/${name}`, '--format', 'json'])
    expect(counted(JSON.parse(run.stdout) as Report)).toEqual([])
    expect(run.status).toBe(0)
    const {file} = broken('more than 50 countries', 'more than 15 countries')
    const russian = check(['--ui-lang', 'ru', '--pair', ru, file, '--format', 'json'])
    const [finding] = counted(JSON.parse(russian.stdout) as Report)
    expect(finding?.message).toMatch(/^число «15» не совпадает с «50» в оригинале \(в оригинале: corpus\/ru\/000-critical-minerals-ministerial\.md:\d+:\d+\)$/)
  })

  it('a finding in the translation points at its source sentence: SARIF relatedLocations, rdjson related_locations, JSON related', () => {
    const {file} = broken('more than 50 countries', 'more than 15 countries')
    const ruText = readFileSync(path.join(root, ru), 'utf8')
    const sourceLine = ruText.slice(0, ruText.indexOf('50')).split('\n').length
    const sarif = JSON.parse(check(['--pair', ru, file, '--format', 'sarif', '--root', root]).stdout)
    const result = sarif.runs[0].results.find((r: {ruleId: string}) => r.ruleId === 'number-mismatch')
    expect(result.relatedLocations).toEqual([
      {id: 0, physicalLocation: {artifactLocation: {uri: `corpus/ru/${name}`, uriBaseId: '%SRCROOT%'}, region: expect.objectContaining({startLine: sourceLine})}, message: {text: 'the source'}}
    ])
    const rd = JSON.parse(check(['--pair', ru, file, '--format', 'rdjson', '--root', root]).stdout)
    const diagnostic = rd.diagnostics.find((d: {code: {value: string}}) => d.code.value === 'number-mismatch')
    expect(diagnostic.related_locations).toEqual([{message: 'the source', location: {path: `corpus/ru/${name}`, range: {start: {line: sourceLine}, end: {line: sourceLine}}}}])
    const json = JSON.parse(check(['--pair', ru, file, '--format', 'json']).stdout)
    const finding = json.findings.find((f: {ruleId: string}) => f.ruleId === 'number-mismatch')
    expect(finding.related[0]).toMatchObject({file: ru, place: {start: {line: sourceLine}}})
    expect(ruText.slice(finding.related[0].place.start.offset, finding.related[0].place.end.offset)).toContain('50')
  })

  it('--max-warnings fails a run with more warnings; --fail-on never alone would pass', () => {
    const {file} = broken('took part in the first', 'took part in in the first')
    expect(check(['--pair', ru, file, '--fail-on', 'never']).status).toBe(0)
    const run = check(['--pair', ru, file, '--fail-on', 'never', '--max-warnings', '0'])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('1 warnings, more than --max-warnings 0')
    expect(check(['--pair', ru, file, '--max-warnings', 'many']).status).toBe(2)
  })

  it('--baseline hides the findings a team accepted; new ones still fail', () => {
    const {file} = broken('more than 50 countries', 'more than 15 countries')
    const baseline = path.join(path.dirname(file), 'baseline.json')
    const write = check(['--pair', ru, file, '--baseline', baseline, '--update-baseline'])
    expect(write.status).toBe(0)
    expect(check(['--pair', ru, file, '--baseline', baseline]).status).toBe(0)
    writeFileSync(file, readFileSync(file, 'utf8').replace('in November 2025', 'in December 2025'))
    const run = check(['--pair', ru, file, '--baseline', baseline, '--format', 'json'])
    expect(counted(JSON.parse(run.stdout) as Report).map((f) => f.ruleId)).toEqual(['date-mismatch'])
    expect(run.status).toBe(1)
  })
})
