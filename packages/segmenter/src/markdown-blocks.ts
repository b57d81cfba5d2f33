import type {Nodes, PhrasingContent} from 'mdast'
import {alignValue, SourceSpans} from './markdown-align.js'
import {titleSpan} from './markdown-inline.js'

/** What `segmentMarkdown` visits: a block of phrasing content, or a definition's title. */
export type MarkdownUnit =
  | {
      type: 'block'
      kind: 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'blockquote'
      children: PhrasingContent[]
      /** Source range of the block node. */
      start: number
      end: number
    }
  | {type: 'title'; value: string; spans: SourceSpans}

type ContainerKind = 'paragraph' | 'listItem' | 'blockquote'

// Preserved as they are: never segmented.
const opaque = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'math'])

/**
 * Walks the tree in document order and calls `visit` for each translatable
 * unit. A paragraph takes the kind of its nearest container: `listItem` in a
 * list item, `blockquote` in a block quote, `paragraph` elsewhere (footnote
 * definitions included). Code, HTML blocks and front matter are skipped.
 */
export function walkBlocks(root: Nodes, source: string, visit: (unit: MarkdownUnit) => void): void {
  const walk = (node: Nodes, container: ContainerKind): void => {
    if (opaque.has(node.type)) return
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? source.length
    switch (node.type) {
      case 'heading': {
        // Text the autolink transform split has no position: it is aligned from here, which must be past the `#`s.
        const opening = /^ {0,3}#{1,6}(?:[ \t]+|(?=[\r\n]|$))/.exec(source.slice(start, start + 16))
        visit({type: 'block', kind: 'heading', children: node.children, start: start + (opening?.[0].length ?? 0), end})
        return
      }
      case 'paragraph':
        visit({type: 'block', kind: container, children: node.children, start, end})
        return
      case 'tableCell':
        visit({type: 'block', kind: 'tableCell', children: node.children, start, end})
        return
      case 'definition': {
        const span = node.title ? titleSpan(source, end, false) : undefined
        if (node.title && span) {
          const spans = new SourceSpans(node.title.length)
          alignValue(node.title, source, span[0], span[1], spans)
          visit({type: 'title', value: node.title, spans})
        }
        return
      }
      case 'listItem':
        for (const child of node.children) walk(child, 'listItem')
        return
      case 'blockquote':
        for (const child of node.children) walk(child, 'blockquote')
        return
      case 'footnoteDefinition':
        for (const child of node.children) walk(child, 'paragraph')
        return
      default:
        if ('children' in node) for (const child of node.children) walk(child as Nodes, container)
    }
  }
  walk(root, 'paragraph')
}
