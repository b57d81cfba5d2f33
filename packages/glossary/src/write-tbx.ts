import type {Concept, Glossary, Term, TermStatus} from './types.js'
import {replaceInvalidXmlChars} from './xml-chars.js'

export type TbxDialect = 'tbx-2008' | 'tbx-2019'

export interface WriteTbxOptions {
  dialect?: TbxDialect
  /** Value of `xml:lang` on the root: the glossary's main language. Default: its first language. */
  lang?: string
  title?: string
}

// TBX has no "forbidden": deprecated is its "do not use"; superseded is
// our softer "deprecated" (obsolete, not recommended).
const statusValue: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
  deprecated: 'supersededTerm-admn-sts'
}

const partsOfSpeech = new Set(['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'])

/** TBX-Basic parts of speech; "proper noun" → properNoun, anything unknown → other. */
function partOfSpeech(value: string | undefined): string | undefined {
  if (!value) return undefined
  const v = value.trim().replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase())
  if (partsOfSpeech.has(v)) return v
  if (/^(abbreviation|acronym)$/i.test(v)) return 'noun'
  return 'other'
}

// Import already removes (and reports) characters XML cannot hold; a glossary
// built in code or read from JSON may still carry them, and one would make the
// whole file unreadable, so they become U+FFFD: visible, never silently lost.
function escapeXml(text: string): string {
  return replaceInvalidXmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** An XML id: NCName, unique (`c-` prefix when the id starts with a digit). */
function xmlId(id: string, used: Set<string>): string {
  let base = id.replace(/[^\p{L}\p{N}._-]/gu, '-')
  if (!/^[\p{L}_]/u.test(base)) base = `c-${base}`
  let out = base
  for (let i = 2; used.has(out); i++) out = `${base}-${i}`
  used.add(out)
  return out
}

/**
 * Writes TBX-Basic: the 2008 dialect (`martif`, termEntry/langSet/tig,
 * valid against TBXBasiccoreStructV02.dtd and TBXBasicRNGV02.rng) or the
 * 2019 one (`tbx`, conceptEntry/langSec/termSec, TBX-Basic DCA RNG).
 */
export function writeTbx(glossary: Glossary, options: WriteTbxOptions = {}): string {
  const dialect = options.dialect ?? 'tbx-2019'
  if (dialect !== 'tbx-2008' && dialect !== 'tbx-2019') throw new TypeError(`writeTbx: unknown \`dialect\` "${String(dialect)}"`)
  const v3 = dialect === 'tbx-2019'
  const lang = options.lang ?? glossary.languages[0] ?? 'en'
  const title = escapeXml(options.title ?? 'tolmach glossary')
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  if (v3) {
    out.push(
      '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
      `<tbx type="TBX-Basic" style="dca" xml:lang="${escapeXml(lang)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
      `  <tbxHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><sourceDesc><p>Exported by tolmach</p></sourceDesc></fileDesc></tbxHeader>`
    )
  } else {
    out.push(
      '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
      `<martif type="TBX-Basic" xml:lang="${escapeXml(lang)}">`,
      `  <martifHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><sourceDesc><p>Exported by tolmach</p></sourceDesc></fileDesc>` +
        '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>'
    )
  }
  out.push('  <text>', '    <body>')
  const used = new Set<string>()
  for (const concept of glossary.concepts) out.push(...writeConcept(concept, xmlId(concept.id, used), v3))
  out.push('    </body>', '  </text>', v3 ? '</tbx>' : '</martif>', '')
  return out.join('\n')
}

function writeConcept(concept: Concept, id: string, v3: boolean): string[] {
  const [entry, langEl, termEl] = v3 ? ['conceptEntry', 'langSec', 'termSec'] : ['termEntry', 'langSet', 'tig']
  const lines = [`      <${entry} id="${escapeXml(id)}">`]
  if (concept.domain) lines.push(`        <descrip type="subjectField">${escapeXml(concept.domain)}</descrip>`)
  if (concept.definition && v3) lines.push(`        <descrip type="definition">${escapeXml(concept.definition)}</descrip>`)
  if (concept.note) lines.push(`        <note>${escapeXml(concept.note)}</note>`)
  const langs = [...new Set(concept.terms.map((t) => t.lang))]
  for (const lang of langs) {
    const terms = concept.terms.filter((t) => t.lang === lang)
    lines.push(`        <${langEl} xml:lang="${escapeXml(lang)}">`)
    if (concept.definition && !v3 && lang === langs[0]) lines.push(`          <descrip type="definition">${escapeXml(concept.definition)}</descrip>`)
    const examples = (concept.examples ?? []).map((e) => e[lang]).filter((e): e is string => Boolean(e))
    terms.forEach((term, i) => {
      lines.push(...writeTerm(term, termEl, i === 0 ? examples : []))
    })
    lines.push(`        </${langEl}>`)
  }
  lines.push(`      </${entry}>`)
  return lines
}

function writeTerm(term: Term, element: string, examples: string[]): string[] {
  const lines = [`          <${element}>`, `            <term>${escapeXml(term.text)}</term>`]
  const pos = partOfSpeech(term.partOfSpeech)
  if (pos) lines.push(`            <termNote type="partOfSpeech">${pos}</termNote>`)
  if (term.termType) lines.push(`            <termNote type="termType">${escapeXml(term.termType)}</termNote>`)
  lines.push(`            <termNote type="administrativeStatus">${statusValue[term.status]}</termNote>`)
  for (const example of examples) lines.push(`            <descrip type="context">${escapeXml(example)}</descrip>`)
  if (term.definition) lines.push(`            <note>${escapeXml(`definition: ${term.definition}`)}</note>`)
  if (term.note) lines.push(`            <note>${escapeXml(term.note)}</note>`)
  lines.push(`          </${element}>`)
  return lines
}
