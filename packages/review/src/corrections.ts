import {createLineIndex, type Finding, offsetsToPosition, type Position} from '@tolmach/core'
import {type Node, type ParseError, parseTree, printParseErrorCode} from 'jsonc-parser'
import type {CorrectedDocument, Corrections, ReviewStatus} from './types.js'

const source = 'tolmach-review'
const statuses: readonly ReviewStatus[] = ['unreviewed', 'approved', 'rejected']

export interface ParsedCorrections {
  corrections?: Corrections
  findings: Finding[]
  /** Where document `d` (and its bead `b`) is written in the file. */
  locate(d: number, b?: number): Position
}

/**
 * Reads a corrections file the review page exported. Problems are findings
 * placed at the JSON value they concern; with any error, no corrections.
 */
export function parseCorrections(text: string, file: string): ParsedCorrections {
  const index = createLineIndex(text)
  const findings: Finding[] = []
  const at = (node: Node | undefined, message: string, ruleId = 'corrections-invalid') => {
    const start = node?.offset ?? 0
    findings.push({ruleId, severity: 'error', message, source, file, place: offsetsToPosition(index, start, start + (node?.length ?? 0))})
  }
  const errors: ParseError[] = []
  const root = parseTree(text, errors, {allowTrailingComma: false, disallowComments: true})
  const documentNodes: Node[] = []
  const locate = (d: number, b?: number): Position => {
    const doc = documentNodes[d]
    const bead = b === undefined ? undefined : child(doc, 'beads')?.children?.[b]
    const node = bead ?? doc
    return offsetsToPosition(index, node?.offset ?? 0, (node?.offset ?? 0) + (node?.length ?? 0))
  }
  const first = errors[0]
  if (first) {
    findings.push({
      ruleId: 'corrections-syntax',
      severity: 'error',
      message: `invalid JSON: ${printParseErrorCode(first.error)}`,
      source,
      file,
      place: offsetsToPosition(index, first.offset, first.offset + first.length)
    })
    return {findings, locate}
  }
  if (root?.type !== 'object') {
    at(root, 'expected an object with "format": "tolmach-corrections"')
    return {findings, locate}
  }
  if (value(child(root, 'format')) !== 'tolmach-corrections') at(child(root, 'format') ?? root, 'expected "format": "tolmach-corrections"')
  if (value(child(root, 'version')) !== 1) at(child(root, 'version') ?? root, 'expected "version": 1 (a newer tolmach wrote this file?)')
  const docs = child(root, 'documents')
  if (docs?.type !== 'array') at(docs ?? root, 'expected "documents": an array')
  const documents: CorrectedDocument[] = []
  for (const doc of docs?.type === 'array' ? (docs.children ?? []) : []) {
    documentNodes.push(doc)
    const sourceFile = value(child(doc, 'source'))
    const targetFile = value(child(doc, 'target'))
    if (typeof sourceFile !== 'string' || typeof targetFile !== 'string') at(doc, 'a document needs "source" and "target" file names')
    const beads: CorrectedDocument['beads'] = []
    const beadNodes = child(doc, 'beads')
    if (beadNodes?.type !== 'array') at(beadNodes ?? doc, 'expected "beads": an array')
    for (const bead of beadNodes?.type === 'array' ? (beadNodes.children ?? []) : []) {
      const ids = (key: string) => {
        const node = child(bead, key)
        const list = value(node)
        if (!Array.isArray(list) || list.some((id) => typeof id !== 'string')) {
          at(node ?? bead, `expected "${key}": an array of sentence ids`)
          return []
        }
        return list as string[]
      }
      const status = value(child(bead, 'status')) ?? 'unreviewed'
      if (!statuses.includes(status as ReviewStatus)) at(child(bead, 'status') ?? bead, `unknown status ${JSON.stringify(status)}: expected ${statuses.join(', ')}`)
      beads.push({source: ids('source'), target: ids('target'), status: status as ReviewStatus})
    }
    documents.push({source: String(sourceFile), target: String(targetFile), beads})
  }
  if (findings.length > 0) return {findings, locate}
  return {corrections: {format: 'tolmach-corrections', version: 1, documents}, findings, locate}
}

export interface AppliedCorrections {
  beads: Array<{src: number[]; tgt: number[]; status: ReviewStatus}>
  findings: Finding[]
}

/**
 * Maps a corrected document's sentence ids onto today's segments. Every
 * sentence must appear once, in order: a document that changed since the
 * review is refused (findings), never half-applied.
 */
export function applyCorrections(
  document: CorrectedDocument,
  sourceIds: readonly string[],
  targetIds: readonly string[],
  place: {file: string; locate: (b?: number) => Position}
): AppliedCorrections {
  const findings: Finding[] = []
  const fail = (message: string, b?: number) => findings.push({ruleId: 'corrections-mismatch', severity: 'error', message, source, file: place.file, place: place.locate(b)})
  const sides = [
    {ids: sourceIds, key: 'source' as const, name: document.source},
    {ids: targetIds, key: 'target' as const, name: document.target}
  ]
  const beads: AppliedCorrections['beads'] = document.beads.map(() => ({src: [], tgt: [], status: 'unreviewed'}))
  for (const side of sides) {
    const positions = new Map(side.ids.map((id, i) => [id, i]))
    let expected = 0
    document.beads.forEach((bead, b) => {
      const out = (beads[b] as AppliedCorrections['beads'][number])[side.key === 'source' ? 'src' : 'tgt']
      for (const id of bead[side.key]) {
        const i = positions.get(id)
        if (i === undefined) fail(`${side.name}: no sentence with id ${id} (the document changed since the review)`, b)
        else if (i !== expected) fail(`${side.name}: sentence ${id} is out of order or repeated (expected sentence ${expected + 1})`, b)
        else expected++
        if (i !== undefined) out.push(i)
      }
    })
    if (expected < side.ids.length && findings.length === 0) fail(`${side.name}: ${side.ids.length - expected} sentence(s) are in no bead (the document changed since the review)`)
  }
  document.beads.forEach((bead, b) => {
    ;(beads[b] as AppliedCorrections['beads'][number]).status = bead.status
    if (bead.source.length === 0 && bead.target.length === 0) fail('an empty bead', b)
  })
  return {beads: findings.length ? [] : beads, findings}
}

function child(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined
  for (const property of node.children ?? []) {
    if (property.children?.[0]?.value === key) return property.children[1]
  }
  return undefined
}

function value(node: Node | undefined): unknown {
  if (!node) return undefined
  if (node.type === 'array') return (node.children ?? []).map(value)
  if (node.type === 'object') return {}
  return node.value
}
