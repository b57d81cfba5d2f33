import type {Placeholder, Segment, SegmentDocument} from '@tolmach/core'
import {type BptEptElement, bptEptInline} from './bpt-ept-inline.js'
import {xliff12Ctype} from './inline-kinds.js'
import type {TargetState, WriteOptions} from './types.js'
import {altTrans} from './candidate-xml.js'
import {createWriteContext, locationNote, needsPreserve, targetLangOf, type WriteContext} from './write-context.js'
import {escapeXmlText, xmlAttributes} from './xml-escape.js'

export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2'

/** XLIFF 1.2 `datatype`: the strict schema allows its list or an `x-` extension. */
export const xliff12Datatype = 'x-markdown'

// `initial` is `new`: what Rainbow writes for a copied source, and a state OmegaT keeps as it is.
const xliff12States: Record<TargetState, string> = {
  initial: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final'
}

/**
 * Writes XLIFF 1.2 (valid against the strict schema) in chunks: the header,
 * then one `trans-unit` per chunk, so a big corpus never sits in memory twice.
 */
export function xliff12Chunks(documents: Iterable<SegmentDocument>, options?: WriteOptions): Generator<string> {
  // Options are checked now, not at the first chunk, so misuse throws where it happens.
  return chunks(documents, createWriteContext(options))
}

function* chunks(documents: Iterable<SegmentDocument>, context: WriteContext): Generator<string> {
  let files = 0
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${xliff12Namespace}">\n`
  for (const document of documents) {
    files++
    const attributes = xmlAttributes({
      original: document.file,
      'source-language': document.lang,
      'target-language': targetLangOf(document),
      datatype: xliff12Datatype
    })
    yield `  <file${attributes}>\n    <body>\n`
    for (const segment of document.segments) yield transUnit(document, segment, context)
    yield '    </body>\n  </file>\n'
  }
  if (files === 0) throw new TypeError('documents must hold at least one document: XLIFF needs a <file>')
  yield '</xliff>\n'
}

export function writeXliff12(documents: Iterable<SegmentDocument>, options?: WriteOptions): string {
  let out = ''
  for (const chunk of xliff12Chunks(documents, options)) out += chunk
  return out
}

function transUnit(document: SegmentDocument, segment: Segment, context: WriteContext): string {
  context.checkId(document, segment)
  const target = context.target(segment)
  const preserve = needsPreserve(segment, target)
  const attributes = xmlAttributes({
    id: segment.id,
    resname: segment.id,
    restype: `x-${segment.kind}`,
    'xml:space': preserve ? 'preserve' : undefined
  })
  let out = `      <trans-unit${attributes}>\n`
  out += `        <source>${inline(document, segment, segment.text, segment.placeholders, context)}</source>\n`
  if (target) {
    const state = xmlAttributes({
      state: target.xliff12State ?? xliff12States[target.state ?? 'translated'],
      'state-qualifier': target.stateQualifier
    })
    out += `        <target${state}>${inline(document, segment, target.text, segment.placeholders, context)}</target>\n`
  }
  out += `        <note from="tolmach">${escapeXmlText(locationNote(document, segment))}</note>\n`
  for (const note of context.notes(segment)) out += `        <note>${escapeXmlText(note)}</note>\n`
  out += altTrans(context.candidates(segment), targetLangOf(document))
  return `${out}      </trans-unit>\n`
}

/** Inline content: `bpt`/`ept` for pairs, `it` for halves whose partner is elsewhere, `ph` for atoms. */
function inline(
  document: SegmentDocument,
  segment: Segment,
  text: string,
  placeholders: readonly Placeholder[],
  context: WriteContext
): string {
  const onInvalid = (code: number) => {
    context.invalidChar(document, segment, code, false)
    return ''
  }
  return bptEptInline(text, placeholders, onInvalid, xliff12Attributes)
}

function xliff12Attributes(element: BptEptElement, p: Placeholder): Record<string, string | undefined> {
  const id = String(p.id)
  if (element === 'ph') return {id, ctype: xliff12Ctype(p.node, true)}
  if (element === 'it') return {id, pos: p.type === 'open' ? 'open' : 'close', ctype: xliff12Ctype(p.node, false)}
  if (element === 'bpt') return {id, ctype: xliff12Ctype(p.node, false)}
  return {id}
}
