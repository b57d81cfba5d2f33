import {readerMessage} from './read-messages.js'
import {nodeFromAtom, nodeFromClose, nodeFromOpen, nodeFromPair} from './inline-infer.js'
import {nodeFromXliff12Ctype} from './inline-kinds.js'
import {placeholderId, type ReadContext, TokenText} from './read-context.js'
import {textContent, type XmlElement} from './xml-tree.js'

/**
 * Reads `<seg>` content back into a text with placeholder tokens. Ids come
 * from `x` (what tolmach writes), else from `i` for `bpt`/`ept`, else the
 * next free number, so foreign TMX (OmegaT, Trados) reads too. `hi` keeps its
 * text; the deprecated `ut` becomes an atom. A paired code without `type`
 * (what tolmach writes, see inline-infer.ts) gets its node from its Markdown.
 */
export function readSeg(seg: XmlElement, context: ReadContext): TokenText {
  const out = new TokenText()
  const state: SegState = {opened: new Map(), used: new Set(), next: 1}
  collectIds(seg, state.used)
  walk(seg, out, state, context)
  return out
}

interface SegState {
  /** `i` of an open `bpt` → its placeholder id, node, and index in the output when the node is to be read from both halves. */
  opened: Map<string, {id: number; node: string; inferAt?: number}>
  used: Set<number>
  next: number
}

function collectIds(element: XmlElement, used: Set<number>): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue
    // A `bpt` without `x` takes its id from `i`: reserve that too.
    const x = child.attributes['x'] ?? (child.name === 'bpt' ? child.attributes['i'] : undefined)
    const id = placeholderId(x)
    if (id !== undefined) used.add(id)
    collectIds(child, used)
  }
}

function freshId(state: SegState): number {
  while (state.used.has(state.next)) state.next++
  state.used.add(state.next)
  return state.next
}

function walk(element: XmlElement, out: TokenText, state: SegState, context: ReadContext): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      out.append(child)
      continue
    }
    const name = child.name
    const markdown = textContent(child)
    const type = child.attributes['type']
    if (name === 'hi') {
      walk(child, out, state, context)
    } else if (name === 'ph' || name === 'ut') {
      const id = placeholderId(child.attributes['x']) ?? freshId(state)
      out.add({id, type: 'standalone', node: type === undefined ? nodeFromAtom(markdown) : nodeFromXliff12Ctype(type), markdown})
    } else if (name === 'bpt' || name === 'ept') {
      const i = child.attributes['i']
      if (i === undefined || i === '') {
        context.report(child, 'tmx-inline-i', readerMessage('tmxInlineI', {name}))
        continue
      }
      if (name === 'bpt') {
        const id = placeholderId(child.attributes['x']) ?? placeholderId(i) ?? freshId(state)
        const node = type === undefined ? nodeFromOpen(markdown) : nodeFromXliff12Ctype(type)
        state.opened.set(i, type === undefined ? {id, node, inferAt: out.placeholders.length} : {id, node})
        out.add({id, type: 'open', node, markdown})
      } else {
        const open = state.opened.get(i)
        if (!open) {
          context.report(child, 'tmx-unpaired-ept', readerMessage('tmxUnpairedEpt', {i}), 'warning', i)
          out.add({id: placeholderId(i) ?? freshId(state), type: 'close', node: '', markdown, split: true})
          continue
        }
        state.opened.delete(i)
        let node = open.node
        if (open.inferAt !== undefined) {
          const begin = out.placeholders[open.inferAt]!
          node = nodeFromPair(begin.markdown, markdown)
          begin.node = node
        }
        out.add({id: open.id, type: 'close', node, markdown})
      }
    } else if (name === 'it') {
      const pos = child.attributes['pos']
      if (pos !== 'begin' && pos !== 'end') {
        context.report(child, 'tmx-inline-pos', readerMessage('tmxInlinePos'), 'error', pos)
        continue
      }
      const id = placeholderId(child.attributes['x']) ?? freshId(state)
      const node = type !== undefined ? nodeFromXliff12Ctype(type) : pos === 'begin' ? nodeFromOpen(markdown) : nodeFromClose(markdown)
      out.add({id, type: pos === 'begin' ? 'open' : 'close', node, markdown, split: true})
    } else {
      context.report(child, 'tmx-unknown-inline', readerMessage('tmxUnknownInline', {name}), 'warning', name)
    }
  }
}
