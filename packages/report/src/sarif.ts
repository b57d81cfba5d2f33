import {artifactLocation} from './artifact-uri.js'
import {checkFindings, sortFindings} from './findings-list.js'
import {fingerprintFindings} from './fingerprint.js'
import {checkOptions} from './options.js'
import type {Finding, FormatOptions, RuleInfo} from './types.js'

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/** The `partialFingerprints` key: a name and a version, as SARIF asks. */
export const fingerprintKey = 'tolmachFinding/v1'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers.
 * Rules are listed once each, sorted by id so `ruleIndex` is stable, with a
 * `shortDescription` from `options.rules` (else the id). Regions carry 1-based
 * lines and columns; SARIF's `endColumn` is the column after the region, as a
 * finding's end is. Columns count UTF-16 code units, which is SARIF's default
 * `columnKind` and is stated on the run. No `charOffset` is written: offsets
 * are into the decoded text, which can differ from the file's bytes (a BOM).
 */
export function sarif(findings: Finding[], options?: FormatOptions): string {
  checkFindings(findings)
  const {root, toolName = 'tolmach', toolVersion, informationUri, rules: ruleInfo = {}} = checkOptions(options)
  const sorted = sortFindings(findings)
  const ruleIds = [...new Set(sorted.map((finding) => finding.ruleId))].sort()
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]))
  const fingerprints = fingerprintFindings(sorted, root)

  const driver: Record<string, unknown> = {name: toolName}
  if (toolVersion !== undefined) driver['version'] = toolVersion
  if (informationUri !== undefined) driver['informationUri'] = informationUri
  driver['rules'] = ruleIds.map((id) => rule(id, ruleInfo[id], sorted))

  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {driver},
        columnKind: 'utf16CodeUnits',
        results: sorted.map((finding, index) => result(finding, ruleIndex.get(finding.ruleId)!, fingerprints[index]!, root))
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function rule(id: string, info: RuleInfo | undefined, findings: Finding[]): Record<string, unknown> {
  const out: Record<string, unknown> = {id, shortDescription: {text: info?.description ?? id}}
  if (info?.fullDescription !== undefined) out['fullDescription'] = {text: info.fullDescription}
  const helpUri = info?.helpUri ?? findings.find((finding) => finding.ruleId === id && finding.url !== undefined)?.url
  if (helpUri !== undefined) out['helpUri'] = helpUri
  return out
}

function result(finding: Finding, index: number, fingerprint: string, root: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: levels[finding.severity],
    message: {text: finding.message}
  }
  if (finding.file !== undefined) out['locations'] = [{physicalLocation: physicalLocationOf(finding.file, finding.place, root)}]
  const related = (finding.related ?? []).filter((r) => r.file !== undefined)
  if (related.length > 0) {
    out['relatedLocations'] = related.map((r, id) => {
      const location: Record<string, unknown> = {id, physicalLocation: physicalLocationOf(r.file!, r.place, root)}
      if (r.message !== undefined) location['message'] = {text: r.message}
      return location
    })
  }
  out['partialFingerprints'] = {[fingerprintKey]: fingerprint}
  const properties: Record<string, unknown> = {source: finding.source}
  if (finding.actual !== undefined) properties['actual'] = finding.actual
  if (finding.expected !== undefined) properties['expected'] = finding.expected.slice()
  out['properties'] = properties
  return out
}

function physicalLocationOf(file: string, place: Finding['place'], root: string | undefined): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = {artifactLocation: artifactLocation(file, root)}
  if (place !== undefined) {
    const {start, end} = place
    physicalLocation['region'] = {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
  }
  return physicalLocation
}
