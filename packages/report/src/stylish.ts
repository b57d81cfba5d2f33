import {displayWidth, padEnd} from './display-width.js'
import {checkFindings, countSeverities, groupByFile, sortFindings} from './findings-list.js'
import {resolveLabels} from './labels.js'
import {checkOptions} from './options.js'
import {resolvePalette} from './palette.js'
import type {Finding, FormatOptions, Labels, Palette} from './types.js'

interface Row {
  finding: Finding
  place: string
  severity: string
  lines: string[]
}

/**
 * For people at a terminal, after ESLint's `stylish`: findings grouped under
 * their file, `line:column  severity  message  rule` in aligned columns, and
 * a closing count. Nothing at all when there are no findings, so a clean run
 * prints nothing.
 */
export function stylish(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {color, palette, labels, verbose} = checkOptions(options)
  if (findings.length === 0) return ''
  const words = resolveLabels(labels)
  const style = resolvePalette(color, palette)
  const sorted = sortFindings(findings)
  let out = ''
  for (const [file, group] of groupByFile(sorted)) {
    out += `${style.underline(file ?? words.noFile)}\n`
    out += formatGroup(group, words, style, verbose === true)
    out += '\n'
  }
  const counts = countSeverities(sorted)
  const mark = counts.error > 0 ? style.red('✖') : counts.warning > 0 ? style.yellow('⚠') : 'ℹ'
  return `${out}${mark} ${style.bold(words.summary(counts))}\n`
}

function formatGroup(group: Finding[], words: Labels, style: Palette, verbose: boolean): string {
  const rows: Row[] = group.map((finding) => ({
    finding,
    place: finding.place ? `${finding.place.start.line}:${finding.place.start.column}` : '',
    severity: words[finding.severity],
    lines: finding.message.split(/\r\n|[\r\n]/)
  }))
  const placeWidth = Math.max(...rows.map((row) => displayWidth(row.place)))
  const severityWidth = Math.max(...rows.map((row) => displayWidth(row.severity)))
  const messageWidth = Math.max(...rows.map((row) => Math.max(...row.lines.map(displayWidth))))
  // Continuation lines and details start under the message column.
  const indent = ' '.repeat(2 + placeWidth + 2 + severityWidth + 2)
  let out = ''
  for (const row of rows) {
    const severity = paint(row.finding.severity, padEnd(row.severity, severityWidth), style)
    const [first = '', ...rest] = row.lines
    out += `  ${style.dim(padEnd(row.place, placeWidth))}  ${severity}  ${padEnd(first, messageWidth)}  ${style.dim(row.finding.ruleId)}`.trimEnd()
    out += '\n'
    for (const line of rest) out += `${indent}${line}`.trimEnd() + '\n'
    if (verbose) out += details(row.finding, words, style, indent)
  }
  return out
}

function details(finding: Finding, words: Labels, style: Palette, indent: string): string {
  let out = ''
  if (finding.expected !== undefined && finding.expected.length > 0) {
    out += `${indent}${style.dim(`${words.expected}: ${finding.expected.map(quote).join(', ')}`)}\n`
  }
  if (finding.actual !== undefined) out += `${indent}${style.dim(`${words.found}: ${quote(finding.actual)}`)}\n`
  return out
}

function quote(text: string): string {
  return `«${text.replace(/\r\n|[\r\n]/g, ' ')}»`
}

function paint(severity: Finding['severity'], text: string, style: Palette): string {
  if (severity === 'error') return style.red(text)
  if (severity === 'warning') return style.yellow(text)
  return text
}
