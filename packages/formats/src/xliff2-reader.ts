import {readerMessage} from './read-messages.js'
import {nodeFromXliff2} from './inline-kinds.js'
import {placeholderId, type ReadContext, TokenText} from './read-context.js'
import type {ReadDocument, ReadOptions, ReadResult, ReadUnit} from './types.js'
import {checkXliffNamespace, collectDocuments, type OpenXliff, parseXliff, type XliffLayout} from './xliff-read.js'
import {xliff2Namespace} from './xliff2-writer.js'
import {childElements, textContent, type XmlElement} from './xml-tree.js'

/**
 * Reads XLIFF 2.x core back into units. `pc`, `sc`/`ec` and `ph` become
 * placeholder tokens with their Markdown from `originalData`; a unit split
 * into several segments by a CAT tool is joined back (with its ignorables).
 */
export function readXliff2(xml: string, options?: ReadOptions): ReadResult {
  return readXliff2Parsed(parseXliff(xml, options), options)
}

/** Reads an already parsed XLIFF (see `readXliff`). */
export function readXliff2Parsed(parsed: OpenXliff, options?: ReadOptions): ReadResult {
  checkXliffNamespace(parsed, xliff2Namespace)
  const {root, context} = parsed
  const documents: ReadDocument[] = []
  if (!root) return {documents, findings: context.findings}
  const version = root.attributes['version']
  if (version === undefined || !version.startsWith('2.')) {
    context.report(root, 'xliff-version', readerMessage('xliffVersion', {version: version ?? '(no version)', as: '2.1'}), 'warning', version)
  }
  const layout: XliffLayout = {
    unitName: 'unit',
    container: (parent, name) =>
      parent === 'xliff' && name === 'file' ? 'file' : (parent === 'file' || parent === 'group') && name === 'group' ? 'group' : undefined,
    holdsUnits: new Set(['file', 'group']),
    newDocument: (file) => ({
      file: file?.attributes['original'] ?? options?.file ?? file?.attributes['id'] ?? '',
      sourceLang: root.attributes['srcLang'],
      targetLang: root.attributes['trgLang'],
      units: []
    })
  }
  documents.push(...collectDocuments(root, layout, readUnit, context))
  return {documents, findings: context.findings}
}

const stateOrder = ['initial', 'translated', 'reviewed', 'final']

function readUnit(element: XmlElement, context: ReadContext): ReadUnit | undefined {
  // tolmach writes the segment id as `name`: `id` must be an NMTOKEN, segment ids need not be.
  const id = element.attributes['name'] ?? element.attributes['id']
  if (id === undefined || id === '') {
    context.report(element, 'xliff-missing-id', readerMessage('xliff2MissingId'))
    return undefined
  }
  const data = new Map<string, string>()
  for (const originalData of childElements(element, 'originalData')) {
    for (const item of childElements(originalData, 'data')) {
      const dataId = item.attributes['id']
      if (dataId !== undefined) data.set(dataId, readData(item, context))
    }
  }
  const parts = childElements(element).filter((child) => child.name === 'segment' || child.name === 'ignorable')
  if (!parts.some((part) => part.name === 'segment')) {
    context.report(element, 'xliff-missing-source', readerMessage('xliff2MissingSource', {id}))
  }
  const source = new TokenText()
  const target = new TokenText()
  let hasTarget = false
  let state: string | undefined
  let subState: string | undefined
  for (const part of parts) {
    const sourceElement = childElements(part, 'source')[0]
    const targetElement = childElements(part, 'target')[0]
    if (sourceElement) readInline(sourceElement, source, data, context)
    if (targetElement) {
      hasTarget = true
      readInline(targetElement, target, data, context)
    } else if (sourceElement && part.name === 'ignorable') readInline(sourceElement, target, data, context)
    const partState = part.attributes['state']
    // Several segments: the unit is only as far along as its least advanced segment.
    if (partState !== undefined && (state === undefined || stateOrder.indexOf(partState) < stateOrder.indexOf(state))) {
      state = partState
      subState = part.attributes['subState']
    }
  }
  const unit: ReadUnit = {id, source: source.text, placeholders: source.placeholders, position: element.position}
  if (hasTarget) {
    unit.target = target.text
    unit.targetPlaceholders = target.placeholders
  }
  if (state !== undefined) unit.state = state
  if (subState !== undefined) unit.subState = subState
  const notes = childElements(element, 'notes').flatMap((notesElement) => childElements(notesElement, 'note').map(textContent))
  if (notes.length > 0) unit.notes = notes
  return unit
}

function codePoint(element: XmlElement, context: ReadContext): string {
  const hex = element.attributes['hex'] ?? ''
  const value = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN
  if (!(value <= 0x10ffff)) {
    context.report(element, 'xliff-cp', readerMessage('xliffCp', {hex}), 'error', hex)
    return ''
  }
  // Lone surrogates are written as cp too; fromCharCode gives them back as they were.
  return value >= 0xd800 && value <= 0xdfff ? String.fromCharCode(value) : String.fromCodePoint(value)
}

function readData(element: XmlElement, context: ReadContext): string {
  let out = ''
  for (const child of element.children) {
    if (typeof child === 'string') out += child
    else if (child.name === 'cp') out += codePoint(child, context)
  }
  return out
}

function markdownOf(element: XmlElement, ref: string | undefined, data: Map<string, string>, context: ReadContext): string {
  if (ref === undefined) return ''
  const markdown = data.get(ref)
  if (markdown === undefined) {
    context.report(element, 'xliff-missing-data', readerMessage('xliffMissingData', {name: element.name, ref}), 'error', ref)
    return ''
  }
  return markdown
}

function readInline(element: XmlElement, out: TokenText, data: Map<string, string>, context: ReadContext): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      out.append(child)
      continue
    }
    const name = child.name
    const attributes = child.attributes
    if (name === 'cp') out.append(codePoint(child, context))
    else if (name === 'mrk') readInline(child, out, data, context)
    else if (name === 'sm' || name === 'em') continue
    else if (name === 'ph' || name === 'pc' || name === 'sc' || name === 'ec') {
      const isolated = attributes['isolated'] === 'yes'
      const rawId = name === 'ec' && !isolated ? attributes['startRef'] : attributes['id']
      const id = placeholderId(rawId)
      if (id === undefined) {
        context.report(child, 'xliff-inline-id', readerMessage('xliffInlineId', {name}), 'error', rawId)
        if (name === 'pc') readInline(child, out, data, context)
        continue
      }
      const node = nodeFromXliff2(attributes['type'], attributes['subType'])
      if (name === 'ph') out.add({id, type: 'standalone', node, markdown: markdownOf(child, attributes['dataRef'], data, context)})
      else if (name === 'pc') {
        out.add({id, type: 'open', node, markdown: markdownOf(child, attributes['dataRefStart'], data, context)})
        readInline(child, out, data, context)
        out.add({id, type: 'close', node, markdown: markdownOf(child, attributes['dataRefEnd'], data, context)})
      } else {
        const type = name === 'sc' ? 'open' : 'close'
        const markdown = markdownOf(child, attributes['dataRef'], data, context)
        const startNode = node || (type === 'close' ? nodeOfOpen(out, id) : '')
        out.add({id, type, node: startNode, markdown, split: isolated})
      }
    } else {
      context.report(child, 'xliff-unknown-inline', readerMessage('xliffUnknownInline', {name}), 'warning', name)
      readInline(child, out, data, context)
    }
  }
}

function nodeOfOpen(out: TokenText, id: number): string {
  for (let i = out.placeholders.length - 1; i >= 0; i--) {
    const p = out.placeholders[i]!
    if (p.id === id && p.type === 'open') return p.node
  }
  return ''
}
