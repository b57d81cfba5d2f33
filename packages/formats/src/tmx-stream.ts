import {createFinding, type Finding, type Point, type Severity} from '@tolmach/core'
import {SaxesParser, type SaxesTagNS} from 'saxes'
import type {ReadContext} from './read-context.js'
import {readHeader, readUnit} from './tmx-elements.js'
import type {ReadOptions, TmxHeader, TmxUnit} from './types.js'
import {findingSource} from './write-context.js'
import {appendText, type XmlElement} from './xml-tree.js'

export interface TmxStreamOptions extends ReadOptions {
  /** Receives every finding as it is met; the stream never throws on content. */
  onFinding?: (finding: Finding) => void
  /** Receives the `<header>` once it is read. */
  onHeader?: (header: TmxHeader) => void
}

/**
 * Reads TMX from chunks of text and yields each unit as soon as its `</tu>`
 * is parsed, so a translation memory of any size is read in the memory of one
 * unit. Only `<header>` and `<tu>` are built into element trees; the rest is
 * checked as it passes. Positions are in the whole text (UTF-16 columns).
 */
export function tmxUnits(chunks: Iterable<string>, options?: TmxStreamOptions): Generator<TmxUnit> {
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new TypeError('options must be an object')
  for (const name of ['onFinding', 'onHeader'] as const) {
    if (options?.[name] !== undefined && typeof options[name] !== 'function') throw new TypeError(`options.${name} must be a function`)
  }
  if (options?.file !== undefined && typeof options.file !== 'string') throw new TypeError('options.file must be a string')
  return stream(chunks, options ?? {})
}

function* stream(chunks: Iterable<string>, options: TmxStreamOptions): Generator<TmxUnit> {
  const reader = new TmxStreamReader(options)
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') throw new TypeError('chunks must be strings')
    reader.write(chunk)
    yield* reader.take()
  }
  reader.end()
  yield* reader.take()
}

// How much text before a chunk is kept to find the `<` of a tag a chunk boundary cut.
const lookBehind = 1024

class TmxStreamReader implements ReadContext {
  readonly file: string | undefined
  readonly findings: Finding[] = []
  private readonly parser = new SaxesParser({xmlns: true, position: true})
  private readonly onFinding: (finding: Finding) => void
  private readonly onHeader: (header: TmxHeader) => void
  /** Names of the open elements, root first. */
  private readonly path: string[] = []
  /** The `<header>` or `<tu>` being built, innermost open element last. */
  private readonly building: XmlElement[] = []
  private ready: TmxUnit[] = []
  private readonly tuids = new Set<string>()
  private root: XmlElement | undefined
  private sawHeader = false
  private sawBody = false
  private bom = 0
  private consumed = 0
  private window = ''
  private windowStart = 0
  private tagStart: Point = {line: 1, column: 1, offset: 0}

  constructor(options: TmxStreamOptions) {
    this.file = options.file
    this.onFinding = options.onFinding ?? (() => {})
    this.onHeader = options.onHeader ?? (() => {})
    const parser = this.parser
    parser.on('error', (error) => {
      this.reportAt(this.here(), 'xml-malformed', error.message.replace(/^(?:[^\n]*?:)?\d+:\d+: /, ''), 'error')
    })
    parser.on('doctype', (doctype) => {
      // saxes reads no DTD and expands no entity but XML's five; a declaration is still an error worth a message.
      if (!doctype.includes('<!ENTITY')) return
      const message = 'the DOCTYPE declares entities; tolmach never expands them, so references to them are errors'
      this.reportAt(this.pointOf('<!DOCTYPE'), 'tmx-entity-declaration', message, 'error')
    })
    parser.on('opentagstart', () => {
      this.tagStart = this.pointOf('<')
    })
    parser.on('opentag', (tag) => this.openTag(tag))
    parser.on('closetag', (tag) => this.closeTag(tag))
    const onText = (text: string) => {
      const parent = this.building.at(-1)
      if (parent) appendText(parent, text)
    }
    parser.on('text', onText)
    parser.on('cdata', onText)
  }

  write(chunk: string): void {
    if (this.consumed === 0 && chunk.charCodeAt(0) === 0xfeff) {
      // saxes would take the byte-order mark for text before the root.
      this.bom = 1
      chunk = chunk.slice(1)
    }
    const combined = this.window + chunk
    const keep = Math.min(combined.length, chunk.length + lookBehind)
    this.window = combined.slice(combined.length - keep)
    this.windowStart = this.consumed + chunk.length - keep
    this.consumed += chunk.length
    this.parser.write(chunk)
  }

  end(): void {
    this.parser.close()
    if (!this.root) this.reportAt(this.here(), 'tmx-root', 'expected a <tmx> root element, found none', 'error')
    else if (this.root.name === 'tmx') {
      if (!this.sawHeader) this.report(this.root, 'tmx-missing-header', '<tmx> has no <header>')
      if (!this.sawBody) this.report(this.root, 'tmx-missing-body', '<tmx> has no <body>')
    }
  }

  take(): TmxUnit[] {
    const out = this.ready
    this.ready = []
    return out
  }

  report(element: XmlElement | undefined, ruleId: string, message: string, severity: Severity = 'error', actual?: string): void {
    this.reportAt(element?.position, ruleId, message, severity, actual)
  }

  private reportAt(at: Point | undefined, ruleId: string, message: string, severity: Severity, actual?: string): void {
    const place = at ? {start: at, end: at} : undefined
    const finding = createFinding({ruleId, severity, message, source: findingSource, file: this.file, place, actual})
    this.findings.push(finding)
    this.onFinding(finding)
  }

  /** Where the parser is now. */
  private here(): Point {
    const {line, columnIndex, position} = this.parser
    return {line, column: columnIndex + 1 + (line === 1 ? this.bom : 0), offset: position + this.bom}
  }

  /** The last `marker` before the parser's position, on the parser's line or earlier ones. */
  private pointOf(marker: string): Point {
    const here = this.here()
    const end = this.parser.position - this.windowStart
    const at = this.window.lastIndexOf(marker, end - 1)
    if (at === -1) return here
    const between = this.window.slice(at, end)
    const breaks = between.match(/\r\n?|\n/g)?.length ?? 0
    const offset = here.offset - between.length
    if (breaks === 0) return {line: here.line, column: here.column - between.length, offset}
    const lineStart = Math.max(this.window.lastIndexOf('\n', at), this.window.lastIndexOf('\r', at)) + 1
    return {line: here.line - breaks, column: at - lineStart + 1, offset}
  }

  private openTag(tag: SaxesTagNS): void {
    const name = tag.local ?? tag.name
    const attributes: Record<string, string> = {}
    for (const [key, attribute] of Object.entries(tag.attributes)) attributes[key] = attribute.value
    const element: XmlElement = {name, uri: tag.uri ?? '', attributes, children: [], position: this.tagStart}
    const parent = this.path.at(-1)
    if (!tag.isSelfClosing) this.path.push(name)
    if (this.building.length > 0) {
      this.building.at(-1)!.children.push(element)
      if (!tag.isSelfClosing) this.building.push(element)
    } else if (parent === undefined) this.openRoot(element)
    else if (parent === 'tmx' && name === 'header') {
      this.sawHeader = true
      this.build(element, tag.isSelfClosing)
    } else if (parent === 'tmx' && name === 'body') this.sawBody = true
    else if (parent === 'body' && name === 'tu') this.build(element, tag.isSelfClosing)
    else if (this.root?.name === 'tmx' && (parent === 'tmx' || parent === 'body')) {
      this.report(element, 'tmx-unexpected-element', `<${name}> cannot appear in <${parent}>; skipped`, 'warning', name)
    }
  }

  private openRoot(element: XmlElement): void {
    if (this.root) return
    this.root = element
    if (element.name !== 'tmx') {
      this.report(element, 'tmx-root', `expected a <tmx> root element, found <${element.name}>`)
      return
    }
    const version = element.attributes['version']
    if (version !== undefined && !/^1\.[1-4]/.test(version)) {
      this.report(element, 'tmx-version', `TMX ${version} read as 1.4`, 'warning', version)
    }
  }

  private build(element: XmlElement, selfClosing: boolean): void {
    if (selfClosing) this.finish(element)
    else this.building.push(element)
  }

  private closeTag(tag: SaxesTagNS): void {
    // A self-closing element was handled whole when it opened.
    if (tag.isSelfClosing) return
    this.path.pop()
    const element = this.building.pop()
    if (element && this.building.length === 0) this.finish(element)
  }

  private finish(element: XmlElement): void {
    if (element.name === 'header') {
      this.onHeader(readHeader(element, this))
      return
    }
    const unit = readUnit(element, this)
    if (!unit) return
    if (unit.id !== undefined) {
      if (this.tuids.has(unit.id)) this.report(element, 'tmx-duplicate-tuid', `tuid ${unit.id} appears more than once`, 'warning', unit.id)
      this.tuids.add(unit.id)
    }
    this.ready.push(unit)
  }
}
