import {delimiterKind, type GlossaryMessage, glossaryMessage} from './glossary-messages.js'
import {createFinding, type Finding} from '@tolmach/core'
import {buildGlossary} from './build-glossary.js'
import {cleanCells} from './clean-cells.js'
import {type ColumnRole, headerRoles, languageOf} from './column-roles.js'
import {guessHeaderRow, headerlessLangs} from './headerless-columns.js'
import {lineStartsOf, placeAt, readTable, type TableRow} from './read-table.js'
import {readSmartlingBlocklist} from './smartling-blocklist.js'
import {guessColumnLang, type RowEntry, rowsToEntries} from './table-entries.js'
import type {Glossary, GlossaryFormat} from './types.js'

const source = 'tolmach-glossary'

export interface CsvGlossary {
  glossary: Glossary
  messages: Finding[]
  format: GlossaryFormat
}

/**
 * Reads any of the delimited layouts (CSV/TSV/semicolon): detects the
 * delimiter, whether the first row is a header, and which tool wrote it.
 */
export function parseCsvGlossary(text: string, options: {file?: string; format?: GlossaryFormat} = {}): CsvGlossary {
  const file = options.file
  const ext = /\.([a-z0-9]+)$/i.exec(file ?? '')?.[1]?.toLowerCase()
  const table = readTable(text, file === undefined ? {} : {file})
  const lineStarts = lineStartsOf(text)
  const place = (line: number, column: number) => placeAt(lineStarts, line, column)
  const messages: Finding[] = [...table.messages]
  const report = (row: TableRow, column: number, severity: Finding['severity'], ruleId: string, message: string | GlossaryMessage) =>
    messages.push(createFinding({ruleId, severity, ...(typeof message === 'string' ? {message} : message), source, ...(file === undefined ? {} : {file}), place: place(row.line, column)}))
  let rows = table.rows
  // `#` starts a comment line only in OmegaT glossaries (.txt/.tab/.utf8); elsewhere it is a term like any other.
  const omegat = options.format === 'omegat' || (options.format === undefined && table.delimiter === '\t' && ['txt', 'tab', 'utf8'].includes(ext ?? ''))
  if (omegat) rows = rows.filter((r) => !r.cells[0]!.startsWith('#'))
  cleanCells(rows, report)
  const first = rows[0]
  if (!first) return {glossary: {languages: [], concepts: []}, messages, format: options.format ?? 'generic-csv'}

  const roles = headerRoles(first.cells)
  const nonEmpty = first.cells.filter((c) => c.trim() !== '').length
  const known = roles.filter((r) => r !== undefined).length
  const hasHeader = options.format ? !['deepl', 'google-unidirectional', 'omegat'].includes(options.format) : known * 2 > nonEmpty && known > 0
  let format: GlossaryFormat
  let entries: RowEntry[]
  let body: TableRow[]
  if (hasHeader) {
    const names = first.cells.map((c) => c.trim().toLowerCase().replace(/^\ufeff/, ''))
    format = options.format ?? headerFormat(names, table.delimiter)
    body = rows.slice(1)
    if (format === 'smartling-blocklist') {
      const result = readSmartlingBlocklist(names, body, report)
      entries = result
    } else {
      for (let i = 0; i < roles.length; i++) {
        if (roles[i] === undefined && first.cells[i]!.trim() !== '') {
          report(first, first.columns[i] ?? 1, 'info', 'glossary-column-unknown', glossaryMessage('columnUnknown', {name: first.cells[i] ?? ''}))
        }
      }
      body = body.filter((row) => checkWidth(row, first.cells.length, table.delimiter, report))
      entries = rowsToEntries(body, roles, {synonyms: format === 'phrase-tms' ? null : synonymSplitter(table.delimiter), stripPipes: format === 'phrase-tms'})
    }
  } else {
    const header = guessHeaderRow(rows, [0, 1])
    if (header) report(first, first.columns[0] ?? 1, 'warning', 'glossary-header-unknown', unknownHeaderMessage(first, header === 'header'))
    // The data alone decides the languages; a dropped header is no concept either.
    const data = header ? rows.slice(1) : rows
    if (header === 'header') rows = data
    const lead = rows[0]!
    const width = Math.max(...rows.map((r) => r.cells.length))
    const langCells = lead.cells.slice(2, 4).map((c) => languageOf(c))
    const deepl = width >= 4 && langCells[0] !== undefined && langCells[1] !== undefined
    format = options.format ?? (deepl ? 'deepl' : table.delimiter === '\t' && (width === 3 || ['txt', 'tab', 'utf8'].includes(ext ?? '')) ? 'omegat' : /deepl/i.test(file ?? '') ? 'deepl' : 'google-unidirectional')
    const [sourceLang, targetLang] = deepl ? [langCells[0]!, langCells[1]!] : headerlessLangs(data, () => guessColumnLang(data, 0))
    const headerless: Array<ColumnRole | undefined> = [{kind: 'term', lang: sourceLang}, {kind: 'term', lang: targetLang}]
    if (format === 'omegat') headerless.push({kind: 'conceptNote'})
    body = rows.filter((row) => {
      if (row.cells.length < 2 || row.cells[1]!.trim() === '' || row.cells[0]!.trim() === '') {
        report(row, 1, 'error', 'glossary-row-incomplete', glossaryMessage(row.cells.length < 2 ? `rowIncomplete${delimiterKind(table.delimiter)}` : 'rowIncomplete'))
        return false
      }
      if (format !== 'deepl' && format !== 'omegat' && row.cells.length > 2) {
        report(row, row.columns[2] ?? 1, 'warning', 'glossary-row-width', glossaryMessage('rowWidthLayout', {count: row.cells.length}))
      }
      return true
    })
    entries = rowsToEntries(body, headerless, {synonyms: null})
  }
  const idColumn = hasHeader && roles.some((r) => r?.kind === 'id') && format !== 'smartling-blocklist'
  const built = buildGlossary(entries, {...(file === undefined ? {} : {file}), place, mergeByTerm: !idColumn})
  return {glossary: built.glossary, messages: [...messages, ...built.messages], format}
}

function unknownHeaderMessage(row: TableRow, dropped: boolean): string {
  const cells = row.cells.slice(0, 2).map((c) => `"${c.trim()}"`).join(', ')
  return dropped
    ? `first row (${cells}) looks like a header but names no known column; not imported as a term, languages guessed from the data. Name the columns ru and en (or term_ru, term_en) to say which is which`
    : `first row (${cells}) may be a header (its script differs from the column below); kept as a term. If it is a header, name the columns ru and en (or term_ru, term_en)`
}

function checkWidth(row: TableRow, width: number, delimiter: string, report: (row: TableRow, column: number, severity: Finding['severity'], ruleId: string, message: GlossaryMessage) => void): boolean {
  if (row.cells.length === 1 && width > 1) {
    report(row, 1, 'error', 'glossary-row-width', glossaryMessage(`rowOneCell${delimiterKind(delimiter)}`, {width}))
    return false
  }
  if (row.cells.length > width) {
    report(row, row.columns[width] ?? 1, 'warning', 'glossary-row-width', glossaryMessage('rowWidthHeader', {count: row.cells.length, width}))
  }
  return true
}

function synonymSplitter(delimiter: string): RegExp {
  return delimiter === ';' ? /\|/ : /[|;]/
}

/** Names the tool whose export the header looks like. */
function headerFormat(names: string[], delimiter: string): GlossaryFormat {
  const has = (n: string | RegExp) => names.some((x) => (typeof n === 'string' ? x === n : n.test(x)))
  if (has('preferred terms') && has('linguistic variations')) return 'smartling-blocklist'
  if (has(/^translation \(/)) return 'smartling-glossary'
  if (has(/^term \[/)) return 'crowdin'
  if (has('entry_id') && has('term_info')) return 'memoq'
  if (has('entry_id') && has(/_forbidden$/)) return 'phrase-tms'
  if (has('entry id') && has(/ status$/)) return 'trados'
  if (has('term') && has('casesensitive') && has('forbidden')) return 'lokalise'
  if (has('term') && (has('translatable') || has('case sensitive'))) return 'phrase-strings'
  if (names.every((n) => n === '' || languageOf(n) || n === 'pos' || n === 'description') && delimiter !== ';') return 'google-equivalent'
  return 'generic-csv'
}
