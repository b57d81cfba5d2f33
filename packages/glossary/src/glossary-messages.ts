type Data = Record<string, string | number>

/** A glossary reader's message: the English wording, and the id and data an interface in another language renders its own from. */
export interface GlossaryMessage {
  message: string
  messageId: string
  data: Data
}

const separated: Record<string, string> = {Tabs: 'tabs', Semicolons: 'semicolons', Commas: 'commas'}

// English wording of the glossary readers' messages.
const english: Record<string, (d: Data) => string> = {
  jsonInvalid: (d) => `not valid JSON: ${d['reason']}`,
  jsonNoConcepts: () => 'JSON glossary needs a `concepts` array',
  jsonConceptsSkipped: (d) => `${d['count']} concept(s) without \`id\` or \`terms\` skipped`,
  columnUnknown: (d) => `column "${d['name']}" is not a known glossary field; ignored`,
  rowIncomplete: () => 'row needs a source and a target term; skipped',
  ...Object.fromEntries(Object.keys(separated).map((kind) => [`rowIncomplete${kind}`, () => `row needs a source and a target term separated by ${separated[kind]}; skipped`])),
  rowWidthLayout: (d) => `row has ${d['count']} cells, the layout has 2; extra cells ignored`,
  ...Object.fromEntries(Object.keys(separated).map((kind) => [`rowOneCell${kind}`, (d: Data) => `row has one cell but the header has ${d['width']}: is it separated by another delimiter than ${separated[kind]}? skipped`])),
  rowWidthHeader: (d) => `row has ${d['count']} cells, the header has ${d['width']}; extra cells ignored`,
  xmlInvalid: (d) => `${d['reason']}`,
  xmlInvalidLast: (d) => `${d['reason']} (further XML errors not listed)`,
  xmlEntity: () => 'the DOCTYPE declares entities; they are never expanded or fetched (billion laughs, external entities); file rejected',
  tbxMisplacedEntry: (d) => `<${d['name']}> outside a <${d['entry']}>; read as concept ${d['id']} of its own`,
  tbxLangSetNoLang: (d) => `<${d['name']}> without xml:lang; its terms are skipped`,
  tbxTermOutside: (d) => `<term> "${d['term']}" outside any concept; skipped`,
  tbxTermEmpty: () => 'empty <term>; skipped',
  tbxTermNoLang: (d) => `<term> "${d['term']}" is in no <langSet> with an xml:lang; skipped`,
  statusUnknown: (d) => `unknown status "${d['status']}": "${d['term']}" is read as admitted, not preferred`,
  conceptEmpty: (d) => `concept ${d['id']} has no terms; skipped`,
  rowEmpty: () => 'row has no term in any language column; skipped',
  mergedShared: (d) => `merged into the concept from line ${d['line']} (shared term "${d['term']}")`,
  statusConflictLine: (d) => `"${d['term']}" is "${d['first']}" on line ${d['line']} and "${d['status']}" here; kept "${d['first']}"`,
  duplicateMerged: (d) => `duplicate term "${d['term']}" merged`,
  statusConflictConcept: (d) => `"${d['term']}" is "${d['theirs']}" in concept ${d['other']} and "${d['status']}" in ${d['id']}`
}

/** The message ids of the glossary readers, for callers that render them in another language. */
export const glossaryMessageIds: readonly string[] = Object.keys(english)

/** A message by id, with its English wording. */
export function glossaryMessage(messageId: string, data: Data = {}): GlossaryMessage {
  const render = english[messageId]
  if (render === undefined) throw new Error(`glossaryMessage: unknown message id ${messageId}`)
  return {message: render(data), messageId, data}
}

/** A delimiter as the message ids name it (`rowIncompleteTabs`…). */
export function delimiterKind(d: string): string {
  return d === '\t' ? 'Tabs' : d === ';' ? 'Semicolons' : 'Commas'
}
