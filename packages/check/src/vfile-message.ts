import {VFileMessage} from 'vfile-message'
import type {CheckFinding} from './types.js'

/** Renders a finding's message: the caller's catalog. The default names the message id and its values. */
export type RenderMessage = (finding: Pick<CheckFinding, 'ruleId' | 'messageId' | 'data'>) => string

const plain: RenderMessage = (f) => {
  const values = Object.entries(f.data).map(([k, v]) => `${k}: ${v}`).join(', ')
  return values ? `${f.messageId} (${values})` : f.messageId
}

/** A finding as a `VFileMessage`, for remark-lint, textlint and vfile-reporter users. */
export function toVFileMessage(finding: CheckFinding, render: RenderMessage = plain): VFileMessage {
  const message = new VFileMessage(render(finding), {
    ruleId: finding.ruleId,
    source: finding.source,
    ...(finding.place ? {place: finding.place} : {})
  })
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
  if (finding.file !== undefined) message.file = finding.file
  if (finding.actual !== undefined) message.actual = finding.actual
  if (finding.expected !== undefined) message.expected = finding.expected
  return message
}
