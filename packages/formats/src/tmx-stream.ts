import {malformedMessage, type ReaderMessage, readerMessage} from './read-messages.js'
import {createFinding, type Finding, type Point, type Severity} from '@tolmach/core'
import {SaxesParser, type SaxesTagPlain} from 'saxes'
import type {ReadContext} from './read-context.js'
import {readHeader, readUnit} from './tmx-elements.js'
import type {ReadOptions, TmxHeader, TmxUnit} from './types.js'
import {findingSource} from './write-context.js'
import {LineTracker} from './line-tracker.js'
import {localName} from './xml-names.js'
import {appendText, maxXmlDepth, saxesOptions, type XmlElement} from './xml-tree.js'

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
  private readonly parser = new SaxesParser(saxesOptions)
  // saxes threw (see guard): nothing more is fed to it.
  private stopped = false
  private readonly lines = new LineTracker()
  private readonly onFinding: (finding: Finding) => void
  private readonly onHeader: (header: TmxHeader) => void
  /** Names of the open elements, root first. */
  private readonly path: string[] = []
  /** The `<header>` or `<tu>`s being built (a `<tu>` may sit inside another), each with its open elements, innermost last. */
  private readonly builds: XmlElement[][] = []
  /** Elements open beyond maxXmlDepth: counted, not built. */
  private overflow = 0
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
    // The first well-formedness error only: XML makes it fatal, and what follows echoes it.
    let malformed = false
    parser.on('error', (error) => {
      if (malformed) return
      malformed = true
      this.reportAt(this.here(), 'xml-malformed', malformedMessage(error.message.replace(/^(?:[^\n]*?:)?\d+:\d+: /, '')), 'error')
    })
    parser.on('doctype', (doctype) => {
      // saxes reads no DTD and expands no entity but XML's five; a declaration is still an error worth a message.
      if (!doctype.includes('<!ENTITY')) return
      this.reportAt(this.pointOf('<!DOCTYPE'), 'tmx-entity-declaration', readerMessage('entityDeclaration'), 'error')
    })
    parser.on('opentagstart', () => {
      this.tagStart = this.pointOf('<')
    })
    parser.on('opentag', (tag) => this.openTag(tag))
    parser.on('closetag', (tag) => this.closeTag(tag))
    const onText = (text: string) => {
      const parent = this.builds.at(-1)?.at(-1)
      if (parent) appendText(parent, text)
    }
    parser.on('text', onText)
    parser.on('cdata', onText)
  }

  write(chunk: string): void {
    // Lines are counted on the text as given, byte-order mark included: it is the file's first character.
    this.lines.feed(chunk)
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
    this.guard(() => this.parser.write(chunk))
    this.lines.forget(this.windowStart)
  }

  end(): void {
    this.guard(() => this.parser.close())
    if (!this.root) this.reportAt(this.here(), 'tmx-root', readerMessage('tmxNoRoot'), 'error')
    else if (this.root.name === 'tmx') {
      if (!this.sawHeader) this.report(this.root, 'tmx-missing-header', readerMessage('tmxMissingHeader'))
      if (!this.sawBody) this.report(this.root, 'tmx-missing-body', readerMessage('tmxMissingBody'))
    }
  }

  /** saxes itself throws on a few malformed ends (`<!` then a lone surrogate): a finding where it stopped, not a crash. */
  private guard(feed: () => void): void {
    if (this.stopped) return
    try {
      feed()
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      this.stopped = true
      this.reportAt(this.here(), 'xml-malformed', readerMessage('xmlStopped', {reason: error.message}), 'error')
    }
  }

  take(): TmxUnit[] {
    const out = this.ready
    this.ready = []
    return out
  }

  report(element: XmlElement | undefined, ruleId: string, message: ReaderMessage, severity: Severity = 'error', actual?: string): void {
    this.reportAt(element?.position, ruleId, message, severity, actual)
  }

  private reportAt(at: Point | undefined, ruleId: string, message: ReaderMessage, severity: Severity, actual?: string): void {
    const place = at ? {start: at, end: at} : undefined
    const finding = createFinding({ruleId, severity, ...message, source: findingSource, file: this.file, place, actual})
    this.findings.push(finding)
    this.onFinding(finding)
  }

  /** Where the parser is now; lines and columns follow core's rule, not saxes' own count. */
  private here(): Point {
    return this.lines.pointAt(this.parser.position + this.bom)
  }

  /** The last `marker` before the parser's position (in the text kept from recent chunks). */
  private pointOf(marker: string): Point {
    const at = this.window.lastIndexOf(marker, this.parser.position - this.windowStart - 1)
    return at === -1 ? this.here() : this.lines.pointAt(this.windowStart + at + this.bom)
  }

  private openTag(tag: SaxesTagPlain): void {
    if (this.overflow > 0 || this.path.length >= maxXmlDepth) {
      if (this.overflow === 0) {
        this.reportAt(this.tagStart, 'xml-too-deep', readerMessage('xmlTooDeep', {depth: maxXmlDepth}), 'error')
      }
      if (!tag.isSelfClosing) this.overflow++
      return
    }
    const name = localName(tag.name)
    const element: XmlElement = {name, uri: '', attributes: {...(tag.attributes as Record<string, string>)}, children: [], position: this.tagStart}
    const parent = this.path.at(-1)
    if (!tag.isSelfClosing) this.path.push(name)
    const current = this.builds.at(-1)
    if (name === 'tu' && parent !== undefined) {
      // Every <tu> is read, wherever it is; one out of place is named.
      if (current) this.report(element, 'tmx-nested-tu', readerMessage('tmxNestedTu'), 'warning')
      else if (parent !== 'body') this.report(element, 'tmx-misplaced-tu', readerMessage('tmxMisplacedTu', {parent}), 'warning', parent)
      this.build(element, tag.isSelfClosing)
    } else if (current) {
      current.at(-1)!.children.push(element)
      if (!tag.isSelfClosing) current.push(element)
    } else if (parent === undefined) this.openRoot(element)
    else if (parent === 'tmx' && name === 'header') {
      this.sawHeader = true
      this.build(element, tag.isSelfClosing)
    } else if (parent === 'tmx' && name === 'body') this.sawBody = true
    else if (this.root?.name === 'tmx' && (parent === 'tmx' || parent === 'body')) {
      this.report(element, 'tmx-unexpected-element', readerMessage('tmxUnexpectedElement', {name, parent}), 'warning', name)
    }
  }

  private openRoot(element: XmlElement): void {
    if (this.root) return
    this.root = element
    if (element.name !== 'tmx') {
      this.report(element, 'tmx-root', readerMessage('tmxRoot', {name: element.name}))
      return
    }
    const version = element.attributes['version']
    if (version !== undefined && !/^1\.[1-4]/.test(version)) {
      this.report(element, 'tmx-version', readerMessage('tmxVersion', {version}), 'warning', version)
    }
  }

  private build(element: XmlElement, selfClosing: boolean): void {
    if (selfClosing) this.finish(element)
    else this.builds.push([element])
  }

  private closeTag(tag: SaxesTagPlain): void {
    // A self-closing element was handled whole when it opened.
    if (tag.isSelfClosing) return
    if (this.overflow > 0) {
      this.overflow--
      return
    }
    this.path.pop()
    const current = this.builds.at(-1)
    if (!current) return
    const element = current.pop()
    if (element && current.length === 0) {
      this.builds.pop()
      this.finish(element)
    }
  }

  private finish(element: XmlElement): void {
    if (element.name === 'header') {
      this.onHeader(readHeader(element, this))
      return
    }
    const unit = readUnit(element, this)
    if (!unit) return
    if (unit.id !== undefined) {
      if (this.tuids.has(unit.id)) this.report(element, 'tmx-duplicate-tuid', readerMessage('tmxDuplicateTuid', {tuid: unit.id}), 'warning', unit.id)
      this.tuids.add(unit.id)
    }
    this.ready.push(unit)
  }
}
