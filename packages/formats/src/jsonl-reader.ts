import {createFinding, createLineIndex, type Finding, offsetToPoint, type Placeholder, type Segment} from '@tolmach/core'
import {checkReadOptions} from './read-context.js'
import type {ReadDocument, ReadOptions, ReadResult} from './types.js'
import {findingSource} from './write-context.js'

/**
 * Reads JSONL written by `writeJsonl`. Each line that is not a segment object
 * becomes a finding at its line (and, for JSON syntax errors, its column);
 * the other lines are read.
 */
export function readJsonl(jsonl: string, options?: ReadOptions): ReadResult {
  checkReadOptions(options)
  if (typeof jsonl !== 'string') throw new TypeError('jsonl must be a string')
  const file = options?.file
  const lines = createLineIndex(jsonl)
  const findings: Finding[] = []
  const byFile = new Map<string, ReadDocument>()
  const report = (offset: number, ruleId: string, message: string, severity: 'error' | 'warning' = 'error') => {
    const at = offsetToPoint(lines, offset)
    findings.push(createFinding({ruleId, severity, message, source: findingSource, file, place: {start: at, end: at}}))
  }
  lines.lineStarts.forEach((start, i) => {
    const next = lines.lineStarts[i + 1]
    const line = jsonl.slice(start, next ?? jsonl.length).replace(/\r?\n$|\r$/, '')
    const atStart = i === 0 && line.charCodeAt(0) === 0xfeff ? 1 : 0
    if (line.trim() === '') {
      if (next !== undefined || line !== '') report(start, 'jsonl-blank-line', 'blank line in JSONL', 'warning')
      return
    }
    let value: unknown
    try {
      value = JSON.parse(line.slice(atStart))
    } catch (error) {
      const at = /position (\d+)/.exec(String((error as Error).message))
      report(start + atStart + (at ? Number(at[1]) : 0), 'jsonl-invalid-json', `not JSON: ${(error as Error).message}`)
      return
    }
    const problem = segmentProblem(value)
    if (problem) {
      report(start, 'jsonl-invalid-segment', `not a segment: ${problem}; line skipped`)
      return
    }
    const segment = value as Segment
    const name = segment.file ?? file ?? ''
    let document = byFile.get(name)
    if (!document) {
      document = {file: name, sourceLang: segment.lang, units: []}
      byFile.set(name, document)
    }
    document.units.push({
      id: segment.id,
      source: segment.text,
      placeholders: segment.placeholders,
      position: offsetToPoint(lines, start),
      segment
    })
  })
  return {documents: [...byFile.values()], findings}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function placeholderProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'a placeholder is not an object'
  const p = value as Partial<Placeholder>
  if (!Number.isInteger(p.id)) return 'a placeholder has no integer id'
  if (p.type !== 'open' && p.type !== 'close' && p.type !== 'standalone') return `placeholder ${p.id} has type ${String(p.type)}`
  if (typeof p.node !== 'string' || typeof p.markdown !== 'string') return `placeholder ${p.id} lacks node or markdown`
  if (!Number.isInteger(p.offset)) return `placeholder ${p.id} has no integer offset`
  return undefined
}

function segmentProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'the line is not a JSON object'
  if (typeof value['id'] !== 'string' || value['id'] === '') return 'no string id'
  if (typeof value['text'] !== 'string') return `segment ${value['id']} has no string text`
  if (value['file'] !== undefined && typeof value['file'] !== 'string') return `segment ${value['id']} has a non-string file`
  if (!Array.isArray(value['placeholders'])) return `segment ${value['id']} has no placeholders array`
  for (const p of value['placeholders']) {
    const problem = placeholderProblem(p)
    if (problem) return problem
  }
  return undefined
}
