import {createFinding, createLineIndex, type Finding, offsetToPoint, type Point} from '@tolmach/core'
import {SaxesParser} from 'saxes'
import {findingSource} from './write-context.js'

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
  const parser = new SaxesParser({xmlns: true, position: true})
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let start = 0

  parser.on('error', (error) => {
    const at = pointAt(parser.position)
    findings.push(
      createFinding({
        ruleId: 'xml-malformed',
        message: error.message.replace(/^(?:[^\n]*?:)?\d+:\d+: /, ''),
        source: findingSource,
        file,
        place: {start: at, end: at}
      })
    )
  })
  parser.on('opentagstart', () => {
    // saxes has read `<name` and maybe one character more; no `<` can sit in between.
    start = text.lastIndexOf('<', Math.max(0, parser.position - 1))
  })
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {}
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      attributes[name] = typeof attribute === 'string' ? attribute : attribute.value
    }
    const element: XmlElement = {
      name: tag.local ?? tag.name,
      uri: tag.uri ?? '',
      attributes,
      children: [],
      position: pointAt(Math.max(0, start))
    }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else root ??= element
    if (!tag.isSelfClosing) stack.push(element)
  })
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop()
  })
  const onText = (value: string) => {
    const parent = stack.at(-1)
    if (parent) appendText(parent, value)
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.write(text).close()
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
