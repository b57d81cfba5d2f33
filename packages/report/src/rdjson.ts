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
    const diagnostic: Record<string, unknown> = {message: finding.message, location, severity: severities[finding.severity], source: {name: finding.source}, code}
    // Related places get whole-line ranges: their columns would need their own file's text in UTF-8.
    const related = (finding.related ?? []).filter((r) => r.file !== undefined)
    if (related.length > 0) {
      diagnostic['related_locations'] = related.map((r) => ({
        ...(r.message === undefined ? {} : {message: r.message}),
        location: {path: reportPath(r.file!, root), ...(r.place === undefined ? {} : {range: {start: {line: r.place.start.line}, end: {line: r.place.end.line}}})}
      }))
    }
    return diagnostic
  })
  const source: Record<string, string> = {name: toolName}
  if (informationUri !== undefined) source['url'] = informationUri
  return `${JSON.stringify({source, diagnostics}, null, 2)}\n`
}
