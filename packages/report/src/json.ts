import {checkFindings, countSeverities, sortFindings} from './findings-list.js'
import {checkOptions} from './options.js'
import type {Finding, FormatOptions, SeverityCounts} from './types.js'

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
  return [...jsonChunks(sorted, countSeverities(sorted))].join('')
}

/**
 * The same report as `json`, in pieces, from findings already in report
 * order and their counts: a caller with a million findings writes each piece
 * as it comes and never holds the whole report (or every finding) at once.
 */
export function* jsonChunks(sorted: Iterable<Finding>, counts: SeverityCounts): Generator<string> {
  const head = JSON.stringify({format: 'tolmach-findings', version: jsonFormatVersion, counts: {error: counts.error, warning: counts.warning, info: counts.info}, findings: []}, null, 2)
  // The head ends `"findings": []\n}`: each finding goes between the brackets, indented as JSON.stringify would.
  const open = head.slice(0, head.lastIndexOf('[') + 1)
  let first = true
  for (const finding of sorted) {
    yield `${first ? open : ','}\n    ${JSON.stringify(plainFinding(finding), null, 2).replace(/\n/g, '\n    ')}`
    if (first) first = false
  }
  yield first ? `${open}]\n}\n` : '\n  ]\n}\n'
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
