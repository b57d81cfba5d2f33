import type {Finding} from '@tolmach/core'
import {languageOf} from './column-roles.js'
import type {TableRow} from './read-table.js'
import {parseBoolean} from './term-status.js'
import type {RowEntry} from './table-entries.js'

/**
 * Smartling's blocked-terms sheet: each row bans a term (and its listed
 * variations) in the locales named, and may name the preferred term.
 * Archived rows are inactive: reported, not imported.
 */
export function readSmartlingBlocklist(
  names: string[],
  rows: TableRow[],
  report: (row: TableRow, column: number, severity: Finding['severity'], ruleId: string, message: string) => void
): RowEntry[] {
  const col = (n: string) => names.indexOf(n)
  const [term, note, locales, variations, preferred, caseSensitive, archived] = [
    'term', 'note', 'locales', 'linguistic variations', 'preferred terms', 'casesensitive', 'archived'
  ].map(col)
  const entries: RowEntry[] = []
  for (const row of rows) {
    const get = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '')
    if (parseBoolean(get(archived!)) === true) {
      report(row, row.columns[archived!] ?? 1, 'info', 'glossary-row-archived', `archived blocked term "${get(term!)}" not imported`)
      continue
    }
    const lang = languageOf(get(locales!).split(/[,;\s]+/)[0] ?? '') ?? 'en'
    const cs = parseBoolean(get(caseSensitive!))
    const entry: RowEntry = {line: row.line, column: 1, terms: [], examples: [], problems: []}
    const blocked = get(term!)
    if (blocked) {
      const forms = get(variations!).split(/[,|]/).map((v) => v.trim()).filter(Boolean)
      entry.terms.push({text: blocked, lang, status: 'forbidden', ...(forms.length ? {forms} : {}), ...(cs === undefined ? {} : {caseSensitive: cs})})
    }
    for (const text of get(preferred!).split(/[,|]/).map((v) => v.trim()).filter(Boolean)) {
      entry.terms.push({text, lang, status: 'preferred'})
    }
    if (get(note!)) entry.note = get(note!)
    entries.push(entry)
  }
  return entries
}
