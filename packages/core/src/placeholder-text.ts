import type {Placeholder} from './types.js'

/** The token a placeholder shows as in a segment's text: `{1}`, `{/1}`, `{1/}`. */
export function placeholderToken(placeholder: Pick<Placeholder, 'id' | 'type'>): string {
  if (placeholder.type === 'open') return `{${placeholder.id}}`
  if (placeholder.type === 'close') return `{/${placeholder.id}}`
  return `{${placeholder.id}/}`
}

export type TextPart = string | Placeholder

/**
 * Splits a segment's text into plain runs and placeholders. Only tokens that
 * name a placeholder of this segment count, so literal braces in prose stay text.
 */
export function splitPlaceholderText(text: string, placeholders: readonly Placeholder[]): TextPart[] {
  const byToken = new Map<string, Placeholder>()
  for (const p of placeholders) byToken.set(placeholderToken(p), p)
  const parts: TextPart[] = []
  const token = /\{\/?\d+\/?\}/g
  let last = 0
  for (const match of text.matchAll(token)) {
    const p = byToken.get(match[0])
    if (!p) continue
    if (match.index > last) parts.push(text.slice(last, match.index))
    parts.push(p)
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push(text.slice(last))
  return parts
}

/** A segment's text without its placeholders: what a reader sees. */
export function stripPlaceholders(text: string, placeholders: readonly Placeholder[]): string {
  return splitPlaceholderText(text, placeholders)
    .filter((part): part is string => typeof part === 'string')
    .join('')
}
