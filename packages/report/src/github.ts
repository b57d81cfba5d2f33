import {checkFindings, sortFindings} from './findings-list.js'
import {escapeCommandData, escapeCommandProperty} from './github-escape.js'
import {checkOptions} from './options.js'
import {reportPath} from './report-path.js'
import type {Finding, FormatOptions} from './types.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/**
 * GitHub Actions workflow commands, one line per finding, which the runner
 * turns into annotations on the pull request:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`.
 *
 * GitHub only accepts columns on a single-line range, so `col`/`endColumn`
 * are left out when a finding spans lines. Its `endColumn` is the last
 * column covered (it defaults to `col`), while a finding's end is the point
 * after it, hence the `- 1`. GitHub shows at most 10 annotations of a kind
 * per step: every line is still written (they stay in the log), and
 * `githubSummary` lists everything in the job summary.
 */
export function github(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {root} = checkOptions(options)
  let out = ''
  for (const finding of sortFindings(findings)) out += `${workflowCommand(finding, root)}\n`
  return out
}

export function workflowCommand(finding: Finding, root?: string): string {
  const properties: Array<[string, string | number]> = []
  if (finding.file !== undefined) properties.push(['file', reportPath(finding.file, root)])
  const place = finding.place
  if (place !== undefined) {
    const {start, end} = place
    properties.push(['line', start.line])
    if (start.line === end.line) properties.push(['col', start.column])
    properties.push(['endLine', end.line])
    if (start.line === end.line) properties.push(['endColumn', Math.max(start.column, end.column - 1)])
  }
  properties.push(['title', finding.ruleId])
  const list = properties.map(([name, value]) => `${name}=${escapeCommandProperty(String(value))}`).join(',')
  return `::${commands[finding.severity]} ${list}::${escapeCommandData(finding.message)}`
}
