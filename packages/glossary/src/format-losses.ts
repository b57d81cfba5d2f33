import {isBanned} from './term-status.js'
import type {Glossary} from './types.js'

/** What a glossary holds that an output format has no place for. */
export type GlossaryField = 'status' | 'forms' | 'caseSensitive' | 'exact' | 'partOfSpeech' | 'termType' | 'termNote' | 'definition' | 'domain' | 'example' | 'language' | 'unpaired'

export type GlossaryOutputFormat = 'tbx' | 'csv' | 'omegat' | 'json'

/** A field the format drops: how many concepts had it, and the first of them. */
export interface GlossaryLoss {
  field: GlossaryField
  concepts: number
  first: string
}

// What each writer has no place for (write-tbx.ts, write-table.ts). CSV and JSON hold the whole model.
const dropped: Record<GlossaryOutputFormat, readonly GlossaryField[]> = {
  tbx: ['forms', 'caseSensitive', 'exact'],
  csv: [],
  json: [],
  omegat: ['status', 'forms', 'caseSensitive', 'exact', 'partOfSpeech', 'termType', 'termNote', 'definition', 'domain', 'example', 'language', 'unpaired']
}

/**
 * What writing `glossary` as `format` loses, field by field, so an export can
 * say so instead of dropping it quietly. For OmegaT (one source and one
 * target language, no statuses) `languages` names the pair it keeps.
 */
export function glossaryFormatLosses(glossary: Glossary, format: GlossaryOutputFormat, languages?: {source: string; target: string}): GlossaryLoss[] {
  const losses = new Map<GlossaryField, GlossaryLoss>()
  const fields = dropped[format]
  if (fields.length === 0) return []
  for (const concept of glossary.concepts) {
    const has = new Set<GlossaryField>()
    for (const term of concept.terms) {
      // OmegaT keeps usable terms and names banned ones in a comment: a status is lost only beyond that.
      if (term.status === 'admitted' || term.status === 'deprecated') has.add('status')
      if (term.forms?.length) has.add('forms')
      if (term.caseSensitive !== undefined) has.add('caseSensitive')
      if (term.exact) has.add('exact')
      if (term.partOfSpeech) has.add('partOfSpeech')
      if (term.termType) has.add('termType')
      if (term.note || term.definition) has.add('termNote')
      if (languages && term.lang !== languages.source && term.lang !== languages.target) has.add('language')
    }
    if (concept.definition) has.add('definition')
    if (concept.domain) has.add('domain')
    if (concept.examples?.length) has.add('example')
    if (languages) {
      const usable = (lang: string) => concept.terms.some((t) => t.lang === lang && !isBanned(t.status))
      if (!usable(languages.source) || !usable(languages.target)) has.add('unpaired')
    }
    for (const field of fields) {
      if (!has.has(field)) continue
      const loss = losses.get(field)
      if (loss) loss.concepts++
      else losses.set(field, {field, concepts: 1, first: concept.id})
    }
  }
  return fields.flatMap((f) => (losses.has(f) ? [losses.get(f)!] : []))
}
