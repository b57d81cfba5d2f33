import type {Link, Paragraph} from 'mdast'
import {parseMarkdown} from './markdown-parse.js'

/**
 * The autolink a translated address makes on its own, or undefined when it
 * makes none: `<text>` for an address that was written in angle brackets,
 * the bare text for a GFM literal (`https://…`, `www.…`, an e-mail address).
 * Only when the parser reads the whole text back as one link whose visible
 * text is exactly the translation: then the destination is the new address,
 * never the source's (a visible `/en/` that points to `/ru/`).
 */
export function followAddress(text: string, bare: boolean): {markdown: string; url: string} | undefined {
  if (text === '' || /[\s<>\\]/.test(text)) return undefined
  const markdown = bare ? text : `<${text}>`
  const paragraph = parseMarkdown(`${markdown}\n`).children[0] as Paragraph | undefined
  if (paragraph?.type !== 'paragraph' || paragraph.children.length !== 1) return undefined
  const link = paragraph.children[0] as Link
  if (link.type !== 'link' || link.children.length !== 1) return undefined
  const visible = link.children[0]
  if (visible?.type !== 'text' || visible.value !== text) return undefined
  return {markdown, url: link.url}
}

/**
 * The destination an address-like text names when it cannot be an autolink
 * as written (`https://x/en/news.` ends in punctuation a literal leaves out):
 * the pair is then written `[text](url)` with this url, so the link still
 * goes where its text says. Undefined for text that names no address.
 */
export function addressOf(text: string): string | undefined {
  let url: string | undefined
  if (/^(?:https?|ftp):\/\/[^\s<>]+$/i.test(text) || /^mailto:[^\s<>]+$/i.test(text)) url = text
  else if (/^www\.[^\s<>]+$/i.test(text)) url = `http://${text}`
  else if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text)) url = `mailto:${text}`
  if (url === undefined) return undefined
  try {
    new URL(url)
  } catch {
    return undefined
  }
  return url
}
