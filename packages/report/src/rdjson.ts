import {checkFindings, sortFindings} from './findings-list.js'
import {resolveLabels} from './labels.js'
import {checkOptions} from './options.js'
import {reportPath} from './report-path.js'
import type {Finding, FormatOptions} from './types.js'
import {withUtf8Columns} from './utf8-columns.js'

const severities = {error: 'ERROR', warning: 'WARNING', info: 'INFO'} as const

/**
 * reviewdog's diagnostic format (`rdjson`, a `DiagnosticResult`), for
 * `reviewdog -f=rdjson`. Its columns count UTF-8 bytes, so they are written
 * only when `options.readText` gives the file's text to convert with;
 * otherwise ranges are whole lines, which reviewdog reads as line-wise,
 * rather than columns in the wrong unit. The end is exclusive in both.
 */
export function rdjson(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {root, toolName = 'tolmach', informationUri, readText, labels} = checkOptions(options)
  const noFile = resolveLabels(labels).noFile
  const sorted = sortFindings(findings)
  const located = readText ? withUtf8Columns(sorted, readText) : sorted
  const diagnostics = located.map((finding, index) => {
    // withUtf8Columns hands back the same object when it had no text to convert with.
    const exact = readText !== undefined && located[index] !== sorted[index]
    const location: Record<string, unknown> = {path: finding.file === undefined ? noFile : reportPath(finding.file, root)}
    if (finding.place !== undefined) {
      const {start, end} = finding.place
      location['range'] = exact
        ? {start: {line: start.line, column: start.column}, end: {line: end.line, column: end.column}}
        : {start: {line: start.line}, end: {line: end.line}}
    }
    const code: Record<string, string> = {value: finding.ruleId}
    if (finding.url !== undefined) code['url'] = finding.url
    return {message: finding.message, location, severity: severities[finding.severity], source: {name: finding.source}, code}
  })
  const source: Record<string, string> = {name: toolName}
  if (informationUri !== undefined) source['url'] = informationUri
  return `${JSON.stringify({source, diagnostics}, null, 2)}\n`
}
