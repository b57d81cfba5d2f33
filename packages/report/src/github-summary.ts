import {Buffer} from 'node:buffer'
import {checkFindings, countSeverities, sortFindings} from './findings-list.js'
import {resolveLabels} from './labels.js'
import {escapeMarkdownCell} from './markdown-escape.js'
import {checkOptions} from './options.js'
import {reportPath} from './report-path.js'
import type {Finding, FormatOptions, Labels} from './types.js'

/** GitHub's cap is 1 MiB per step summary; stay a little under it. */
export const defaultSummaryBytes = 1_000_000

const icons = {error: '❌', warning: '⚠️', info: 'ℹ️'} as const

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: a heading with the counts and a table
 * of every finding. Annotations stop at 10 of a kind per step; the summary
 * is where a CI maintainer sees all of them. Rows past `maxBytes` are left
 * out with a line saying how many.
 */
export function githubSummary(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {root, labels, toolName, maxBytes = defaultSummaryBytes} = checkOptions(options)
  const words = resolveLabels(labels)
  const title = escapeMarkdownCell(toolName ?? 'tolmach')
  if (findings.length === 0) return `### ${title}: ${escapeMarkdownCell(words.clean)}\n`
  const sorted = sortFindings(findings)
  const {columns} = words
  let out = `### ${title}: ${escapeMarkdownCell(words.summary(countSeverities(sorted)))}\n\n`
  out += `| ${[columns.severity, columns.file, columns.place, columns.rule, columns.message].map(escapeMarkdownCell).join(' | ')} |\n`
  out += '| --- | --- | --- | --- | --- |\n'
  let used = Buffer.byteLength(out)
  // Room for the "left out" line, kept in case a later row does not fit.
  const reserve = Buffer.byteLength(escapeMarkdownCell(words.omitted(sorted.length))) + 4
  for (let index = 0; index < sorted.length; index++) {
    const row = summaryRow(sorted[index]!, words, root)
    const size = Buffer.byteLength(row)
    if (used + size + reserve > maxBytes) {
      out += `\n${escapeMarkdownCell(words.omitted(sorted.length - index))}\n`
      break
    }
    out += row
    used += size
  }
  return out
}

function summaryRow(finding: Finding, words: Labels, root: string | undefined): string {
  const file = finding.file === undefined ? words.noFile : reportPath(finding.file, root)
  const place = finding.place ? `${finding.place.start.line}:${finding.place.start.column}` : ''
  let message = escapeMarkdownCell(finding.message)
  const details: string[] = []
  if (finding.expected !== undefined && finding.expected.length > 0) {
    details.push(`${words.expected}: ${finding.expected.map((term) => `«${term}»`).join(', ')}`)
  }
  if (finding.actual !== undefined) details.push(`${words.found}: «${finding.actual}»`)
  if (details.length > 0) message += `<br>${escapeMarkdownCell(details.join('; '))}`
  const cells = [`${icons[finding.severity]} ${escapeMarkdownCell(words[finding.severity])}`, escapeMarkdownCell(file), place, escapeMarkdownCell(finding.ruleId), message]
  return `| ${cells.join(' | ')} |\n`
}
