import type {Severity} from '@tolmach/core'
import type {CheckFinding, MessageData} from './types.js'

/** A finding inside one pair, before `checkPairs` numbers it and places it in a file. */
export interface RawFinding {
  ruleId: string
  messageId: string
  data: MessageData
  severity: Severity
  side: 'source' | 'target'
  start: number
  end: number
  actual?: string
  expected?: string[]
  related?: {side: 'source' | 'target'; start: number; end: number}
}

export type Report = (finding: RawFinding) => void

export function raw(init: RawFinding): RawFinding {
  return init
}

export type {CheckFinding}
