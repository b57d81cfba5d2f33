import {readerMessage} from './read-messages.js'
import {checkReadOptions, createReadContext, type ReadContext} from './read-context.js'
import type {ReadDocument, ReadOptions, ReadUnit} from './types.js'
import {parseXmlTree, type XmlElement} from './xml-tree.js'

export interface OpenXliff {
  root: XmlElement | undefined
  context: ReadContext
}

/**
 * Parses XLIFF of either version up to its root: the `<xliff>` element, or
 * undefined with a finding (at the root element, else at the file start) when
 * the root is anything else.
 */
export function parseXliff(xml: string, options: ReadOptions | undefined): OpenXliff {
  checkReadOptions(options)
  if (typeof xml !== 'string') throw new TypeError('xml must be a string')
  const tree = parseXmlTree(xml, options?.file)
  const context = createReadContext(tree, options?.file)
  const root = tree.root
  if (root?.name !== 'xliff') {
    const at = root ?? {position: tree.pointAt(0)}
    context.report(at as XmlElement, 'xliff-root', (root ? readerMessage('xliffRoot', {name: root.name}) : readerMessage('xliffNoRoot')))
    return {root: undefined, context}
  }
  return {root, context}
}

/** The XLIFF major version a root element declares: its namespace, else its `version` attribute. */
export function xliffMajorVersion(root: XmlElement): 1 | 2 {
  if (root.uri.startsWith('urn:oasis:names:tc:xliff:document:2.')) return 2
  if (root.uri.startsWith('urn:oasis:names:tc:xliff:document:1.')) return 1
  return root.attributes['version']?.trim().startsWith('2') ? 2 : 1
}

/** A namespace other than the version's own is only a warning: the units can still be read. */
export function checkXliffNamespace({root, context}: OpenXliff, namespace: string): void {
  if (root && root.uri !== namespace) {
    context.report(root, 'xliff-namespace', readerMessage('xliffNamespace', {namespace}), 'warning', root.uri || '(none)')
  }
}

/** Where units belong in one XLIFF version: the container an element makes inside another (undefined: not a container). */
export interface XliffLayout {
  unitName: string
  /** `file`, `body`, `group`… for a child named `name` of a container of kind `parent` (`xliff` at the root). */
  container(parent: string, name: string): string | undefined
  /** Containers whose direct children may be units. */
  holdsUnits: ReadonlySet<string>
  newDocument(file: XmlElement | undefined): ReadDocument
}

/**
 * Every unit in the file, in document order, grouped by `<file>`. A unit out
 * of its place (outside `<body>`/`<file>`, in an unknown wrapper, inside
 * another unit) is read all the same and named by an `xliff-misplaced-unit`
 * warning, so nothing in the file goes unchecked. A unit whose id was
 * already seen in its `<file>` is reported and still kept. The walk is
 * iterative: nesting depth costs no call stack.
 */
export function collectDocuments(
  root: XmlElement,
  layout: XliffLayout,
  readUnit: (element: XmlElement, context: ReadContext) => ReadUnit | undefined,
  context: ReadContext
): ReadDocument[] {
  type Owner = {document: ReadDocument; seen: Set<string>}
  type Frame = {element: XmlElement; parent: XmlElement; parentKind: string | undefined; owner: Owner | undefined}
  const documents: ReadDocument[] = []
  let stray: Owner | undefined
  const stack: Frame[] = []
  const pushChildren = (element: XmlElement, kind: string | undefined, owner: Owner | undefined) => {
    // Reversed, so that elements are visited in document order.
    for (let k = element.children.length - 1; k >= 0; k--) {
      const child = element.children[k]!
      if (typeof child !== 'string') stack.push({element: child, parent: element, parentKind: kind, owner})
    }
  }
  pushChildren(root, 'xliff', undefined)
  while (stack.length > 0) {
    const {element, parent, parentKind, owner} = stack.pop()!
    if (element.name !== layout.unitName) {
      const kind = parentKind === undefined ? undefined : layout.container(parentKind, element.name)
      let childOwner = owner
      if (kind === 'file') {
        childOwner = {document: layout.newDocument(element), seen: new Set()}
        documents.push(childOwner.document)
      }
      pushChildren(element, kind, childOwner)
      continue
    }
    if (parentKind === undefined || !layout.holdsUnits.has(parentKind)) {
      context.report(element, 'xliff-misplaced-unit', readerMessage('xliffMisplacedUnit', {name: element.name, parent: parent.name}), 'warning', parent.name)
    }
    if (!owner && !stray) {
      stray = {document: layout.newDocument(undefined), seen: new Set()}
      documents.push(stray.document)
    }
    const target = (owner ?? stray)!
    const unit = readUnit(element, context)
    if (unit) {
      if (target.seen.has(unit.id)) {
        context.report(element, 'xliff-duplicate-id', readerMessage('xliffDuplicateId', {id: unit.id}), 'error', unit.id)
      }
      target.seen.add(unit.id)
      target.document.units.push(unit)
    }
    // Units nested in this one are found too.
    pushChildren(element, undefined, target)
  }
  return documents
}
