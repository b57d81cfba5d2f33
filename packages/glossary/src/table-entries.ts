import {type GlossaryMessage, glossaryMessage} from './glossary-messages.js'
import {detectLanguage} from '@tolmach/core'
import type {ColumnRole} from './column-roles.js'
import type {TableRow} from './read-table.js'
import {parseBoolean, parseStatus} from './term-status.js'
import type {Example, Term, TermStatus} from './types.js'

/** What one row contributes, before rows are grouped into concepts. */
export interface RowEntry {
  line: number
  column: number
  id?: string
  domain?: string
  note?: string
  definition?: string
  terms: Term[]
  examples: Example[]
  /** Cells whose value could not be used: [column index, message]. */
  /** Cell problems: 1-based column of the cell (as TableRow.columns), severity, message. */
  problems: Array<{column: number; severity: 'error' | 'warning'; message: GlossaryMessage}>
}

export interface EntryOptions {
  /** How a term cell lists synonyms. */
  synonyms: RegExp | null
  /** Phrase TMS marks stem boundaries with `|` inside a term. */
  stripPipes?: boolean
}

/** Guesses the language of a column from its cells (Cyrillic share). */
export function guessColumnLang(rows: TableRow[], index: number): 'ru' | 'en' {
  return detectLanguage(rows.map((r) => r.cells[index] ?? '').join('\n')).lang
}

/** Turns rows into entries by their column roles. */
export function rowsToEntries(rows: TableRow[], columnRoles: Array<ColumnRole | undefined>, options: EntryOptions): RowEntry[] {
  let roles = columnRoles.map((r, i): ColumnRole | undefined => {
    if (r?.kind !== 'translation') return r
    // «Термин ⇥ Перевод»: the translation is in the language its cells are in, never the source term's.
    const source = columnRoles.findIndex((c) => c?.kind === 'sourceTerm')
    const lang = guessColumnLang(rows, i)
    return {kind: 'term', lang: source >= 0 && guessColumnLang(rows, source) === lang ? (lang === 'ru' ? 'en' : 'ru') : lang}
  })
  const termLangs = [...new Set(roles.flatMap((r) => (r?.kind === 'term' ? [r.lang] : [])))]
  let sourceIndex = roles.findIndex((r) => r?.kind === 'sourceTerm')
  let sourceLang = sourceIndex >= 0 ? guessColumnLang(rows, sourceIndex) : termLangs[0]
  if (sourceIndex >= 0 && termLangs.includes(sourceLang!)) {
    // A bare `term` column beside a column of its language is the entry key (Phrase Strings, Lokalise).
    roles = roles.map((r) => (r?.kind === 'sourceTerm' ? {kind: 'key'} : r))
    sourceIndex = -1
    sourceLang = termLangs[0]
  }
  const langs = sourceIndex >= 0 ? [sourceLang!, ...termLangs.filter((l) => l !== sourceLang)] : termLangs
  const targetLang = langs[1] ?? langs[0]
  return rows.map((row) => rowToEntry(row, roles, options, sourceLang, targetLang))
}

function rowToEntry(
  row: TableRow,
  roles: Array<ColumnRole | undefined>,
  options: EntryOptions,
  sourceLang: string | undefined,
  targetLang: string | undefined
): RowEntry {
  const entry: RowEntry = {line: row.line, column: 1, terms: [], examples: [], problems: []}
  const byColumn = new Map<number, Term[]>()
  const cell = (i: number) => (row.cells[i] ?? '').trim()
  // Terms first: other columns refer to them.
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]
    const value = cell(i)
    if (!role || value === '') continue
    if (role.kind === 'term' || (role.kind === 'sourceTerm' && sourceLang)) {
      const lang = role.kind === 'term' ? role.lang : sourceLang!
      const texts = splitTerms(value, options)
      const terms = texts.map((text, k): Term => ({text, lang, status: k === 0 ? 'preferred' : 'admitted'}))
      byColumn.set(i, terms)
      entry.terms.push(...terms)
    }
  }
  const termsOf = (lang: string | undefined) => entry.terms.filter((t) => lang === undefined || t.lang === lang)
  let dnt = false
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]
    const value = cell(i)
    if (!role || value === '') continue
    const targets = 'ref' in role && role.ref !== undefined ? (byColumn.get(role.ref) ?? []) : termsOf('lang' in role && role.lang ? role.lang : undefined)
    switch (role.kind) {
      case 'id':
        entry.id = value
        break
      case 'domain':
        entry.domain = value
        break
      case 'conceptNote':
        entry.note = entry.note ? `${entry.note}\n${value}` : value
        break
      case 'definition':
        entry.definition = value
        break
      case 'termDefinition':
        for (const t of targets) t.definition = value
        break
      case 'termNote':
        for (const t of targets) t.note = t.note ? `${t.note}; ${value}` : value
        break
      case 'pos': {
        const parts = value.split(/[|/]/).map((p) => p.trim())
        targets.forEach((t, k) => {
          t.partOfSpeech = parts[Math.min(k, parts.length - 1)]!
        })
        break
      }
      case 'status': {
        const parts = value.split('|').map((p) => p.trim())
        const scoped = role.lang ? targets : termsOf(targetLang)
        scoped.forEach((t, k) => {
          const raw = parts[Math.min(k, parts.length - 1)]!
          const status = parseStatus(raw)
          if (status) t.status = status
          else {
            // A status nobody can read must not make a term the one to use: it stays admitted, and the cell is an error.
            if (t.status === 'preferred') t.status = 'admitted'
            entry.problems.push({column: row.columns[i] ?? 1, severity: 'error', message: glossaryMessage('statusUnknown', {status: raw, term: t.text})})
          }
        })
        break
      }
      case 'forbidden':
        if (parseBoolean(value)) for (const t of role.lang ? targets : termsOf(targetLang)) t.status = 'forbidden'
        break
      case 'preferred': {
        const flag = parseBoolean(value)
        if (flag !== undefined) for (const t of targets) if (t.status === 'preferred' || t.status === 'admitted') t.status = flag ? 'preferred' : 'admitted'
        break
      }
      case 'caseSensitive': {
        const flag = parseBoolean(value)
        if (flag !== undefined) for (const t of targets) t.caseSensitive = flag
        break
      }
      case 'exact': {
        const flag = parseBoolean(value)
        if (flag) for (const t of targets) t.exact = true
        break
      }
      case 'termType':
        for (const t of targets.slice(0, 1)) t.termType = value
        break
      case 'forms':
        for (const t of targets.slice(0, 1)) t.forms = value.split(/[|;]/).map((f) => f.trim()).filter(Boolean)
        break
      case 'example': {
        const lang = role.lang ?? (role.ref !== undefined ? byColumn.get(role.ref)?.[0]?.lang : undefined)
        if (lang) addExample(entry.examples, lang, value)
        break
      }
      case 'variations':
        if (sourceLang) {
          for (const text of value.split(/[,|;]/).map((v) => v.trim()).filter(Boolean)) {
            entry.terms.push({text, lang: sourceLang, status: 'admitted'})
          }
        }
        break
      case 'dnt':
        dnt ||= parseBoolean(value) === true
        break
      case 'translatable':
        dnt ||= parseBoolean(value) === false
        break
      default:
        break
    }
  }
  if (dnt && targetLang && sourceLang && targetLang !== sourceLang && termsOf(targetLang).length === 0) {
    // "Do not translate": the target keeps the source spelling; prefer a Latin variant (C5+1, not С5+1).
    const candidates = termsOf(sourceLang)
    const latin = candidates.find((t) => !/[\u0400-\u04ff]/.test(t.text)) ?? candidates[0]
    if (latin) entry.terms.push({text: latin.text, lang: targetLang, status: 'preferred', note: 'do not translate'})
  }
  return entry
}

function addExample(examples: Example[], lang: string, text: string) {
  const open = examples.find((e) => e[lang] === undefined)
  if (open) open[lang] = text
  else examples.push({[lang]: text})
}

function splitTerms(value: string, options: EntryOptions): string[] {
  if (options.stripPipes) return [value.replace(/\|/g, '').trim()].filter(Boolean)
  const parts = options.synonyms ? value.split(options.synonyms) : [value]
  return parts.map((p) => p.trim()).filter(Boolean)
}

export type {TermStatus}
