import type {Placeholder} from '@tolmach/core'
import {xliff12Ctype} from './inline-kinds.js'
import {inlineParts} from './inline-parts.js'
import {escapeXmlText, type InvalidCharHandler, xmlAttributes} from './xml-escape.js'

/**
 * A text with placeholder tokens as TMX `<seg>` content. Pairs become
 * `bpt`/`ept` matched by `i`; TMX does not nest them, so crossing pairs are
 * written the same way. A half whose partner lives in another segment is an
 * `it` with `pos="begin|end"`, atoms are `ph`. The element content is the
 * Markdown the placeholder stands for, so a tool that flattens inline codes
 * (translate-toolkit) shows the Markdown. `x` carries our placeholder id and
 * `type` the mdast node in TMX's vocabulary (`bold`, `italic`, `link`, `x-…`).
 */
export function tmxSegContent(text: string, placeholders: readonly Placeholder[], onInvalid: InvalidCharHandler): string {
  let out = ''
  for (const part of inlineParts(text, placeholders)) {
    if (typeof part === 'string') {
      out += escapeXmlText(part, onInvalid)
      continue
    }
    const {placeholder: p, pairing} = part
    const id = String(p.id)
    const code = escapeXmlText(p.markdown, onInvalid)
    if (pairing === 'standalone') {
      out += `<ph${xmlAttributes({x: id, type: xliff12Ctype(p.node, true)})}>${code}</ph>`
    } else if (pairing === 'isolated') {
      const pos = p.type === 'open' ? 'begin' : 'end'
      out += `<it${xmlAttributes({pos, x: id, type: xliff12Ctype(p.node, false)})}>${code}</it>`
    } else if (p.type === 'open') {
      out += `<bpt${xmlAttributes({i: id, x: id, type: xliff12Ctype(p.node, false)})}>${code}</bpt>`
    } else {
      out += `<ept${xmlAttributes({i: id})}>${code}</ept>`
    }
  }
  return out
}
