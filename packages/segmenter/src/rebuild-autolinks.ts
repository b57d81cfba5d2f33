import type {Placeholder} from '@tolmach/core'
import {placeholderToken} from '@tolmach/core'
import {addressOf, followAddress} from './rebuild-autolink-follow.js'

/** An autolink (`<https://…>`, `www.…`, a bare e-mail): its text is its address. */
function isAutolink(open: Placeholder): boolean {
  return open.node === 'link' && (open.markdown === '<' || open.markdown === '')
}

/** An autolink literal (`www.x`, `http://x`, `a@b.co`), which text right after it can extend; not `<…>`. */
function isBare(open: Placeholder): boolean {
  return open.markdown === ''
}

/** A link destination: bare when it can be, else in `<…>`. */
export function destination(url: string): string {
  // Backslash escapes, not percent-encoding: the link must keep the very address it had.
  const escaped = url.replace(/[\\<>]|&(?=#?[A-Za-z0-9]+;)/g, (c) => `\\${c}`)
  return /[\s()<>]/.test(url) ? `<${escaped}>` : escaped
}

export interface AutolinkRewrite {
  text: string
  placeholders: Placeholder[]
}

/**
 * An autolink's text is copied verbatim, never escaped (a backslash inside
 * `<…>` is a literal character of the address): while the translation keeps
 * the address, the pair and its text become one atomic placeholder holding
 * the source markup. When the translation changes the text, the address
 * can no longer be the text, so the pair is written as `[text](url)`.
 */
export function rewriteAutolinks(
  target: string,
  sourceText: string,
  placeholders: readonly Placeholder[],
  sourceOf: (open: Placeholder, close: Placeholder) => string
): AutolinkRewrite {
  let text = target
  // A new id must not be one that token-like prose in either text already shows (`{2/}` written literally).
  const literalIds = [...`${target} ${sourceText}`.matchAll(/\{\/?(\d+)\/?\}/g)].map((m) => Number(m[1]))
  let next = Math.max(0, ...placeholders.map((p) => p.id), ...literalIds) + 1
  const out = [...placeholders]
  // Prose like `{2/}` inside an address is text; only a token of this segment's markup makes the address ambiguous.
  const tokens = new Set(placeholders.map(placeholderToken))
  const holdsToken = (value: string) => [...value.matchAll(/\{\/?\d+\/?\}/g)].some((m) => tokens.has(m[0]))
  for (const open of placeholders) {
    if (open.type !== 'open' || open.split || !isAutolink(open)) continue
    const close = placeholders.find((p) => p.type === 'close' && p.id === open.id)
    if (!close || close.split) continue
    const openToken = placeholderToken(open)
    const closeToken = placeholderToken(close)
    const inner = (t: string) => {
      const a = t.indexOf(openToken)
      const b = t.indexOf(closeToken, a)
      return a < 0 || b < 0 ? undefined : {a, b, value: t.slice(a + openToken.length, b)}
    }
    const got = inner(text)
    const was = inner(sourceText)
    if (!got || !was) continue
    const index = out.indexOf(open)
    if (got.value === was.value && !holdsToken(got.value)) {
      const url = typeof open.data?.['url'] === 'string' ? open.data['url'] : undefined
      // The address and text let restoreMarkdown write `[text](url)` where the text after it would extend a bare address.
      const atom: Placeholder = {id: next++, type: 'standalone', node: 'link', markdown: sourceOf(open, close), offset: 0, ...(url === undefined ? {} : {data: {url, text: got.value, bare: isBare(open) ? 1 : 0}})}
      out.push(atom)
      text = text.slice(0, got.a) + placeholderToken(atom) + text.slice(got.b + closeToken.length)
      continue
    }
    // The visible address changed (`/ru/` → `/en/`): the destination follows it, as an autolink of the new address.
    const followed = holdsToken(got.value) ? undefined : followAddress(got.value, isBare(open))
    if (followed) {
      const atom: Placeholder = {id: next++, type: 'standalone', node: 'link', markdown: followed.markdown, offset: 0, data: {url: followed.url, text: got.value, bare: isBare(open) ? 1 : 0}}
      out.push(atom)
      text = text.slice(0, got.a) + placeholderToken(atom) + text.slice(got.b + closeToken.length)
      continue
    }
    // Words, not an address: the link keeps its destination; an address it cannot write bare still gets its own.
    const source = typeof open.data?.['url'] === 'string' ? open.data['url'] : was.value
    const url = (holdsToken(got.value) ? undefined : addressOf(got.value)) ?? source
    out[index] = {...open, markdown: '['}
    out[out.indexOf(close)] = {...close, markdown: `](${destination(url)})`}
  }
  return {text, placeholders: out}
}
