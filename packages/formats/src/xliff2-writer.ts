import {createFinding, type Placeholder, type Segment, type SegmentDocument} from '@tolmach/core'
import {xliff2Type} from './inline-kinds.js'
import {inlineParts} from './inline-parts.js'
import type {WriteOptions} from './types.js'
import {mtcMatches} from './candidate-xml.js'
import {createWriteContext, findingSource, locationNote, needsPreserve, targetLangOf, type WriteContext} from './write-context.js'
import {escapeXmlText, xmlAttributes} from './xml-escape.js'

export const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0'

/** XML NMTOKEN, which XLIFF 2 requires of unit and inline ids. */
const nmtoken = /^[\p{L}\p{Nd}\p{Mn}\p{Mc}._:·-]+$/u

/** `originalData` ids: `d1` for an open or standalone placeholder 1, `d1e` for its close. */
export function dataId(placeholder: Pick<Placeholder, 'id' | 'type'>): string {
  return placeholder.type === 'close' ? `d${placeholder.id}e` : `d${placeholder.id}`
}

/**
 * Writes XLIFF 2.1 core in chunks. Files say `canResegment="no"`: the
 * round trip matches units to segments one to one. Characters XML cannot
 * hold are written as `<cp hex="…"/>`, so nothing is lost.
 */
export function xliff2Chunks(documents: Iterable<SegmentDocument>, options?: WriteOptions): Generator<string> {
  // Options are checked now, not at the first chunk, so misuse throws where it happens.
  return chunks(documents, createWriteContext(options))
}

function* chunks(documents: Iterable<SegmentDocument>, context: WriteContext): Generator<string> {
  let files = 0
  let srcLang = ''
  let trgLang = ''
  for (const document of documents) {
    files++
    if (files === 1) {
      srcLang = document.lang
      trgLang = targetLangOf(document)
      // XLIFF 2.1 (xliff element constraints): trgLang is required if and only if the document holds targets.
      const attributes = {version: '2.1', xmlns: xliff2Namespace, srcLang, trgLang: context.hasTargets ? trgLang : undefined}
      yield `<?xml version="1.0" encoding="UTF-8"?>\n<xliff${xmlAttributes(attributes)}>\n`
    } else if (document.lang !== srcLang || targetLangOf(document) !== trgLang) {
      context.report(
        createFinding({
          ruleId: 'xliff2-mixed-languages',
          message: `${document.file} is ${document.lang}→${targetLangOf(document)} but one XLIFF 2 file holds one language pair (${srcLang}→${trgLang})`,
          source: findingSource,
          file: document.file,
          actual: `${document.lang}→${targetLangOf(document)}`,
          expected: [`${srcLang}→${trgLang}`]
        })
      )
    }
    yield `  <file${xmlAttributes({id: `f${files}`, original: document.file, canResegment: 'no'})}>\n`
    // A file needs at least one unit or group; an empty document keeps its place with an empty group.
    if (document.segments.length === 0) yield '    <group id="empty"/>\n'
    for (const segment of document.segments) yield unit(document, segment, context)
    yield '  </file>\n'
  }
  if (files === 0) throw new TypeError('documents must hold at least one document: XLIFF needs a <file>')
  yield '</xliff>\n'
}

export function writeXliff2(documents: Iterable<SegmentDocument>, options?: WriteOptions): string {
  let out = ''
  for (const chunk of xliff2Chunks(documents, options)) out += chunk
  return out
}

function unit(document: SegmentDocument, segment: Segment, context: WriteContext): string {
  context.checkId(document, segment)
  const target = context.target(segment)
  const preserve = needsPreserve(segment, target)
  const id = nmtoken.test(segment.id) ? segment.id : `u${segment.index + 1}`
  const attributes = xmlAttributes({
    id,
    name: segment.id,
    type: `tolmach:${segment.kind}`,
    'xml:space': preserve ? 'preserve' : undefined
  })
  const candidates = context.candidates(segment)
  let out = `    <unit${attributes}>\n${mtcMatches(candidates, 's1')}      <notes>\n`
  out += `        <note category="location">${escapeXmlText(locationNote(document, segment))}</note>\n`
  for (const note of context.notes(segment)) out += `        <note>${escapeXmlText(note)}</note>\n`
  out += '      </notes>\n'
  if (segment.placeholders.length > 0) {
    out += '      <originalData>\n'
    for (const p of segment.placeholders) {
      out += `        <data id="${dataId(p)}">${text(document, segment, p.markdown, context)}</data>\n`
    }
    out += '      </originalData>\n'
  }
  const state = xmlAttributes({id: candidates.length > 0 ? 's1' : undefined, ...(target ? {state: target.state ?? 'translated', subState: target.subState} : {})})
  out += `      <segment${state}>\n`
  out += `        <source>${inline(document, segment, segment.text, context)}</source>\n`
  if (target) out += `        <target>${inline(document, segment, target.text, context)}</target>\n`
  return `${out}      </segment>\n    </unit>\n`
}

function text(document: SegmentDocument, segment: Segment, value: string, context: WriteContext): string {
  return escapeXmlText(value, (code) => {
    context.invalidChar(document, segment, code, true)
    return `<cp hex="${code.toString(16).toUpperCase().padStart(4, '0')}"/>`
  })
}

/** Inline content: `pc` for nested pairs, `sc`/`ec` for crossing or isolated halves, `ph` for atoms. */
function inline(document: SegmentDocument, segment: Segment, value: string, context: WriteContext): string {
  let out = ''
  for (const part of inlineParts(value, segment.placeholders)) {
    if (typeof part === 'string') {
      out += text(document, segment, part, context)
      continue
    }
    const {placeholder: p, pairing} = part
    const id = String(p.id)
    const {type, subType} = xliff2Type(p.node)
    if (pairing === 'standalone') out += `<ph${xmlAttributes({id, dataRef: dataId(p), type, subType})}/>`
    else if (pairing === 'pair' && p.type === 'open') {
      const close = dataId({id: p.id, type: 'close'})
      out += `<pc${xmlAttributes({id, dataRefStart: dataId(p), dataRefEnd: close, type, subType})}>`
    } else if (pairing === 'pair') out += '</pc>'
    else if (p.type === 'open') {
      const isolated = pairing === 'isolated' ? 'yes' : undefined
      out += `<sc${xmlAttributes({id, isolated, dataRef: dataId(p), type, subType})}/>`
    } else if (pairing === 'isolated') {
      out += `<ec${xmlAttributes({id, isolated: 'yes', dataRef: dataId(p), type, subType})}/>`
    } else {
      // A non-isolated end takes its type from its start (XLIFF 2 `ec` constraints).
      out += `<ec${xmlAttributes({startRef: id, dataRef: dataId(p)})}/>`
    }
  }
  return out
}
