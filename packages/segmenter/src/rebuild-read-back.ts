import {type Lang, type Placeholder, type Segment, splitPlaceholderText} from '@tolmach/core'
import {hasLetter} from './markdown-letter.js'
import {segmentMarkdownBlocks} from './segment-markdown.js'

/** A rebuilt block of phrasing content, and the text with markup it must read back as. */
export interface BlockCheck {
  /** The block's segments in the source document. */
  segments: Segment[]
  /** Where the block's segments were written in the rebuilt document. */
  start: number
  end: number
  /** `readingOf` the texts the block was written from. */
  expected: string
}

/** Segments written into other markup (alt texts, titles) or into YAML are read with their own rules. */
export function isPhrasing(segment: Segment): boolean {
  return segment.kind !== 'imageAlt' && segment.kind !== 'linkTitle' && segment.kind !== 'frontMatter'
}

/**
 * What a text with placeholders says, in a form two writings of it share:
 * the prose, and the markup as node kinds in order (a bare address and
 * `[text](url)` are both a link; `*` and `_` both an emphasis). Markup cut
 * at a sentence boundary is counted where its real marker is, and
 * whitespace is left out, so the sentence boundaries of a translation,
 * which a second segmentation may draw elsewhere, do not matter.
 */
export function readingOf(text: string, placeholders: readonly Placeholder[]): string {
  let out = ''
  for (const part of splitPlaceholderText(text, placeholders)) {
    if (typeof part === 'string') out += part
    else if (!part.split) out += `\u0001${part.node}${part.type === 'open' ? '(' : part.type === 'close' ? ')' : '.'}\u0002`
  }
  return out.replace(/\s+/gu, '')
}

/**
 * Reads the rebuilt document back and returns the blocks that do not read
 * as the text they were written from: an escape that made a link, markers
 * that paired differently, a line that became another block. Blocks of no
 * letters are not checked: a second segmentation leaves them out as the
 * first did.
 */
export function unstableBlocks(rebuilt: string, checks: readonly BlockCheck[], lang: Lang, frontMatterKeys: readonly string[]): BlockCheck[] {
  const pending = checks.filter((check) => hasLetter(check.expected))
  if (pending.length === 0) return []
  let segments: Segment[]
  try {
    segments = segmentMarkdownBlocks(rebuilt, {lang, frontMatterKeys}).segments.filter(isPhrasing)
  } catch {
    // A rebuilt document nested past the reader's depth cannot be read back; the source could.
    return pending
  }
  const unstable: BlockCheck[] = []
  let k = 0
  for (const check of [...pending].sort((a, b) => a.start - b.start)) {
    while (k < segments.length && segments[k]!.position.start.offset! < check.start) k++
    let actual = ''
    for (let j = k; j < segments.length && segments[j]!.position.start.offset! < check.end; j++) actual += readingOf(segments[j]!.text, segments[j]!.placeholders)
    if (actual !== check.expected) unstable.push(check)
  }
  return unstable
}
