import {checkFindings, sortFindings} from './findings-list.js'
import {fingerprintFindings} from './fingerprint.js'
import {resolveLabels} from './labels.js'
import {checkOptions} from './options.js'
import {reportPath} from './report-path.js'
import type {Finding, FormatOptions} from './types.js'

/** GitLab's five levels; ours map as ESLint's GitLab formatters do. */
const severities = {error: 'major', warning: 'minor', info: 'info'} as const

/**
 * GitLab Code Quality JSON (a subset of the Code Climate spec) for the merge
 * request widget: `description`, `check_name`, a `fingerprint` unique in the
 * report and stable across runs, `severity`, and `location.path` with
 * `positions.begin`/`end` (line and column), or `lines.begin` when a finding
 * has no place.
 */
export function codequality(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {root, labels} = checkOptions(options)
  const noFile = resolveLabels(labels).noFile
  const sorted = sortFindings(findings)
  const fingerprints = fingerprintFindings(sorted, root)
  const issues = sorted.map((finding, index) => {
    const {place} = finding
    const path = finding.file === undefined ? noFile : reportPath(finding.file, root)
    const location = place
      ? {
          path,
          positions: {
            begin: {line: place.start.line, column: place.start.column},
            end: {line: place.end.line, column: place.end.column}
          }
        }
      : {path, lines: {begin: 1}}
    return {
      description: finding.message,
      check_name: finding.ruleId,
      fingerprint: fingerprints[index]!,
      severity: severities[finding.severity],
      location
    }
  })
  return `${JSON.stringify(issues, null, 2)}\n`
}
