import {termKey} from './term-key.js'
import type {Concept, Glossary, Term} from './types.js'

/** One glossary among those merged, with the name its concepts' ids are kept apart by. */
export interface NamedGlossary {
  name: string
  glossary: Glossary
}

/** A concept that went into an earlier one because they share a term; `conflicts`: its terms whose status differs there. */
export interface GlossaryMerge {
  /** Index in the list of glossaries of the concept merged away. */
  from: number
  conceptId: string
  /** Id of the concept it went into, in the merged glossary, and the index of the glossary that concept came from. */
  into: string
  intoFrom: number
  term: Term
  conflicts: Array<{term: Term; kept: Term}>
}

export interface MergeGlossariesOptions {
  /** Merge concepts that share a term in the same language (`glossary import --merge`); otherwise they stay side by side. */
  byTerm?: boolean
}

const approved = (t: Term) => t.status === 'preferred' || t.status === 'admitted'
const keyOf = (t: Term) => `${t.lang}\u0000${termKey(t.text)}`

/**
 * Several glossaries as one. Side by side by default (a repeated id gets its
 * glossary's name as a prefix); with `byTerm`, a concept sharing an approved
 * term with an earlier concept is merged into it (terms, notes, examples),
 * and each merge is returned so the caller can say so. The first glossary's
 * status wins where a term's statuses differ, and each such term is a conflict.
 */
export function mergeGlossaries(sources: readonly NamedGlossary[], options: MergeGlossariesOptions = {}): {glossary: Glossary; merges: GlossaryMerge[]} {
  if (sources.length === 1 && !options.byTerm) return {glossary: sources[0]!.glossary, merges: []}
  const languages = [...new Set(sources.flatMap((s) => s.glossary.languages))]
  const concepts: Concept[] = []
  const merges: GlossaryMerge[] = []
  const ids = new Set<string>()
  const byTerm = new Map<string, Concept>()
  const origin = new Map<Concept, number>()
  sources.forEach(({name, glossary}, from) => {
    for (const concept of glossary.concepts) {
      const shared = options.byTerm ? concept.terms.filter(approved).find((t) => byTerm.has(keyOf(t))) : undefined
      const into = shared ? byTerm.get(keyOf(shared))! : undefined
      if (into && shared) {
        const conflicts = concept.terms.flatMap((term) => {
          const kept = into.terms.find((t) => keyOf(t) === keyOf(term))
          return kept && kept.status !== term.status ? [{term, kept}] : []
        })
        merges.push({from, conceptId: concept.id, into: into.id, intoFrom: origin.get(into)!, term: shared, conflicts})
        mergeInto(into, concept)
        for (const t of concept.terms) if (approved(t) && !byTerm.has(keyOf(t))) byTerm.set(keyOf(t), into)
        continue
      }
      const id = ids.has(concept.id) ? `${name}#${concept.id}` : concept.id
      ids.add(id)
      const copy: Concept = options.byTerm ? {...concept, id, terms: [...concept.terms]} : id === concept.id ? concept : {...concept, id}
      concepts.push(copy)
      origin.set(copy, from)
      if (options.byTerm) for (const t of copy.terms) if (approved(t) && !byTerm.has(keyOf(t))) byTerm.set(keyOf(t), copy)
    }
  })
  return {glossary: {languages, concepts}, merges}
}

function mergeInto(into: Concept, concept: Concept): void {
  for (const term of concept.terms) if (!into.terms.some((t) => keyOf(t) === keyOf(term))) into.terms.push(term)
  if (concept.note && concept.note !== into.note) into.note = into.note ? `${into.note}\n${concept.note}` : concept.note
  if (concept.definition && !into.definition) into.definition = concept.definition
  if (concept.domain && !into.domain) into.domain = concept.domain
  if (concept.examples?.length) into.examples = [...(into.examples ?? []), ...concept.examples]
}
