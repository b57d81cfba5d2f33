import {type Placeholder, placeholderToken, type Segment, splitPlaceholderText} from '@tolmach/core'

export interface JoinedText {
  /** The segments' texts joined with a space, tokens renumbered. */
  text: string
  placeholders: Placeholder[]
}

/**
 * Joins one side of a pair (a 2-1 bead has two source segments) into one
 * text. Each segment numbers its placeholders from 1, so the ids of every
 * segment after the first are shifted past the ids already used: tokens stay
 * unique and a reader can pair `{n}` with `{/n}` again. Markup the segmenter
 * cut at the sentence boundary (`_…. …_`) is whole again once both halves are
 * in the same text, so a split open and a later split close of the same node
 * become one ordinary pair.
 */
export function joinSegments(segments: readonly Pick<Segment, 'text' | 'placeholders'>[]): JoinedText {
  if (segments.length === 1) return {text: segments[0]!.text, placeholders: segments[0]!.placeholders}
  let text = ''
  const placeholders: Placeholder[] = []
  // Split opens of earlier segments still waiting for their close.
  const pending: Placeholder[] = []
  let shift = 0
  for (const [index, segment] of segments.entries()) {
    if (index > 0) text += ' '
    let highest = shift
    const opened: Placeholder[] = []
    for (const part of splitPlaceholderText(segment.text, segment.placeholders)) {
      if (typeof part === 'string') {
        text += part
        continue
      }
      const moved: Placeholder = {...part, id: part.id + shift, offset: text.length}
      highest = Math.max(highest, moved.id)
      if (part.split && part.type === 'open') opened.push(moved)
      if (part.split && part.type === 'close') {
        const at = pending.findLastIndex((open) => open.node === part.node)
        if (at !== -1) {
          const [open] = pending.splice(at, 1)
          delete open!.split
          delete moved.split
          moved.id = open!.id
        }
      }
      placeholders.push(moved)
      text += placeholderToken(moved)
    }
    pending.push(...opened)
    shift = highest
  }
  return {text, placeholders}
}
