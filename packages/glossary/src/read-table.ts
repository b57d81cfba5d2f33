import {createFinding, createLineIndex, type Finding, type LineIndex, offsetToPoint, type Position} from '@tolmach/core'
import {parse} from 'csv-parse/sync'

export type Delimiter = ',' | ';' | '\t'

/** One record of a delimited file, with where it starts. */
export interface TableRow {
  cells: string[]
  /** 1-based line of the record's first character. */
  line: number
  /**
   * 1-based column of each cell's first character counted from the start of
   * `line`: a cell that starts on a later line of a multi-line record has a
   * column past that line's end, which `placeAt` turns into its real point.
   */
  columns: number[]
}

export interface Table {
  delimiter: Delimiter
  rows: TableRow[]
  messages: Finding[]
}

const source = 'tolmach-glossary'

/**
 * Picks the delimiter from the first lines outside quotes: the one that
 * occurs most consistently. Tab wins ties (TSV cells often hold commas).
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(0, 20)
  let best: Delimiter = ','
  let bestScore = -1
  for (const d of ['\t', ';', ','] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d))
    const withIt = counts.filter((c) => c > 0).length
    const score = withIt * 1000 + (counts[0] ?? 0)
    if (withIt > 0 && score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return best
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0
  let quoted = false
  for (const c of line) {
    if (c === '"') quoted = !quoted
    else if (c === d && !quoted) n++
  }
  return n
}

/**
 * Reads CSV (RFC 4180 quoting, via csv-parse) or TSV (quotes literal, as
 * OmegaT and DeepL write them). A record csv-parse cannot read becomes a
 * positioned message and reading resumes on the next line, so one bad row
 * never costs the rows after it.
 */
export function readTable(text: string, options: {delimiter?: Delimiter; file?: string; quotes?: boolean} = {}): Table {
  const delimiter = options.delimiter ?? sniffDelimiter(text)
  const quotes = options.quotes ?? delimiter !== '\t'
  if (!quotes) return readLines(text, delimiter)
  // csv-parse counts a CRLF inside a quoted cell as two lines, which shifts
  // every later line number; lines are read on LF text and placed on the original.
  const placeStarts = lineStartsOf(text)
  // Core's line rule: a lone `\r` ends a line too. `\r\n` → `\n` shortens the
  // text; `crs` keeps where, to turn offsets in `lf` back into offsets in `text`.
  const crs: number[] = []
  const lf = text.replace(/\r\n?/g, (m, at: number) => {
    if (m.length === 2) crs.push(at - crs.length)
    return '\n'
  })
  const toText = (lfOffset: number) => {
    let lo = 0
    let hi = crs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (crs[mid]! < lfOffset) lo = mid + 1
      else hi = mid
    }
    return lfOffset + lo
  }
  const messages: Finding[] = []
  const rows: TableRow[] = []
  const lineStarts = lineStartsOf(lf).lineStarts
  let firstLine = 1
  let width: number | undefined
  while (firstLine <= lineStarts.length) {
    const chunk = lf.slice(lineStarts[firstLine - 1]!)
    if (chunk === '') break
    let lastEnd = firstLine - 1
    let unclosed = false
    const records = parse(chunk, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      info: true,
      raw: true,
      on_skip: (err) => {
        const error = err as (Error & {code?: string; lines?: number}) | undefined
        if (!error) return
        if (error.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true
        else {
          messages.push(message(placeStarts, options.file, firstLine + (error.lines ?? 1) - 1, 1, `unreadable record: ${error.message}`))
        }
      }
    }) as unknown as Array<{record: string[]; info: {lines: number}; raw: string}>
    width ??= records[0]?.record.length ?? 0
    let swallowedAt = 0
    for (const r of records) {
      const endLine = firstLine + r.info.lines - 1
      const newlines = (r.raw.match(/\n/g) ?? []).length
      const rawEndsWithNewline = r.raw.endsWith('\n')
      const startLine = endLine - newlines + (rawEndsWithNewline ? 1 : 0)
      if (swallowsRows(r.raw, delimiter, width)) {
        // A quote opened here and closed lines later: the rows in between were read as one cell.
        swallowedAt = startLine
        unclosed = true
        break
      }
      lastEnd = endLine
      if (r.record.every((c) => c.trim() === '')) continue
      const lfStart = lineStarts[startLine - 1]!
      const textStart = toText(lfStart)
      const columns = cellOffsets(r.raw, delimiter, r.record.length).map((at) => toText(lfStart + at) - textStart + 1)
      rows.push({cells: r.record, line: startLine, columns})
    }
    if (!unclosed) break
    const badLine = swallowedAt || Math.max(lastEnd + 1, firstLine)
    const lineText = lf.slice(lineStarts[badLine - 1]!, lineStarts[badLine] ?? lf.length)
    const quoteAt = findOpeningQuote(lineText, delimiter)
    messages.push(
      message(
        placeStarts,
        options.file,
        badLine,
        quoteAt + 1,
        'quoted field is never closed; this line was skipped and reading resumed on the next line',
        lineText.replace(/\r?\n$/, '')
      )
    )
    firstLine = badLine + 1
  }
  return {delimiter, rows, messages}
}

function readLines(text: string, delimiter: Delimiter): Table {
  const rows: TableRow[] = []
  // Core's line rule: `\r\n`, `\n` and a lone `\r` each end a line.
  const lines = text.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    const cells = line.split(delimiter)
    const columns: number[] = []
    let col = 1
    for (const c of cells) {
      columns.push(col)
      col += c.length + 1
    }
    rows.push({cells, line: i + 1, columns})
  }
  return {delimiter, rows, messages: []}
}

/** Offset of each cell's first character in the raw record. */
function cellOffsets(raw: string, delimiter: string, count: number): number[] {
  const offsets = [0]
  let quoted = false
  for (let i = 0; i < raw.length && offsets.length < count; i++) {
    const c = raw[i]
    if (c === '"') quoted = !quoted
    else if (c === delimiter && !quoted) offsets.push(i + 1)
  }
  while (offsets.length < count) offsets.push(offsets[offsets.length - 1] ?? 0)
  return offsets
}

/**
 * True when a multi-line record holds whole rows: its first line was already
 * a full row (the quote that opened the cell is a stray that is never closed
 * on it), or a line inside looks like a row of its own.
 */
function swallowsRows(raw: string, delimiter: string, width: number): boolean {
  if (width < 2) return false
  const [first = '', ...lines] = raw.replace(/\r?\n$/, '').split('\n')
  if (lines.length === 0) return false
  const open = unclosedQuoteAt(first)
  // The open quote must be followed by delimiters on its line: cells a real multi-line cell would not have.
  const after = open < 0 ? 0 : count(first.slice(open), delimiter)
  if (after > 0 && countOutsideQuotes(first.slice(0, open), delimiter) + after >= width - 1) return true
  return lines.some((line) => countOutsideQuotes(line, delimiter) >= width - 1)
}

/** Index of the quote left open at the end of a line, or -1. */
function unclosedQuoteAt(line: string): number {
  let open = -1
  for (let i = 0; i < line.length; i++) if (line[i] === '"') open = open < 0 ? i : -1
  return open
}

function count(text: string, d: string): number {
  return text.split(d).length - 1
}

function findOpeningQuote(line: string, delimiter: string): number {
  let quoted = false
  let open = 0
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') {
      if (!quoted && (i === 0 || line[i - 1] === delimiter)) open = i
      quoted = !quoted
    }
  }
  return open
}

/**
 * Where a row or cell sits, as a Position: the offset `column - 1` after the
 * start of `line`, with line and column taken back from that offset (core's
 * rule), so a column past the line's end lands on the line it reaches.
 */
export function placeAt(index: LineIndex, line: number, column: number): Position {
  const start = index.lineStarts[Math.max(0, Math.min(line, index.lineStarts.length) - 1)] ?? 0
  const point = offsetToPoint(index, Math.max(0, Math.min(start + column - 1, index.length)))
  return {start: point, end: point}
}

/** The line index of a text; one line rule, shared with every other package. */
export function lineStartsOf(text: string): LineIndex {
  return createLineIndex(text)
}

function message(lineStarts: LineIndex, file: string | undefined, line: number, column: number, text: string, actual?: string): Finding {
  return createFinding({
    ruleId: 'glossary-row-unreadable',
    severity: 'error',
    message: text,
    source,
    ...(file === undefined ? {} : {file}),
    place: placeAt(lineStarts, line, column),
    ...(actual === undefined ? {} : {actual})
  })
}
