import {checkReadOptions, createReadContext, type ReadContext} from './read-context.js'
import type {ReadOptions, ReadUnit} from './types.js'
import {childElements, parseXmlTree, type XmlElement} from './xml-tree.js'

/**
 * Parses XLIFF of either version up to its root: the `<xliff>` element, or
 * undefined with a finding when the root is anything else. A namespace other
 * than the version's own is only a warning: the units can still be read.
 */
export function openXliff(
  xml: string,
  options: ReadOptions | undefined,
  namespace: string
): {root: XmlElement | undefined; context: ReadContext} {
  checkReadOptions(options)
  if (typeof xml !== 'string') throw new TypeError('xml must be a string')
  const tree = parseXmlTree(xml, options?.file)
  const context = createReadContext(tree, options?.file)
  const root = tree.root
  if (root?.name !== 'xliff') {
    context.report(root, 'xliff-root', `expected an <xliff> root element, found ${root ? `<${root.name}>` : 'none'}`)
    return {root: undefined, context}
  }
  if (root.uri !== namespace) {
    context.report(root, 'xliff-namespace', `expected namespace ${namespace}`, 'warning', root.uri || '(none)')
  }
  return {root, context}
}

/**
 * The units below `container`, through nested `<group>`s, in document order.
 * A unit whose id was already seen is reported and still kept.
 */
export function collectUnits(
  container: XmlElement,
  unitName: string,
  readUnit: (element: XmlElement, context: ReadContext) => ReadUnit | undefined,
  context: ReadContext
): ReadUnit[] {
  const units: ReadUnit[] = []
  const seen = new Set<string>()
  const walk = (parent: XmlElement): void => {
    for (const element of childElements(parent)) {
      if (element.name === 'group') walk(element)
      else if (element.name === unitName) {
        const unit = readUnit(element, context)
        if (!unit) continue
        if (seen.has(unit.id)) {
          context.report(element, 'xliff-duplicate-id', `unit id ${unit.id} appears more than once in this <file>`, 'error', unit.id)
        }
        seen.add(unit.id)
        units.push(unit)
      }
    }
  }
  walk(container)
  return units
}
