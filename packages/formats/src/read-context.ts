import {createFinding, type Finding, type Placeholder, placeholderToken, type Severity} from '@tolmach/core'
import type {ReadOptions} from './types.js'
import type {ReaderMessage} from './read-messages.js'
import {findingSource} from './write-context.js'
import type {XmlElement, XmlTree} from './xml-tree.js'

export interface ReadContext {
  file: string | undefined
  findings: Finding[]
  report(element: XmlElement | undefined, ruleId: string, message: ReaderMessage, severity?: Severity, actual?: string): void
}

export function checkReadOptions(options: ReadOptions | undefined): void {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError('options must be an object')
  }
  if (options?.file !== undefined && typeof options.file !== 'string') {
    throw new TypeError('options.file must be a string')
  }
}

export function createReadContext(tree: XmlTree, file: string | undefined): ReadContext {
  const findings = [...tree.findings]
  return {
    file,
    findings,
    report(element, ruleId, message, severity = 'error', actual) {
      const at = element?.position
      findings.push(
        createFinding({
          ruleId,
          severity,
          ...message,
          source: findingSource,
          file,
          place: at ? {start: at, end: at} : undefined,
          actual
        })
      )
    }
  }
}

/** Builds a unit's text with tokens, and the placeholders they stand for, from inline markup. */
export class TokenText {
  text = ''
  placeholders: Placeholder[] = []

  append(value: string): void {
    this.text += value
  }

  add(placeholder: Omit<Placeholder, 'offset'>): void {
    const full: Placeholder = {...placeholder, offset: this.text.length}
    if (full.data === undefined) delete full.data
    if (!full.split) delete full.split
    this.placeholders.push(full)
    this.text += placeholderToken(full)
  }
}

/** Inline ids become placeholder numbers; anything else is reported by the caller. */
export function placeholderId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  const id = Number(value)
  return Number.isSafeInteger(id) ? id : undefined
}
