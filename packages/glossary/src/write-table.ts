import {isBanned} from './term-status.js'
import type {Glossary, Term} from './types.js'

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * Writes the generic CSV layout `parseGlossary` reads back: one row per
 * term rank, rows of a concept share its `id`; per language the term, its
 * status, part of speech, case sensitivity, exact flag, extra forms
 * (`|`-separated), note, and the concept's example sentence.
 */
export function writeGlossaryCsv(glossary: Glossary): string {
  const langs = glossary.languages
  const header = ['id', 'domain', 'definition', 'note']
  for (const l of langs) header.push(l, `${l}_status`, `${l}_pos`, `${l}_type`, `${l}_case_sensitive`, `${l}_exact`, `${l}_forms`, `${l}_note`, `example_${l}`)
  const rows = [header]
  for (const concept of glossary.concepts) {
    const byLang = langs.map((l) => concept.terms.filter((t) => t.lang === l))
    const examples = concept.examples ?? []
    const height = Math.max(1, ...byLang.map((t) => t.length), examples.length)
    for (let k = 0; k < height; k++) {
      const row = [concept.id, k === 0 ? (concept.domain ?? '') : '', k === 0 ? (concept.definition ?? '') : '', k === 0 ? (concept.note ?? '') : '']
      langs.forEach((l, i) => {
        const t: Term | undefined = byLang[i]![k] ?? (k >= byLang[i]!.length && examples[k]?.[l] ? byLang[i]![0] : undefined)
        row.push(
          t?.text ?? '',
          t ? t.status : '',
          t?.partOfSpeech ?? '',
          t?.termType ?? '',
          t?.caseSensitive === undefined ? '' : t.caseSensitive ? 'yes' : 'no',
          t?.exact ? 'yes' : '',
          (t?.forms ?? []).join('|'),
          t?.note ?? '',
          examples[k]?.[l] ?? ''
        )
      })
      rows.push(row)
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n'
}

const tsvCell = (value: string) => value.replace(/[\t\r\n]+/g, ' ').trim()

/**
 * Writes an OmegaT glossary (`source<TAB>target<TAB>comment`, UTF-8): one
 * line per usable source term and usable target term. OmegaT has no
 * status, so forbidden renderings are named in the comment instead.
 */
export function writeOmegatGlossary(glossary: Glossary, options: {source: string; target: string}): string {
  const lines: string[] = []
  for (const concept of glossary.concepts) {
    const sources = concept.terms.filter((t) => t.lang === options.source && !isBanned(t.status))
    const targets = concept.terms.filter((t) => t.lang === options.target && !isBanned(t.status))
    const banned = concept.terms.filter((t) => t.lang === options.target && isBanned(t.status)).map((t) => t.text)
    const comment = [concept.note, banned.length ? `do not use: ${banned.join(', ')}` : ''].filter(Boolean).join('; ')
    for (const s of sources) for (const t of targets) lines.push([tsvCell(s.text), tsvCell(t.text), tsvCell(comment)].join('\t').replace(/\t$/, ''))
  }
  return lines.join('\n') + '\n'
}

/** The concept model as JSON, read back by `parseGlossary`. */
export function writeGlossaryJson(glossary: Glossary): string {
  return JSON.stringify({format: 'tolmach-glossary', version: 1, languages: glossary.languages, concepts: glossary.concepts}, null, 2) + '\n'
}
