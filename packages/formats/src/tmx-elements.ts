import {readerMessage} from './read-messages.js'
import type {ReadContext} from './read-context.js'
import {readSeg} from './tmx-inline-read.js'
import type {TmxHeader, TmxProp, TmxUnit, TmxVariant} from './types.js'
import {childElements, textContent, type XmlElement} from './xml-tree.js'

/**
 * TMX elements → data. The stream reader hands each `<header>` and `<tu>` here
 * as a small element tree once it is closed, so only one unit is in memory.
 */

const requiredHeader = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']

function readProps(element: XmlElement, context: ReadContext): TmxProp[] {
  const props: TmxProp[] = []
  for (const child of childElements(element, 'prop')) {
    const type = child.attributes['type']
    if (type === undefined) {
      context.report(child, 'tmx-prop-type', readerMessage('tmxPropType'), 'warning')
      continue
    }
    const prop: TmxProp = {type, value: textContent(child)}
    const lang = child.attributes['xml:lang'] ?? child.attributes['lang']
    if (lang !== undefined) prop.lang = lang
    props.push(prop)
  }
  return props
}

const notes = (element: XmlElement) => childElements(element, 'note').map(textContent)

export function readHeader(element: XmlElement, context: ReadContext): TmxHeader {
  const missing = requiredHeader.filter((name) => element.attributes[name] === undefined)
  if (missing.length > 0) {
    const list = missing.join(', ')
    context.report(element, 'tmx-header-attribute', readerMessage('tmxHeaderAttribute', {list}), 'warning', list)
  }
  return {attributes: {...element.attributes}, props: readProps(element, context), notes: notes(element)}
}

export function readUnit(element: XmlElement, context: ReadContext): TmxUnit | undefined {
  const {tuid, ...attributes} = element.attributes
  const variants: TmxVariant[] = []
  for (const tuv of childElements(element, 'tuv')) {
    const variant = readVariant(tuv, context)
    if (variant) variants.push(variant)
  }
  if (variants.length === 0) {
    context.report(element, 'tmx-empty-unit', (tuid === undefined ? readerMessage('tmxEmptyUnit') : readerMessage('tmxEmptyUnitTuid', {tuid})))
    return undefined
  }
  const unit: TmxUnit = {props: readProps(element, context), notes: notes(element), variants, attributes, position: element.position}
  if (tuid !== undefined) unit.id = tuid
  return unit
}

function readVariant(element: XmlElement, context: ReadContext): TmxVariant | undefined {
  // `lang` is TMX 1.1–1.3; 1.4 files use `xml:lang`.
  const lang = element.attributes['xml:lang'] ?? element.attributes['lang']
  if (lang === undefined || lang === '') {
    context.report(element, 'tmx-tuv-lang', readerMessage('tmxTuvLang'))
    return undefined
  }
  const seg = childElements(element, 'seg')[0]
  if (!seg) {
    context.report(element, 'tmx-missing-seg', readerMessage('tmxMissingSeg', {lang}))
    return undefined
  }
  const {text, placeholders} = readSeg(seg, context)
  return {lang, text, placeholders, props: readProps(element, context), notes: notes(element), position: element.position}
}
