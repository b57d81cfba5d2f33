import {createFinding, createLineIndex, type Finding, type Position} from '@tolmach/core'
import {parse} from 'csv-parse/sync'

export type Delimiter = ',' | ';' | '\t'

/** One record of a delimited file, with where it starts. */
export interface TableRow {
  cells: string[]
  /** 1-based line of the record's first character. */
  line: number
  /** 1-based column of each cell's first character on `line` (cells after a multi-line cell are approximate). */
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
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(0, 20)
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
  const lf = text.replace(/\r\n/g, '\n')
  const messages: Finding[] = []
  const rows: TableRow[] = []
  const lineStarts = lineStartsOf(lf)
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
      rows.push({cells: r.record, line: startLine, columns: cellColumns(r.raw, delimiter, r.record.length)})
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
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '')
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

/** Column where each cell starts, counted on the record's first line. */
function cellColumns(raw: string, delimiter: string, count: number): number[] {
  const columns = [1]
  let quoted = false
  let col = 1
  for (let i = 0; i < raw.length && columns.length < count; i++) {
    const c = raw[i]
    if (c === '"') quoted = !quoted
    else if (c === '\n') col = 0
    else if (c === delimiter && !quoted) columns.push(col + 1)
    col++
  }
  while (columns.length < count) columns.push(columns[columns.length - 1] ?? 1)
  return columns
}

/** True when a line inside a multi-line record looks like a whole row of its own. */
function swallowsRows(raw: string, delimiter: string, width: number): boolean {
  if (width < 2) return false
  const lines = raw.replace(/\r?\n$/, '').split('\n').slice(1)
  return lines.some((line) => countOutsideQuotes(line, delimiter) >= width - 1)
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

/** Where a row or cell sits, as a Position (offset from the line index). */
export function placeAt(lineStarts: readonly number[], line: number, column: number): Position {
  const offset = (lineStarts[line - 1] ?? 0) + column - 1
  const point = {line, column, offset}
  return {start: point, end: point}
}

/** Offsets where lines start; one line index, shared with every other package. */
export function lineStartsOf(text: string): readonly number[] {
  return createLineIndex(text).lineStarts
}

function message(lineStarts: readonly number[], file: string | undefined, line: number, column: number, text: string, actual?: string): Finding {
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
