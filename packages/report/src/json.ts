import {checkFindings, countSeverities, sortFindings} from './findings-list.js'
import {checkOptions} from './options.js'
import type {Finding, FormatOptions} from './types.js'

/** Identifies the layout, so consumers can check what they are reading. */
export const jsonFormatVersion = 1

/**
 * For scripts: `{format, version, counts, findings}` with findings in report
 * order and keys in a fixed order, so two runs over the same input give the
 * same bytes. Never translated: only the finding messages are the caller's
 * words. Columns are UTF-16 code units, 1-based; offsets 0-based.
 */
export function json(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  checkOptions(options)
  const sorted = sortFindings(findings)
  const report = {
    format: 'tolmach-findings',
    version: jsonFormatVersion,
    counts: countSeverities(sorted),
    findings: sorted.map(plainFinding)
  }
  return `${JSON.stringify(report, null, 2)}\n`
}

function plainFinding(finding: Finding): Record<string, unknown> {
  const {ruleId, severity, message, source, file, place, actual, expected, url, related} = finding
  const out: Record<string, unknown> = {ruleId, severity, message, source}
  if (file !== undefined) out['file'] = file
  if (place !== undefined) out['place'] = plainPlace(place)
  if (actual !== undefined) out['actual'] = actual
  if (expected !== undefined) out['expected'] = expected.slice()
  if (url !== undefined) out['url'] = url
  if (related !== undefined) {
    out['related'] = related.map((r) => ({...(r.file === undefined ? {} : {file: r.file}), ...(r.place === undefined ? {} : {place: plainPlace(r.place)}), ...(r.message === undefined ? {} : {message: r.message})}))
  }
  return out
}

function plainPlace(place: NonNullable<Finding['place']>): Record<string, unknown> {
  return {
    start: {line: place.start.line, column: place.start.column, offset: place.start.offset},
    end: {line: place.end.line, column: place.end.column, offset: place.end.offset}
  }
}
