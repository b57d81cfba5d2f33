import {type GlossaryMessage, glossaryMessage} from './glossary-messages.js'
import {createFinding, type Finding, type Point} from '@tolmach/core'
import {parseCsvGlossary} from './csv-glossary.js'
import {decodeGlossaryBytes} from './decode-glossary-bytes.js'
import {parseTbxGlossary} from './tbx-glossary.js'
import type {Glossary, GlossaryFormat, ParseGlossaryOptions, ParseGlossaryResult} from './types.js'

const formats = new Set<GlossaryFormat>([
  'generic-csv', 'deepl', 'google-unidirectional', 'google-equivalent', 'crowdin', 'phrase-strings', 'phrase-tms',
  'lokalise', 'smartling-glossary', 'smartling-blocklist', 'memoq', 'omegat', 'trados', 'tbx-2008', 'tbx-2019', 'json'
])

/**
 * Reads a glossary in any supported layout (CSV/TSV exports of CAT, TMS and
 * MT tools, TBX 2008/2019, tolmach JSON) into the concept model. Rows that
 * cannot be used become positioned messages; nothing is dropped silently.
 */
export function parseGlossary(input: string | Uint8Array, options: ParseGlossaryOptions = {}): ParseGlossaryResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw new TypeError('parseGlossary: `input` must be a string or a Uint8Array')
  if (options.fileName !== undefined && typeof options.fileName !== 'string') throw new TypeError('parseGlossary: `fileName` must be a string')
  if (options.format !== undefined && !formats.has(options.format)) throw new TypeError(`parseGlossary: unknown \`format\` "${String(options.format)}"`)
  const file = options.fileName
  const decoded = typeof input === 'string' ? {text: input.replace(/^\ufeff/, ''), encoding: 'string', messages: [] as Finding[]} : decodeGlossaryBytes(input, file)
  const text = decoded.text
  const head = text.trimStart()
  const fileOpt = file === undefined ? {} : {file}
  let result: {glossary: Glossary; messages: Finding[]; format: GlossaryFormat}
  if (options.format === 'tbx-2008' || options.format === 'tbx-2019' || (!options.format && head.startsWith('<'))) {
    result = parseTbxGlossary(text, fileOpt)
  } else if (options.format === 'json' || (!options.format && head.startsWith('{'))) {
    result = parseJsonGlossary(text, file)
  } else {
    result = parseCsvGlossary(text, {...fileOpt, ...(options.format ? {format: options.format} : {})})
  }
  // Places are in the text as given: a byte-order mark the readers did not see is still its first character.
  const shift = typeof input === 'string' && input.charCodeAt(0) === 0xfeff ? 1 : 0
  const messages = shift ? result.messages.map((m) => (m.place ? {...m, place: {start: shifted(m.place.start), end: shifted(m.place.end)}} : m)) : result.messages
  return {glossary: result.glossary, messages: [...decoded.messages, ...messages], format: result.format, encoding: decoded.encoding}
}

function shifted(point: Point): Point {
  return {line: point.line, column: point.column + (point.line === 1 ? 1 : 0), offset: point.offset + 1}
}

function parseJsonGlossary(text: string, file?: string): {glossary: Glossary; messages: Finding[]; format: GlossaryFormat} {
  const messages: Finding[] = []
  const fail = (message: GlossaryMessage) => {
    messages.push(
      createFinding({
        ruleId: 'glossary-json-invalid',
        ...message,
        source: 'tolmach-glossary',
        ...(file === undefined ? {} : {file}),
        place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
      })
    )
    return {glossary: {languages: [], concepts: []}, messages, format: 'json' as const}
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fail(glossaryMessage('jsonInvalid', {reason: (error as Error).message}))
  }
  const g = data as Partial<Glossary>
  if (!g || !Array.isArray(g.concepts)) return fail(glossaryMessage('jsonNoConcepts'))
  const concepts = g.concepts.filter((c) => c && typeof c.id === 'string' && Array.isArray(c.terms))
  if (concepts.length !== g.concepts.length) fail(glossaryMessage('jsonConceptsSkipped', {count: g.concepts.length - concepts.length}))
  const languages = [...new Set(concepts.flatMap((c) => c.terms.map((t) => t.lang)))]
  return {glossary: {languages, concepts}, messages, format: 'json'}
}
