/**
 * The mdast node of a paired inline code, read from the Markdown it carries.
 * tolmach's TMX writes no `type` on `bpt`/`ept`/`it`: OmegaT names a TMX
 * code after the first letter of its `type` but an XLIFF code after the
 * first letter of its content (none in `**` or `[`), so with a `type` the
 * two never agree and a memory unit with a link or emphasis never matches.
 * The content is the exact delimiter the segmenter cut, so it tells the node.
 */

const byDelimiter: Record<string, string> = {
  '**': 'strong',
  __: 'strong',
  '*': 'emphasis',
  _: 'emphasis',
  '~~': 'delete',
  '~': 'delete',
  '<': 'link',
  '>': 'link',
  '': 'link'
}

/** Node of an opening code alone: `[` reads as a link (a reference is told only by its close). */
export function nodeFromOpen(markdown: string): string {
  if (markdown === '[') return 'link'
  return byDelimiter[markdown] ?? ''
}

/** Node of a closing code: `](url)` ends a link, `]`, `][]` or `][label]` a reference. */
export function nodeFromClose(markdown: string): string {
  if (markdown.startsWith('](')) return 'link'
  if (markdown === ']' || /^\]\[[^\]]*\]$/s.test(markdown)) return 'linkReference'
  return byDelimiter[markdown] ?? ''
}

/** Node of a pair from both halves: the close decides between link and reference. */
export function nodeFromPair(open: string, close: string): string {
  if (open === '[') return nodeFromClose(close) || 'link'
  return nodeFromOpen(open)
}

/**
 * Whether OmegaT can name an atom after its content: it takes the first
 * letter of a TMX code's content, else of its `type`, and the first letter
 * of an XLIFF code's content, else `f`. An atom without a letter (a line
 * break, code of digits) therefore gets no `type` in our TMX, so both sides
 * are `<f0/>` (tmx-inline.ts).
 */
export function namesItself(markdown: string): boolean {
  return /\p{L}/u.test(markdown)
}

/** Node of an atom written without `type`, from the Markdown it carries. */
export function nodeFromAtom(markdown: string): string {
  if (/^(?:\\|[ \t]{2,})?\r?\n$/.test(markdown)) return 'break'
  if (/^(`+)[\s\S]*\1$/.test(markdown)) return 'inlineCode'
  if (/^\[\^[^\]]+\]$/.test(markdown)) return 'footnoteReference'
  if (markdown.startsWith('![')) return 'image'
  if (markdown.startsWith('<')) return 'html'
  return ''
}
