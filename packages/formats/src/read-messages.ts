type Data = Record<string, string | number>

/** A reader's message: the English wording, and the id and data an interface in another language renders its own from. */
export interface ReaderMessage {
  message: string
  messageId: string
  data: Data
}

// English wording of the XML readers' messages.
const english: Record<string, (d: Data) => string> = {
  xmlMalformed: (d) => `${d['reason']}`,
  xmlStopped: (d) => `the XML parser stopped: ${d['reason']}`,
  xmlUnclosedTag: (d) => `unclosed tag: ${d['name']}`,
  xmlUnmatchedClosingTag: (d) => `unmatched closing tag: ${d['name']}.`,
  xmlTextOutsideRoot: () => 'text data outside of root node.',
  xmlDisallowedCharacter: () => 'disallowed character.',
  xmlUnexpectedEnd: () => 'unexpected end.',
  xmlNoRoot: () => 'document must contain a root element.',
  xmlOneRoot: () => 'documents may contain only one root.',
  xmlDuplicateAttribute: (d) => `duplicate attribute: ${d['name']}.`,
  xmlUnquotedAttribute: () => 'unquoted attribute value.',
  xmlUnboundPrefix: (d) => `unbound namespace prefix in <${d['name']}>`,
  xmlTooDeep: (d) => `elements nest deeper than ${d['depth']} levels; the markup below is dropped, its text kept`,
  entityDeclaration: () => 'the DOCTYPE declares entities; tolmach never expands them, so references to them are errors',
  tmxNoRoot: () => 'expected a <tmx> root element, found none',
  tmxRoot: (d) => `expected a <tmx> root element, found <${d['name']}>`,
  tmxMissingHeader: () => '<tmx> has no <header>',
  tmxMissingBody: () => '<tmx> has no <body>',
  tmxNestedTu: () => '<tu> inside another <tu>; read as a unit of its own',
  tmxMisplacedTu: (d) => `<tu> outside <body> (in <${d['parent']}>); read anyway`,
  tmxUnexpectedElement: (d) => `<${d['name']}> cannot appear in <${d['parent']}>; ignored (a <tu> inside is still read)`,
  tmxVersion: (d) => `TMX ${d['version']} read as 1.4`,
  tmxDuplicateTuid: (d) => `tuid ${d['tuid']} appears more than once`,
  tmxPropType: () => '<prop> has no type attribute; skipped',
  tmxHeaderAttribute: (d) => `<header> lacks attributes TMX 1.4b requires: ${d['list']}`,
  tmxEmptyUnit: () => '<tu> has no readable <tuv>; unit skipped',
  tmxEmptyUnitTuid: (d) => `<tu tuid="${d['tuid']}"> has no readable <tuv>; unit skipped`,
  tmxTuvLang: () => '<tuv> has no xml:lang; variant skipped',
  tmxMissingSeg: (d) => `<tuv xml:lang="${d['lang']}"> has no <seg>; variant skipped`,
  tmxInlineI: (d) => `<${d['name']}> needs an i attribute to pair with its partner; dropped`,
  tmxUnpairedEpt: (d) => `<ept i="${d['i']}"> has no <bpt> before it; read as an isolated close`,
  tmxInlinePos: () => '<it> needs pos="begin" or pos="end"; dropped',
  tmxUnknownInline: (d) => `<${d['name']}> cannot appear in <seg>; dropped`,
  xliffRoot: (d) => `expected an <xliff> root element, found <${d['name']}>`,
  xliffNoRoot: () => 'expected an <xliff> root element, found none',
  xliffNamespace: (d) => `expected namespace ${d['namespace']}`,
  xliffMisplacedUnit: (d) => `<${d['name']}> inside <${d['parent']}> is out of place; read anyway`,
  xliffDuplicateId: (d) => `unit id ${d['id']} appears more than once in this <file>`,
  xliffVersion: (d) => `XLIFF ${d['version']} read as ${d['as']}`,
  xliffMissingOriginal: () => '<file> has no original attribute',
  xliff12MissingId: () => '<trans-unit> has no id; unit skipped',
  xliff2MissingId: () => '<unit> has no id; unit skipped',
  xliff12MissingSource: (d) => `unit ${d['id']} has no <source>`,
  xliff2MissingSource: (d) => `unit ${d['id']} has no <segment>`,
  xliffNotWritten: (d) => `<${d['name']}> is not markup tolmach writes; dropped`,
  xliffNotWrittenKept: (d) => `<${d['name']}> is not markup tolmach writes; its text is kept, the element dropped`,
  xliffInlineId: (d) => `<${d['name']}> needs a numeric id to become a placeholder; dropped`,
  xliff12InlinePos: () => '<it> needs pos="open" or pos="close"; dropped',
  xliffCp: (d) => `<cp hex="${d['hex']}"> is not a code point; dropped`,
  xliffMissingData: (d) => `<${d['name']}> refers to data ${d['ref']}, which <originalData> lacks`,
  xliffUnknownInline: (d) => `<${d['name']}> is not XLIFF 2 core inline markup; its text is kept`
}

/** The message ids of the XML readers, for callers that render them in another language. */
export const readerMessageIds: readonly string[] = Object.keys(english)

/** A message by id, with its English wording. */
export function readerMessage(messageId: string, data: Data = {}): ReaderMessage {
  const render = english[messageId]
  if (render === undefined) throw new Error(`readerMessage: unknown message id ${messageId}`)
  return {message: render(data), messageId, data}
}

// saxes' most frequent well-formedness errors, by their English text: an id each, so they can be rendered in Russian.
const saxesReasons: Array<[RegExp, string]> = [
  [/^unclosed tag: (.+)$/, 'xmlUnclosedTag'],
  [/^unmatched closing tag: (.+)\.$/, 'xmlUnmatchedClosingTag'],
  [/^text data outside of root node\.$/, 'xmlTextOutsideRoot'],
  [/^disallowed character\.$/, 'xmlDisallowedCharacter'],
  [/^unexpected end\.$/, 'xmlUnexpectedEnd'],
  [/^document must contain a root element\.$/, 'xmlNoRoot'],
  [/^documents may contain only one root\.$/, 'xmlOneRoot'],
  [/^duplicate attribute: (.+)\.$/, 'xmlDuplicateAttribute'],
  [/^unquoted attribute value\.$/, 'xmlUnquotedAttribute']
]

/** The message of a saxes error (its position prefix already cut): one of ours when we know it, else its own words. */
export function malformedMessage(reason: string): ReaderMessage {
  for (const [pattern, id] of saxesReasons) {
    const match = pattern.exec(reason)
    if (match) return readerMessage(id, match[1] === undefined ? {} : {name: match[1]})
  }
  return readerMessage('xmlMalformed', {reason})
}
