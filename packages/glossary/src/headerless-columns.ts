import type {TableRow} from './read-table.js'

type Script = 'cyrillic' | 'latin' | 'none'

const cyrillicLetter = /[\u0400-\u04ff]/g
const latinLetter = /[a-z]/gi

function letters(text: string): {cyrillic: number; latin: number} {
  return {cyrillic: text.match(cyrillicLetter)?.length ?? 0, latin: text.match(latinLetter)?.length ?? 0}
}

function scriptOf(cell: string): Script {
  const {cyrillic, latin} = letters(cell)
  return cyrillic > 0 ? 'cyrillic' : latin > 0 ? 'latin' : 'none'
}

/** Share of Cyrillic among the letters of one column, 0…1. */
export function cyrillicShare(rows: readonly TableRow[], index: number): number {
  const {cyrillic, latin} = letters(rows.map((r) => r.cells[index] ?? '').join('\n'))
  return cyrillic + latin === 0 ? 0 : cyrillic / (cyrillic + latin)
}

/**
 * Languages of the two term columns of a sheet without a header. The
 * columns are compared with each other: judged one by one, a Russian column
 * full of Latin acronyms (USGS, C5+1) reads as English, and the old tie-break
 * then flipped the other column, swapping the pair.
 */
export function headerlessLangs(rows: readonly TableRow[], fallback: () => 'ru' | 'en'): ['ru' | 'en', 'ru' | 'en'] {
  const first = cyrillicShare(rows, 0)
  const second = cyrillicShare(rows, 1)
  if (first > second) return ['ru', 'en']
  if (second > first) return ['en', 'ru']
  const lang = fallback()
  return [lang, lang === 'ru' ? 'en' : 'ru']
}

// Words column names are made of; a term list rarely opens with a row of them.
const headerWords = new Set(
  'term terms source target src tgt translation translations original word words phrase text entry glossary lang language locale russian english ru en rus eng key value термин термины перевод источник оригинал русский английский слово текст'.split(
    ' '
  )
)

// snake_case names (term_ru, source_text) are how scripts and databases label columns.
const identifier = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/

function isLabel(cell: string): boolean {
  const name = cell.trim().toLowerCase()
  if (identifier.test(name)) return true
  const words = name.split(/[\s_\-()[\]]+/).filter(Boolean)
  return words.length > 0 && words.every((w) => headerWords.has(w))
}

/**
 * Whether the first row of a sheet without a recognised header is a header
 * after all: `header` when its cells read as column names and contrast with
 * the data (Latin labels over a Cyrillic column, or identifier-like names no
 * data cell resembles), `maybe` when only the script contrasts (the row is
 * kept as a term, but the user hears about it), undefined otherwise.
 */
export function guessHeaderRow(rows: readonly TableRow[], columns: readonly number[]): 'header' | 'maybe' | undefined {
  const [first, ...body] = rows
  if (!first || body.length === 0) return undefined
  const cells = columns.map((i) => (first.cells[i] ?? '').trim()).filter((c) => c !== '')
  if (cells.length < 2) return undefined
  // A repeated term (USGS,USGS) is a do-not-translate entry, not two column names.
  if (new Set(cells.map((c) => c.toLowerCase())).size < cells.length) return undefined
  const scripts = new Set(cells.map(scriptOf))
  const contrast =
    scripts.size === 1 &&
    columns.some((i) => {
      const own = scriptOf(first.cells[i] ?? '')
      const data = body.map((r) => scriptOf(r.cells[i] ?? '')).filter((s) => s !== 'none')
      const other = own === 'latin' ? 'cyrillic' : own === 'cyrillic' ? 'latin' : undefined
      return other !== undefined && data.length > 0 && data.filter((s) => s === other).length * 2 > data.length
    })
  const labels = cells.every(isLabel)
  if (contrast && labels) return 'header'
  const identifiers = cells.every((c) => identifier.test(c.toLowerCase()))
  if (identifiers && !body.some((r) => columns.some((i) => identifier.test((r.cells[i] ?? '').trim().toLowerCase())))) return 'header'
  return contrast ? 'maybe' : undefined
}
