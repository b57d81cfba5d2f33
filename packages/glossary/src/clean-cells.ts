import type {Finding} from '@tolmach/core'
import type {TableRow} from './read-table.js'
import {findInvalidXmlChar, stripInvalidXmlChars} from './xml-chars.js'

type Report = (row: TableRow, column: number, severity: Finding['severity'], ruleId: string, message: string) => void

/**
 * Removes characters XML 1.0 cannot hold from every cell, one warning per
 * cell at the cell's position: the glossary model never holds them, so a
 * TBX export is always well-formed and the user learns where they were.
 */
export function cleanCells(rows: readonly TableRow[], report: Report): void {
  for (const row of rows) {
    row.cells.forEach((cell, i) => {
      const bad = findInvalidXmlChar(cell)
      if (!bad) return
      const clean = stripInvalidXmlChars(cell)
      const count = cell.length - clean.length
      row.cells[i] = clean
      const what = count === 1 ? `character ${bad.codePoint}` : `${count} characters XML cannot hold (first ${bad.codePoint})`
      report(row, row.columns[i] ?? 1, 'warning', 'glossary-invalid-char', `cell holds ${what}; removed, as no glossary format can carry it`)
    })
  }
}
