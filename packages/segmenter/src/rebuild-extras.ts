import type {Segment} from '@tolmach/core'
import type {Nodes} from 'mdast'
import {parseMarkdown} from './markdown-parse.js'
import {escapeAlt, escapeTitle, labelEnd} from './rebuild-escape.js'

/**
 * Where an alt text or title segment is written back, in source offsets,
 * and how: `write` turns its (translated) text into the Markdown for
 * `[start, end)`.
 */
export interface ExtraSlot {
  start: number
  end: number
  write(text: string): string
}

interface ImageLabel {
  start: number
  end: number
  nodeEnd: number
  /** Collapsed or shortcut references: the label is also the reference. */
  labelIsReference: boolean
}

function imageLabels(source: string): ImageLabel[] {
  const labels: ImageLabel[] = []
  const walk = (node: Nodes): void => {
    if ((node.type === 'image' || node.type === 'imageReference') && node.position) {
      const nodeStart = node.position.start.offset!
      const nodeEnd = node.position.end.offset!
      const end = labelEnd(source.slice(0, nodeEnd), nodeStart + 1)
      if (end >= 0) {
        const labelIsReference = node.type === 'imageReference' && node.referenceType !== 'full'
        labels.push({start: nodeStart + 2, end, nodeEnd, labelIsReference})
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(parseMarkdown(source))
  return labels
}

/**
 * Slots for the alt-text and title segments. An alt text replaces the whole
 * image label (so emphasis inside it, which mdast flattens away, is not left
 * half behind); when that label is also the reference (`![alt][]`,
 * `![alt]`), a changed alt keeps the reference by writing it out in full.
 */
export function extraSlots(source: string, segments: readonly Segment[]): Map<Segment, ExtraSlot> {
  const slots = new Map<Segment, ExtraSlot>()
  const alts = segments.filter((s) => s.kind === 'imageAlt')
  const labels = alts.length > 0 ? imageLabels(source) : []
  for (const segment of alts) {
    const start = segment.position.start.offset
    const label = labels.find((l) => l.start <= start && segment.position.end.offset <= l.end)
    if (!label) continue
    const original = source.slice(label.start, label.end)
    if (label.labelIsReference) {
      slots.set(segment, {
        start: label.start,
        end: label.nodeEnd,
        write: (text) =>
          text === segment.text ? source.slice(label.start, label.nodeEnd) : `${escapeAlt(text)}][${original}]`
      })
    } else slots.set(segment, {start: label.start, end: label.end, write: escapeAlt})
  }
  for (const segment of segments) {
    if (segment.kind !== 'linkTitle') continue
    const {start} = segment.position
    const open = source[start.offset - 1] ?? '"'
    slots.set(segment, {start: start.offset, end: segment.position.end.offset, write: (text) => escapeTitle(text, open)})
  }
  return slots
}
