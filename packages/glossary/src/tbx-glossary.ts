import {type GlossaryMessage, glossaryMessage} from './glossary-messages.js'
import {createFinding, createLineIndex, type Finding, offsetToPoint} from '@tolmach/core'
import {SaxesParser} from 'saxes'
import {parseStatus} from './term-status.js'
import type {Concept, Glossary, GlossaryFormat, Term} from './types.js'

const source = 'tolmach-glossary'

/**
 * Reads TBX 2008 (`martif`, termEntry/langSet/tig) and TBX 2019 (`tbx`,
 * conceptEntry/langSec/termSec) with a streaming parser. DTDs are never
 * read or fetched; a DOCTYPE that declares entities (billion laughs, XXE)
 * rejects the file with a positioned message.
 */
export function parseTbxGlossary(text: string, options: {file?: string} = {}): {glossary: Glossary; messages: Finding[]; format: GlossaryFormat} {
  const file = options.file
  const index = createLineIndex(text)
  const messages: Finding[] = []
  const at = (offset: number) => offsetToPoint(index, offset)
  const report = (offset: number, severity: Finding['severity'], ruleId: string, message: GlossaryMessage) => {
    const point = at(Math.max(0, Math.min(offset, text.length)))
    messages.push(createFinding({ruleId, severity, ...message, source, ...(file === undefined ? {} : {file}), place: {start: point, end: point}}))
  }
  const empty = {languages: [], concepts: []}
  const parser = new SaxesParser({xmlns: false, position: true})
  const concepts: Concept[] = []
  let format: GlossaryFormat = 'tbx-2008'
  let concept: Concept | undefined
  let lang: string | undefined
  let term: Term | undefined
  let termAt = 0
  // `at`: where the element's content starts, so a bad value is placed at itself.
  let field: {name: string; type: string; at: number} | undefined
  let buffer = ''
  // Open tig/ntig/termSec elements: a count, so that deep nesting costs no walk.
  let inTerms = 0
  let conceptAt = 0
  // A langSet outside any termEntry gets a concept of its own, closed with it.
  let implicitConcept = false
  let refused = false
  let errors = 0
  // saxes has read `<name` and maybe one character more when it reports a start tag.
  const tagStart = () => Math.max(0, text.lastIndexOf('<', Math.max(0, parser.position - 1)))
  parser.on('error', (error) => {
    if (!refused && ++errors <= 3) report(parser.position, 'error', 'glossary-xml-invalid', glossaryMessage(errors === 3 ? 'xmlInvalidLast' : 'xmlInvalid', {reason: error.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')}))
  })
  parser.on('doctype', (doctype) => {
    // saxes reads the internal subset properly (a `]` in a comment or a literal does not end it) and expands nothing.
    if (refused || !/<!ENTITY/i.test(doctype)) return
    refused = true
    const doctypeAt = Math.max(0, text.indexOf('<!DOCTYPE'))
    const entityAt = text.slice(doctypeAt).search(/<!ENTITY/i)
    report(doctypeAt + Math.max(0, entityAt), 'error', 'glossary-xml-entity', glossaryMessage('xmlEntity'))
  })
  parser.on('opentag', (tag) => {
    if (refused) return
    const name = tag.name.replace(/^.*:/, '')
    const attr = (n: string) => {
      const v = tag.attributes[n]
      return typeof v === 'string' ? v : undefined
    }
    if (name === 'tbx') format = 'tbx-2019'
    if (name === 'termEntry' || name === 'conceptEntry') {
      concept = {id: attr('id') ?? `c${concepts.length + 1}`, terms: []}
      concepts.push(concept)
      conceptAt = tagStart()
      implicitConcept = false
    } else if (name === 'langSet' || name === 'langSec') {
      if (!concept) {
        const entry = name === 'langSet' ? 'termEntry' : 'conceptEntry'
        concept = {id: `c${concepts.length + 1}`, terms: []}
        concepts.push(concept)
        conceptAt = tagStart()
        implicitConcept = true
        report(conceptAt, 'warning', 'glossary-tbx-misplaced', glossaryMessage('tbxMisplacedEntry', {name, entry, id: concept.id}))
      }
      lang = (attr('xml:lang') ?? '').toLowerCase().split(/[-_]/)[0]
      if (!lang) report(parser.position, 'error', 'glossary-tbx-lang', glossaryMessage('tbxLangSetNoLang', {name}))
    } else if (name === 'tig' || name === 'ntig' || name === 'termSec') {
      inTerms++
      term = undefined
      termAt = parser.position
    } else if (name === 'term' || name === 'termNote' || name === 'descrip' || name === 'note') {
      field = {name, type: attr('type') ?? '', at: parser.position}
      buffer = ''
    }
  })
  parser.on('text', (t) => {
    if (field) buffer += t
  })
  parser.on('cdata', (t) => {
    if (field) buffer += t
  })
  parser.on('closetag', (tag) => {
    if (refused) return
    const name = tag.name.replace(/^.*:/, '')
    if (name === 'tig' || name === 'ntig' || name === 'termSec') inTerms = Math.max(0, inTerms - 1)
    const value = buffer.replace(/\s+/g, ' ').trim()
    if (field && name === 'term' && !concept) {
      report(termAt || parser.position, 'error', 'glossary-tbx-misplaced', glossaryMessage('tbxTermOutside', {term: value}))
      field = undefined
    }
    if (field && name === field.name && concept) {
      const inTerm = inTerms > 0
      if (name === 'term') {
        if (!value) report(parser.position, 'error', 'glossary-tbx-term', glossaryMessage('tbxTermEmpty'))
        else if (!lang) report(parser.position, 'error', 'glossary-tbx-lang', glossaryMessage('tbxTermNoLang', {term: value}))
        else {
          term = {text: value, lang, status: 'preferred'}
          concept.terms.push(term)
        }
      } else if (name === 'termNote' && term) {
        if (field.type === 'administrativeStatus' || field.type === 'normativeAuthorization') {
          const status = parseStatus(value) ?? parseStatus(value.replace(/-admn-sts$/, ''))
          if (status) term.status = status
          else {
            if (term.status === 'preferred') term.status = 'admitted'
            report(field.at + buffer.length - buffer.trimStart().length, 'error', 'glossary-cell-invalid', glossaryMessage('statusUnknown', {status: value, term: term.text}))
          }
        } else if (field.type === 'partOfSpeech') term.partOfSpeech = value
        else if (field.type === 'termType') term.termType = value
      } else if (name === 'descrip') {
        if (field.type === 'subjectField') concept.domain = value
        else if (field.type === 'definition') {
          if (inTerm && term) term.definition = value
          else concept.definition ??= value
        } else if (field.type === 'context' && lang) {
          // The n-th context sentence of each language forms the n-th example pair.
          const l = lang
          concept.examples ??= []
          const examples = concept.examples
          const open = examples.find((e) => e[l] === undefined)
          if (open) open[l] = value
          else examples.push({[l]: value})
        }
      } else if (name === 'note') {
        if (inTerm && term) term.note = value
        else concept.note = concept.note ? `${concept.note}\n${value}` : value
      }
      field = undefined
    }
    const closesConcept = implicitConcept ? name === 'langSet' || name === 'langSec' : name === 'termEntry' || name === 'conceptEntry'
    if (closesConcept && concept) {
      if (concept.terms.length === 0) report(conceptAt, 'error', 'glossary-row-empty', glossaryMessage('conceptEmpty', {id: concept.id}))
      concept = undefined
      implicitConcept = false
    }
    if (name === 'langSet' || name === 'langSec') lang = undefined
  })
  try {
    parser.write(text).close()
  } catch (error) {
    report(parser.position, 'error', 'glossary-xml-invalid', glossaryMessage('xmlInvalid', {reason: (error as Error).message}))
  }
  if (refused) return {glossary: empty, messages, format}
  const kept = concepts.filter((c) => c.terms.length > 0)
  const languages: string[] = []
  for (const c of kept) for (const t of c.terms) if (!languages.includes(t.lang)) languages.push(t.lang)
  return {glossary: {languages, concepts: kept}, messages, format}
}
