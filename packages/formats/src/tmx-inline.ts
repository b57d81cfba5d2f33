import type {Placeholder} from '@tolmach/core'
import {type BptEptElement, bptEptInline} from './bpt-ept-inline.js'
import {namesItself, nodeFromAtom} from './inline-infer.js'
import {xliff12Ctype} from './inline-kinds.js'
import type {InvalidCharHandler} from './xml-escape.js'

/**
 * A text with placeholder tokens as TMX `<seg>` content. Pairs become
 * `bpt`/`ept` matched by `i`; TMX does not nest them, so crossing pairs are
 * written the same way. A half whose partner lives in another segment is an
 * `it` with `pos="begin|end"`, atoms are `ph`. The element content is the
 * Markdown the placeholder stands for, so a tool that flattens inline codes
 * (translate-toolkit) shows the Markdown. `x` carries our placeholder id. An
 * atom's `type` is its mdast node in TMX's vocabulary (`image`, `x-…`); paired
 * codes have none, so OmegaT names them as it names our XLIFF's (inline-infer.ts)
 * and the reader takes their node from the delimiter.
 */
export function tmxSegContent(text: string, placeholders: readonly Placeholder[], onInvalid: InvalidCharHandler): string {
  return bptEptInline(text, placeholders, onInvalid, tmxAttributes)
}

function tmxAttributes(element: BptEptElement, p: Placeholder): Record<string, string | undefined> {
  const id = String(p.id)
  // A letterless atom whose node its Markdown tells gets no type, so OmegaT names it `f` as it does our XLIFF's (inline-infer.ts).
  if (element === 'ph') return {x: id, type: namesItself(p.markdown) || nodeFromAtom(p.markdown) !== p.node ? xliff12Ctype(p.node, true) : undefined}
  if (element === 'it') return {pos: p.type === 'open' ? 'begin' : 'end', x: id}
  if (element === 'bpt') return {i: id, x: id}
  return {i: id}
}
