import {checkFindings, groupByFile, sortFindings} from './findings-list.js'
import {resolveLabels} from './labels.js'
import {checkOptions} from './options.js'
import {reportPath} from './report-path.js'
import type {Finding, FormatOptions} from './types.js'
import {escapeXml} from './xml-escape.js'

interface TestCase {
  name: string
  findings: Finding[]
}

/**
 * JUnit XML for CI test views (GitLab, Jenkins, Azure): one `<testsuite>` per
 * file, one `<testcase>` per rule and place with a `<failure>` for what was
 * found there (findings of every severity fail: whether the job fails is the
 * CLI's `--fail-on`). A checked file without findings gets no suite: a
 * passing test case made up for it would be a test that never ran (issue 10),
 * and the CI test views count what was found, as Vale's and markdownlint's
 * JUnit reports do.
 */
export function junit(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {root, toolName = 'tolmach', labels} = checkOptions(options)
  const words = resolveLabels(labels)
  const suites = new Map<string, TestCase[]>()
  for (const [file, group] of groupByFile(sortFindings(findings))) {
    suites.set(file === undefined ? words.noFile : reportPath(file, root), testCases(group))
  }
  const names = [...suites.keys()].sort()
  let tests = 0
  let failures = 0
  let body = ''
  for (const name of names) {
    const cases = suites.get(name)!
    const failed = cases.filter((test) => test.findings.length > 0).length
    tests += cases.length
    failures += failed
    body += `  <testsuite${attributes({name, tests: cases.length, failures: failed, errors: 0, skipped: 0})}>\n`
    for (const test of cases) body += testCase(test, name)
    body += '  </testsuite>\n'
  }
  const head = `<testsuites${attributes({name: toolName, tests, failures, errors: 0})}`
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body === '' ? `${head}/>` : `${head}>\n${body}</testsuites>`}\n`
}

/** Findings with the same rule at the same place share a test case. */
function testCases(group: Finding[]): TestCase[] {
  const cases = new Map<string, TestCase>()
  for (const finding of group) {
    const start = finding.place?.start
    const name = start ? `${finding.ruleId} ${start.line}:${start.column}` : finding.ruleId
    const test = cases.get(name)
    if (test) test.findings.push(finding)
    else cases.set(name, {name, findings: [finding]})
  }
  return [...cases.values()]
}

function testCase(test: TestCase, file: string): string {
  const open = `    <testcase${attributes({name: test.name, classname: file})}`
  const first = test.findings[0]!
  const text = test.findings.map((finding) => failureText(finding, file)).join('\n\n')
  const failure = `<failure${attributes({message: first.message, type: first.severity})}>${escapeXml(text)}</failure>`
  return `${open}>\n      ${failure}\n    </testcase>\n`
}

function failureText(finding: Finding, file: string): string {
  const start = finding.place?.start
  const lines = [`${start ? `${file}:${start.line}:${start.column}` : file} ${finding.severity} ${finding.ruleId}`, finding.message]
  if (finding.expected !== undefined && finding.expected.length > 0) lines.push(`expected: ${finding.expected.join(' | ')}`)
  if (finding.actual !== undefined) lines.push(`actual: ${finding.actual}`)
  return lines.join('\n')
}

function attributes(values: Record<string, string | number>): string {
  let out = ''
  for (const [name, value] of Object.entries(values)) out += ` ${name}="${escapeXml(String(value), true)}"`
  return out
}
