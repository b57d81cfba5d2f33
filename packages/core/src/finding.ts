import type {Finding, Position, RelatedLocation, Severity} from './types.js'

export interface FindingInit {
  ruleId: string
  message: string
  source: string
  severity?: Severity
  file?: string
  place?: Position
  actual?: string
  expected?: string[]
  url?: string
  related?: RelatedLocation[]
  messageId?: string
  data?: Record<string, string | number>
}

export function createFinding(init: FindingInit): Finding {
  const finding: Finding = {
    ruleId: init.ruleId,
    severity: init.severity ?? 'error',
    message: init.message,
    source: init.source
  }
  if (init.file !== undefined) finding.file = init.file
  if (init.place !== undefined) finding.place = init.place
  if (init.actual !== undefined) finding.actual = init.actual
  if (init.expected !== undefined) finding.expected = init.expected
  if (init.url !== undefined) finding.url = init.url
  if (init.related !== undefined && init.related.length > 0) finding.related = init.related
  if (init.messageId !== undefined) finding.messageId = init.messageId
  if (init.data !== undefined) finding.data = init.data
  return finding
}

const order: Record<Severity, number> = {error: 0, warning: 1, info: 2}

/** Sorts by file, then place, then severity: the order people read reports in. */
export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.file ?? ''
  const fb = b.file ?? ''
  if (fa !== fb) return fa < fb ? -1 : 1
  const oa = a.place?.start.offset ?? -1
  const ob = b.place?.start.offset ?? -1
  if (oa !== ob) return oa - ob
  return order[a.severity] - order[b.severity]
}
