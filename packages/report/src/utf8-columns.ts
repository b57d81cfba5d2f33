import {Buffer} from 'node:buffer'
import {createLineIndex, type LineIndex, type Point, type Position} from '@tolmach/core'
import type {Finding} from './types.js'

/**
 * The one place UTF-16 columns become UTF-8 byte columns. Inside tolmach
 * columns count UTF-16 code units, as JavaScript strings, LSP and SARIF's
 * default do; a few consumers count bytes (reviewdog, Vim's quickfix `%c`).
 * They need the file's text to convert: `readText(file)` gives it, and a
 * finding whose text is unknown is returned unchanged.
 */
export function withUtf8Columns(findings: readonly Finding[], readText: (file: string) => string | undefined): Finding[] {
  if (typeof readText !== 'function') throw new TypeError('readText must be a function')
  const indexes = new Map<string, {text: string; index: LineIndex} | undefined>()
  return findings.map((finding) => {
    if (finding.file === undefined || finding.place === undefined) return finding
    if (!indexes.has(finding.file)) {
      const text = readText(finding.file)
      indexes.set(finding.file, text === undefined ? undefined : {text, index: createLineIndex(text)})
    }
    const source = indexes.get(finding.file)
    if (source === undefined) return finding
    const place: Position = {start: toUtf8(source.text, source.index, finding.place.start), end: toUtf8(source.text, source.index, finding.place.end)}
    return {...finding, place}
  })
}

function toUtf8(text: string, index: LineIndex, point: Point): Point {
  const lineStart = index.lineStarts[point.line - 1]
  if (lineStart === undefined) return point
  const offset = Math.min(lineStart + point.column - 1, text.length)
  return {
    line: point.line,
    column: utf8Length(text.slice(lineStart, offset)) + 1,
    offset: utf8Length(text.slice(0, Math.min(point.offset, text.length)))
  }
}

/** UTF-8 bytes of a string; a lone surrogate counts as the 3 bytes of U+FFFD it is written as. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
