import {malformedMessage, type ReaderMessage, readerMessage} from './read-messages.js'
import {createFinding, createLineIndex, type Finding, offsetToPoint, type Point} from '@tolmach/core'
import {SaxesParser} from 'saxes'
import {findingSource} from './write-context.js'
import {localName, NamespaceScope} from './xml-names.js'

export interface XmlElement {
  /** Local name, without prefix. */
  name: string
  uri: string
  /** Attributes by qualified name (`id`, `xml:space`). */
  attributes: Record<string, string>
  children: XmlNode[]
  /** Where the start tag's `<` is. */
  position: Point
}

export type XmlNode = XmlElement | string

export interface XmlTree {
  root: XmlElement | undefined
  findings: Finding[]
  /** Turns an offset in the parsed text into a point (for findings about elements). */
  pointAt(offset: number): Point
}

/**
 * How deep elements may nest before the readers stop building them. Markup
 * tolmach writes nests a few levels; past this depth the text is still read
 * (into the deepest element kept), the markup is dropped and one
 * `xml-too-deep` error names where. Bounded depth keeps every tree walk far
 * from the call-stack limit.
 */
export const maxXmlDepth = 1000

/** The saxes options every reader uses: no `xmlns` mode, which costs time quadratic in depth. */
export const saxesOptions = {xmlns: false, position: true} as const

/**
 * Parses XML into a small element tree with positions, using saxes (a
 * streaming, conforming parser). Malformed XML becomes findings; saxes keeps
 * going after an error, so the tree holds whatever could be read.
 */
export function parseXmlTree(xml: string, file: string | undefined): XmlTree {
  const bom = xml.charCodeAt(0) === 0xfeff ? 1 : 0
  const text = bom ? xml.slice(1) : xml
  const lines = createLineIndex(xml)
  const pointAt = (offset: number) => offsetToPoint(lines, Math.max(0, Math.min(offset + bom, xml.length)))
  const findings: Finding[] = []
  const parser = new SaxesParser(saxesOptions)
  const namespaces = new NamespaceScope()
  const stack: {element: XmlElement; declared: string[] | undefined}[] = []
  // Elements open beyond maxXmlDepth: counted, not built.
  let overflow = 0
  let root: XmlElement | undefined
  let start = 0
  const report = (ruleId: string, message: ReaderMessage, at: Point) => {
    findings.push(createFinding({ruleId, ...message, source: findingSource, file, place: {start: at, end: at}}))
  }

  // A well-formedness error is fatal in XML: the first one is the finding;
  // what saxes says after it is mostly the same break seen again (issue 10: sixty
  // messages for one unclosed tag). Reading goes on, so the tree keeps what it can.
  let malformed = false
  parser.on('error', (error) => {
    if (malformed) return
    malformed = true
    report('xml-malformed', malformedMessage(error.message.replace(/^(?:[^\n]*?:)?\d+:\d+: /, '')), pointAt(parser.position))
  })
  parser.on('opentagstart', () => {
    // saxes has read `<name` and maybe one character more; no `<` can sit in between.
    start = text.lastIndexOf('<', Math.max(0, parser.position - 1))
  })
  parser.on('opentag', (tag) => {
    if (overflow > 0 || stack.length >= maxXmlDepth) {
      if (overflow === 0) report('xml-too-deep', readerMessage('xmlTooDeep', {depth: maxXmlDepth}), pointAt(Math.max(0, start)))
      if (!tag.isSelfClosing) overflow++
      return
    }
    const attributes = tag.attributes as Record<string, string>
    const declared = namespaces.open(attributes)
    const uri = namespaces.uriOf(tag.name)
    const position = pointAt(Math.max(0, start))
    if (uri === undefined) report('xml-malformed', readerMessage('xmlUnboundPrefix', {name: tag.name}), position)
    const element: XmlElement = {name: localName(tag.name), uri: uri ?? '', attributes: {...attributes}, children: [], position}
    const parent = stack.at(-1)
    if (parent) parent.element.children.push(element)
    else root ??= element
    if (tag.isSelfClosing) namespaces.close(declared)
    else stack.push({element, declared})
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    if (overflow > 0) overflow--
    else {
      const closed = stack.pop()
      if (closed) namespaces.close(closed.declared)
    }
  })
  const onText = (value: string) => {
    const parent = stack.at(-1)
    if (parent) appendText(parent.element, value)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  try {
    parser.write(text).close()
  } catch (error) {
    // saxes itself throws on a few malformed ends (`<!` then a lone surrogate: "Invalid code point NaN"):
    // the document is malformed, and that is a finding at the place it stopped, not a crash.
    if (!(error instanceof RangeError)) throw error
    if (!malformed) report('xml-malformed', readerMessage('xmlStopped', {reason: error.message}), pointAt(parser.position))
    malformed = true
  }
  return {root, findings, pointAt}
}

/** Adds text as the element's last child, joined to text already there: text, CDATA and stream chunks come in pieces. */
export function appendText(element: XmlElement, text: string): void {
  const last = element.children.at(-1)
  if (typeof last === 'string') element.children[element.children.length - 1] = last + text
  else element.children.push(text)
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const child of element.children) {
    if (typeof child !== 'string' && (name === undefined || child.name === name)) out.push(child)
  }
  return out
}

/** All text below an element, markup left out. */
export function textContent(element: XmlElement): string {
  let out = ''
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child)
  return out
}
