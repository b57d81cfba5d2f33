import {readerMessage} from './read-messages.js'
import {nodeFromXliff12Ctype} from './inline-kinds.js'
import {placeholderId, type ReadContext, TokenText} from './read-context.js'
import type {ReadDocument, ReadOptions, ReadResult, ReadUnit} from './types.js'
import {checkXliffNamespace, collectDocuments, type OpenXliff, parseXliff, type XliffLayout} from './xliff-read.js'
import {xliff12Namespace} from './xliff12-writer.js'
import {childElements, textContent, type XmlElement} from './xml-tree.js'

/**
 * Reads XLIFF 1.2 back into units whose texts carry placeholder tokens again,
 * re-created from `bpt`/`ept`/`ph`/`it` (their content is the Markdown).
 * Problems become findings positioned in the XLIFF file; nothing throws.
 */
export function readXliff12(xml: string, options?: ReadOptions): ReadResult {
  return readXliff12Parsed(parseXliff(xml, options), options)
}

/** Reads an already parsed XLIFF (see `readXliff`). */
export function readXliff12Parsed(parsed: OpenXliff, options?: ReadOptions): ReadResult {
  checkXliffNamespace(parsed, xliff12Namespace)
  const {root, context} = parsed
  const documents: ReadDocument[] = []
  if (!root) return {documents, findings: context.findings}
  const version = root.attributes['version']
  if (version !== undefined && !version.startsWith('1.')) {
    context.report(root, 'xliff-version', readerMessage('xliffVersion', {version: version ?? '', as: '1.2'}), 'warning', version)
  }
  const layout: XliffLayout = {
    unitName: 'trans-unit',
    container: (parent, name) =>
      parent === 'xliff' && name === 'file' ? 'file' : parent === 'file' && name === 'body' ? 'body' : (parent === 'body' || parent === 'group') && name === 'group' ? 'group' : undefined,
    holdsUnits: new Set(['body', 'group']),
    newDocument: (file) => {
      const original = file?.attributes['original']
      if (file && original === undefined) context.report(file, 'xliff-missing-original', readerMessage('xliffMissingOriginal'))
      return {file: original ?? options?.file ?? '', sourceLang: file?.attributes['source-language'], targetLang: file?.attributes['target-language'], units: []}
    }
  }
  documents.push(...collectDocuments(root, layout, readUnit, context))
  return {documents, findings: context.findings}
}

function readUnit(element: XmlElement, context: ReadContext): ReadUnit | undefined {
  const id = element.attributes['id']
  if (id === undefined || id === '') {
    context.report(element, 'xliff-missing-id', readerMessage('xliff12MissingId'))
    return undefined
  }
  const sourceElement = childElements(element, 'source')[0]
  if (!sourceElement) context.report(element, 'xliff-missing-source', readerMessage('xliff12MissingSource', {id}))
  const source = sourceElement ? readInline(sourceElement, context) : new TokenText()
  const unit: ReadUnit = {id, source: source.text, placeholders: source.placeholders, position: element.position}
  const targetElement = childElements(element, 'target')[0]
  if (targetElement) {
    const target = readInline(targetElement, context)
    unit.target = target.text
    unit.targetPlaceholders = target.placeholders
    const state = targetElement.attributes['state']
    const qualifier = targetElement.attributes['state-qualifier']
    if (state !== undefined) unit.state = state
    if (qualifier !== undefined) unit.stateQualifier = qualifier
  }
  const notes = childElements(element, 'note').map(textContent)
  if (notes.length > 0) unit.notes = notes
  return unit
}

function readInline(element: XmlElement, context: ReadContext): TokenText {
  const out = new TokenText()
  const opened = new Map<number, string>()
  walk(element, out, opened, context)
  return out
}

function walk(element: XmlElement, out: TokenText, opened: Map<number, string>, context: ReadContext): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      out.append(child)
      continue
    }
    const name = child.name
    if (name === 'mrk') {
      // An annotation (CAT tools mark segments and terms with it): keep its text.
      walk(child, out, opened, context)
      continue
    }
    if (name !== 'bpt' && name !== 'ept' && name !== 'ph' && name !== 'it') {
      const kept = name === 'g' || name === 'sub'
      context.report(
        child,
        'xliff-unknown-inline',
        readerMessage(kept ? 'xliffNotWrittenKept' : 'xliffNotWritten', {name}),
        'warning',
        name
      )
      if (kept) walk(child, out, opened, context)
      continue
    }
    const id = placeholderId(child.attributes['id'])
    if (id === undefined) {
      const actual = child.attributes['id']
      context.report(child, 'xliff-inline-id', readerMessage('xliffInlineId', {name}), 'error', actual)
      continue
    }
    const markdown = textContent(child)
    const ctype = child.attributes['ctype']
    if (name === 'ph') out.add({id, type: 'standalone', node: nodeFromXliff12Ctype(ctype), markdown})
    else if (name === 'bpt') {
      const node = nodeFromXliff12Ctype(ctype)
      opened.set(id, node)
      out.add({id, type: 'open', node, markdown})
    } else if (name === 'ept') out.add({id, type: 'close', node: opened.get(id) ?? '', markdown})
    else {
      const pos = child.attributes['pos']
      if (pos !== 'open' && pos !== 'close') {
        context.report(child, 'xliff-inline-pos', readerMessage('xliff12InlinePos'), 'error', pos)
        continue
      }
      out.add({id, type: pos, node: nodeFromXliff12Ctype(ctype), markdown, split: true})
    }
  }
}
