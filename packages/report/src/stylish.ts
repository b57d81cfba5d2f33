import {displayWidth, padEnd} from './display-width.js'
import {checkFindings, countSeverities, sortFindings} from './findings-list.js'
import {resolveLabels} from './labels.js'
import {checkOptions} from './options.js'
import {resolvePalette} from './palette.js'
import type {Finding, FormatOptions, Labels, Palette, SeverityCounts} from './types.js'

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
  checkOptions(options)
  if (findings.length === 0) return ''
  const sorted = sortFindings(findings)
  const widths = new StylishWidths(options)
  for (const finding of sorted) widths.add(finding)
  return [...stylishChunks(sorted, countSeverities(sorted), widths, options)].join('')
}

/**
 * The column widths of each file's group, gathered one finding at a time:
 * a caller that streams its findings measures them as they come and writes
 * them later with `stylishChunks`.
 */
export class StylishWidths {
  private readonly words: Labels
  private readonly byFile = new Map<string | undefined, {place: number; severity: number; message: number}>()

  constructor(options?: FormatOptions) {
    this.words = resolveLabels(checkOptions(options).labels)
  }

  add(finding: Finding): void {
    const row = toRow(finding, this.words)
    const widths = this.byFile.get(finding.file) ?? {place: 0, severity: 0, message: 0}
    widths.place = Math.max(widths.place, displayWidth(row.place))
    widths.severity = Math.max(widths.severity, displayWidth(row.severity))
    widths.message = Math.max(widths.message, ...row.lines.map(displayWidth))
    this.byFile.set(finding.file, widths)
  }

  of(file: string | undefined): {place: number; severity: number; message: number} {
    return this.byFile.get(file) ?? {place: 0, severity: 0, message: 0}
  }
}

/** The `stylish` report in pieces, from findings in report order, their counts and their measured widths. */
export function* stylishChunks(sorted: Iterable<Finding>, counts: SeverityCounts, widths: StylishWidths, options?: FormatOptions): Generator<string> {
  const {color, palette, labels, verbose} = checkOptions(options)
  const words = resolveLabels(labels)
  const style = resolvePalette(color, palette)
  let any = false
  let file: string | undefined
  for (const finding of sorted) {
    if (!any || finding.file !== file) {
      yield `${any ? '\n' : ''}${style.underline(finding.file ?? words.noFile)}\n`
      any = true
      file = finding.file
    }
    yield formatRow(toRow(finding, words), widths.of(finding.file), words, style, verbose === true)
  }
  if (!any) return
  const mark = counts.error > 0 ? style.red('✖') : counts.warning > 0 ? style.yellow('⚠') : 'ℹ'
  yield `\n${mark} ${style.bold(words.summary(counts))}\n`
}

function toRow(finding: Finding, words: Labels): Row {
  return {
    finding,
    place: finding.place ? `${finding.place.start.line}:${finding.place.start.column}` : '',
    severity: words[finding.severity],
    lines: finding.message.split(/\r\n|[\r\n]/)
  }
}

function formatRow(row: Row, widths: {place: number; severity: number; message: number}, words: Labels, style: Palette, verbose: boolean): string {
  // Continuation lines and details start under the message column.
  const indent = ' '.repeat(2 + widths.place + 2 + widths.severity + 2)
  const severity = paint(row.finding.severity, padEnd(row.severity, widths.severity), style)
  const [first = '', ...rest] = row.lines
  let out = `  ${style.dim(padEnd(row.place, widths.place))}  ${severity}  ${padEnd(first, widths.message)}  ${style.dim(row.finding.ruleId)}`.trimEnd()
  out += '\n'
  for (const line of rest) out += `${indent}${line}`.trimEnd() + '\n'
  if (verbose) out += details(row.finding, words, style, indent)
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
