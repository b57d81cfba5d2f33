import {type GlossaryMessage, glossaryMessage} from './glossary-messages.js'
import {createFinding, type Finding, type Position} from '@tolmach/core'
import type {RowEntry} from './table-entries.js'
import {termKey} from './term-key.js'
import type {Concept, Glossary, Term} from './types.js'

const source = 'tolmach-glossary'

export interface BuildOptions {
  file?: string
  /** Where a row starts, for messages. */
  place: (line: number, column: number) => Position
  /**
   * Rows without an id: merge those that share a term (same source on several
   * rows = synonyms, as Crowdin, OmegaT and DeepL lists repeat sources).
   */
  mergeByTerm: boolean
  /** Prefix for generated concept ids. */
  idPrefix?: string
}

/**
 * Groups row entries into concepts: by id when the layout has one, else by
 * shared terms. Duplicates are merged with a notice; the same term with two
 * statuses is a finding; a row without any term is a finding.
 */
export function buildGlossary(entries: RowEntry[], options: BuildOptions): {glossary: Glossary; messages: Finding[]} {
  const messages: Finding[] = []
  const report = (entry: RowEntry, ruleId: string, severity: Finding['severity'], message: GlossaryMessage, column = entry.column, actual?: string) => {
    messages.push(
      createFinding({
        ruleId,
        severity,
        ...message,
        source,
        ...(options.file === undefined ? {} : {file: options.file}),
        place: options.place(entry.line, column),
        ...(actual === undefined ? {} : {actual})
      })
    )
  }
  const concepts: Concept[] = []
  const firstLine = new Map<Concept, number>()
  const byId = new Map<string, Concept>()
  const byTerm = new Map<string, Concept>()
  for (const entry of entries) {
    for (const problem of entry.problems) report(entry, 'glossary-cell-invalid', problem.severity, problem.message, problem.column)
    if (entry.terms.length === 0) {
      report(entry, 'glossary-row-empty', 'error', glossaryMessage('rowEmpty'))
      continue
    }
    let concept: Concept | undefined
    let merged = false
    if (entry.id !== undefined) concept = byId.get(entry.id)
    else if (options.mergeByTerm) {
      for (const t of entry.terms) {
        concept = byTerm.get(t.lang + '\u0000' + termKey(t.text))
        if (concept) {
          report(entry, 'glossary-duplicate', 'info', glossaryMessage('mergedShared', {line: firstLine.get(concept) ?? 0, term: t.text}), entry.column, t.text)
          merged = true
          break
        }
      }
    }
    if (!concept) {
      concept = {id: entry.id ?? `${options.idPrefix ?? 'c'}${concepts.length + 1}`, terms: []}
      concepts.push(concept)
      firstLine.set(concept, entry.line)
      if (entry.id !== undefined) byId.set(entry.id, concept)
    }
    if (entry.domain && !concept.domain) concept.domain = entry.domain
    if (entry.note) concept.note = concept.note && concept.note !== entry.note ? `${concept.note}\n${entry.note}` : entry.note
    if (entry.definition && !concept.definition) concept.definition = entry.definition
    if (entry.examples.length > 0) concept.examples = [...(concept.examples ?? []), ...entry.examples]
    for (const term of entry.terms) {
      const key = term.lang + '\u0000' + termKey(term.text)
      const same = concept.terms.find((t) => t.lang === term.lang && termKey(t.text) === termKey(term.text))
      if (same) {
        if (same.status !== term.status) {
          report(
            entry,
            'glossary-status-conflict',
            'warning',
            glossaryMessage('statusConflictLine', {term: term.text, first: same.status, line: firstLine.get(concept) ?? 0, status: term.status}),
            entry.column,
            term.status
          )
        } else if (!merged) {
          report(entry, 'glossary-duplicate', 'info', glossaryMessage('duplicateMerged', {term: term.text}), entry.column, term.text)
        }
        mergeTerm(same, term)
        continue
      }
      const other = byTerm.get(key)
      if (other && other !== concept) {
        const theirs = other.terms.find((t) => t.lang === term.lang && termKey(t.text) === termKey(term.text))
        if (theirs && theirs.status !== term.status) {
          report(entry, 'glossary-status-conflict', 'warning', glossaryMessage('statusConflictConcept', {term: term.text, theirs: theirs.status, other: other.id, status: term.status, id: concept.id}), entry.column, term.status)
        }
      }
      concept.terms.push(term)
      if (!byTerm.has(key)) byTerm.set(key, concept)
    }
  }
  const languages: string[] = []
  for (const c of concepts) for (const t of c.terms) if (!languages.includes(t.lang)) languages.push(t.lang)
  return {glossary: {languages, concepts}, messages}
}

function mergeTerm(into: Term, from: Term) {
  for (const k of ['partOfSpeech', 'termType', 'note', 'definition', 'caseSensitive', 'exact'] as const) {
    if (into[k] === undefined && from[k] !== undefined) (into as unknown as Record<string, unknown>)[k] = from[k]
  }
  if (from.forms) into.forms = [...new Set([...(into.forms ?? []), ...from.forms])]
}
