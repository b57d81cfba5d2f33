import {createFinding, createLineIndex, type Finding, offsetToPoint} from '@tolmach/core'
import {checkReadOptions} from './read-context.js'
import {unescapeTsvField} from './tsv-escape.js'
import {tsvHeader} from './tsv-writer.js'
import type {ReadDocument, ReadOptions, ReadResult} from './types.js'
import {findingSource} from './write-context.js'

/**
 * Reads TSV written by `writeTsv`. TSV carries no placeholder data, so units
 * have the text with its tokens and an empty `placeholders` list: it is a
 * format for spreadsheets and review, not for the round trip.
 */
export function readTsv(tsv: string, options?: ReadOptions): ReadResult {
  checkReadOptions(options)
  if (typeof tsv !== 'string') throw new TypeError('tsv must be a string')
  const file = options?.file
  const lines = createLineIndex(tsv)
  const findings: Finding[] = []
  const byFile = new Map<string, ReadDocument>()
  const report = (offset: number, ruleId: string, message: string, severity: 'error' | 'warning' = 'error', actual?: string) => {
    const at = offsetToPoint(lines, offset)
    findings.push(createFinding({ruleId, severity, message, source: findingSource, file, place: {start: at, end: at}, actual}))
  }
  lines.lineStarts.forEach((lineStart, i) => {
    const next = lines.lineStarts[i + 1]
    const bom = i === 0 && tsv.charCodeAt(0) === 0xfeff ? 1 : 0
    const start = lineStart + bom
    const line = tsv.slice(start, next ?? tsv.length).replace(/\r?\n$|\r$/, '')
    if (line === '' && next === undefined) return
    const fields = line.split('\t')
    if (i === 0) {
      if (line !== tsvHeader.join('\t')) {
        report(start, 'tsv-header', `the first line must be the header ${tsvHeader.join(' ⇥ ')}`, 'error', line)
      }
      if (line === tsvHeader.join('\t') || fields.length !== tsvHeader.length) return
    }
    if (fields.length !== tsvHeader.length) {
      report(start, 'tsv-columns', `expected ${tsvHeader.length} tab-separated columns, found ${fields.length}; line skipped`)
      return
    }
    const offsets: number[] = []
    let at = start
    for (const field of fields) {
      offsets.push(at)
      at += field.length + 1
    }
    const values = fields.map((field, column) => {
      const {value, unknown} = unescapeTsvField(field)
      for (const offset of unknown) {
        report(offsets[column]! + offset, 'tsv-escape', 'unknown escape kept as written', 'warning', field.slice(offset, offset + 2))
      }
      return value
    })
    const [id, text, name, lineText] = values as [string, string, string, string]
    if (id === '') {
      report(start, 'tsv-missing-id', 'row has no id; line skipped')
      return
    }
    if (!/^[1-9]\d*$/.test(lineText)) {
      report(offsets[3]!, 'tsv-line', 'the line column must be a positive integer; line skipped', 'error', lineText)
      return
    }
    let document = byFile.get(name)
    if (!document) {
      document = {file: name, units: []}
      byFile.set(name, document)
    }
    document.units.push({id, source: text, placeholders: [], position: offsetToPoint(lines, start), line: Number(lineText)})
  })
  return {documents: [...byFile.values()], findings}
}
