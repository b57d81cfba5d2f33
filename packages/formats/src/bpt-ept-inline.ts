import type {Placeholder} from '@tolmach/core'
import {inlineParts} from './inline-parts.js'
import {escapeXmlText, type InvalidCharHandler, xmlAttributes} from './xml-escape.js'

/** The inline elements TMX and XLIFF 1.2 share; their attributes differ. */
export type BptEptElement = 'ph' | 'it' | 'bpt' | 'ept'

/**
 * A text with placeholder tokens as `bpt`/`ept`/`it`/`ph` markup: pairs (crossing
 * ones too) become `bpt`/`ept`, a half whose partner is elsewhere `it`, atoms
 * `ph`. Each element holds the Markdown its placeholder stands for; `attributesOf`
 * names the attributes in the format's own vocabulary.
 */
export function bptEptInline(
  text: string,
  placeholders: readonly Placeholder[],
  onInvalid: InvalidCharHandler,
  attributesOf: (element: BptEptElement, placeholder: Placeholder) => Record<string, string | undefined>
): string {
  let out = ''
  for (const part of inlineParts(text, placeholders)) {
    if (typeof part === 'string') {
      out += escapeXmlText(part, onInvalid)
      continue
    }
    const {placeholder, pairing} = part
    const code = escapeXmlText(placeholder.markdown, onInvalid)
    const element: BptEptElement =
      pairing === 'standalone' ? 'ph' : pairing === 'isolated' ? 'it' : placeholder.type === 'open' ? 'bpt' : 'ept'
    out += `<${element}${xmlAttributes(attributesOf(element, placeholder))}>${code}</${element}>`
  }
  return out
}
