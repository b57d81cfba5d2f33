import {createFinding, type Finding, type Segment, type SegmentDocument} from '@tolmach/core'
import type {CandidateMatch, TargetText, WriteOptions} from './types.js'

export const findingSource = 'tolmach-formats'

function lookup<T>(table: ReadonlyMap<string, T> | Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  if (!table) return undefined
  if (table instanceof Map) return table.get(id)
  return Object.hasOwn(table, id) ? (table as Record<string, T>)[id] : undefined
}

/** What every writer needs per segment: its target, notes, and a place to report problems. */
export interface WriteContext {
  target(segment: Segment): TargetText | undefined
  notes(segment: Segment): readonly string[]
  candidates(segment: Segment): readonly CandidateMatch[]
  report(finding: Finding): void
  /** Whether any unit gets a `<target>`: XLIFF 2 then needs `trgLang`. */
  hasTargets: boolean
  /** Reports a character XML cannot hold, found at `index` in a segment's text. */
  invalidChar(document: SegmentDocument, segment: Segment, codePoint: number, replaced: boolean): void
  /** Reports a segment id met before in the same document. */
  checkId(document: SegmentDocument, segment: Segment): void
}

export function createWriteContext(options: WriteOptions | undefined): WriteContext {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError('options must be an object')
  }
  if (options?.onFinding !== undefined && typeof options.onFinding !== 'function') {
    throw new TypeError('options.onFinding must be a function')
  }
  for (const name of ['targets', 'notes', 'candidates'] as const) {
    const value = options?.[name]
    if (value !== undefined && (typeof value !== 'object' || value === null)) {
      throw new TypeError(`options.${name} must be a Map or an object keyed by segment id`)
    }
  }
  const missing = options?.missingTarget ?? 'none'
  if (!['copy', 'empty', 'none'].includes(missing)) throw new TypeError(`options.missingTarget must be 'copy', 'empty' or 'none', got ${String(missing)}`)
  const report = options?.onFinding ?? (() => {})
  const targets = options?.targets
  const seen = new Map<SegmentDocument, Set<string>>()
  return {
    target(segment) {
      const given = lookup(options?.targets, segment.id)
      if (given !== undefined || missing === 'none') return given
      return {text: missing === 'copy' ? segment.text : '', state: 'initial'}
    },
    notes: (segment) => lookup(options?.notes, segment.id) ?? [],
    candidates: (segment) => lookup(options?.candidates, segment.id) ?? [],
    report,
    hasTargets: missing !== 'none' || hasAny(targets) || hasAny(options?.candidates),
    invalidChar(document, segment, codePoint, replaced) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, '0')
      report(
        createFinding({
          ruleId: 'xml-invalid-char',
          severity: replaced ? 'warning' : 'error',
          message: replaced
            ? `U+${hex} cannot appear in XML; written as <cp hex="${hex}"/>`
            : `U+${hex} cannot appear in XML 1.0 and was left out of unit ${segment.id}`,
          source: findingSource,
          file: segment.file ?? document.file,
          place: segment.position,
          actual: `U+${hex}`
        })
      )
    },
    checkId(document, segment) {
      let ids = seen.get(document)
      if (!ids) {
        ids = new Set()
        seen.set(document, ids)
      }
      if (ids.has(segment.id)) {
        report(
          createFinding({
            ruleId: 'duplicate-id',
            message: `segment id ${segment.id} appears more than once in ${document.file}`,
            source: findingSource,
            file: segment.file ?? document.file,
            place: segment.position,
            actual: segment.id
          })
        )
      }
      ids.add(segment.id)
    }
  }
}

/** The language a document is translated into: given, or the other of ru/en. */
export function targetLangOf(document: SegmentDocument): string {
  return document.targetLang ?? (document.lang === 'ru' ? 'en' : 'ru')
}

const collapsible = /^\s|\s$|\s\s|[\t\n\r]/

/**
 * Whether a tool that collapses whitespace (translate-toolkit, many CAT tools
 * do without `xml:space="preserve"`) would change the unit: its text, its
 * target, or the Markdown inside its inline elements (a hard break is `  \n`).
 */
export function needsPreserve(segment: Segment, target: TargetText | undefined): boolean {
  if (collapsible.test(segment.text) || (target !== undefined && collapsible.test(target.text))) return true
  return segment.placeholders.some((p) => /\s/.test(p.markdown))
}

/** `file:line:column kind`, the note that tells a translator where a unit came from. */
export function locationNote(document: SegmentDocument, segment: Segment): string {
  const start = segment.position.start
  return `${segment.file ?? document.file}:${start.line}:${start.column} ${segment.kind}`
}

function hasAny(table: ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>> | undefined): boolean {
  return table instanceof Map ? table.size > 0 : table !== undefined && Object.keys(table).length > 0
}
