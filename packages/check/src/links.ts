import type {Lang} from '@tolmach/core'
import type {LinkMention, UrlRewrite} from './types.js'

export const urlRe = /\bhttps?:\/\/[^\s<>«»"{}\u2063]+|\bwww\.[^\s<>«»"{}\u2063]+/gi
export const emailRe = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
export const placeholderRe = /\{\/?\d+\/?\}/g

/** URLs written out in the text, trailing sentence punctuation left out. */
export function findUrls(text: string): LinkMention[] {
  return [...text.matchAll(urlRe)].map((m) => {
    const url = m[0].replace(/[.,;:!?)»”]+$/, '')
    const start = m.index ?? 0
    return {url, start, end: start + url.length}
  })
}

export function findEmails(text: string): LinkMention[] {
  return [...text.matchAll(emailRe)].map((m) => {
    const url = m[0].replace(/\.+$/, '')
    const start = m.index ?? 0
    return {url, start, end: start + url.length}
  })
}

/** The form two URLs are compared in: case-insensitive scheme and host, no trailing slash, no `www.`. */
export function normalizeUrl(url: string): string {
  let u = url.trim()
  const m = u.match(/^([a-z][\w+.-]*:\/\/)?([^/?#]*)(.*)$/i)
  if (m) u = (m[1] ?? '').toLowerCase() + (m[2] ?? '').toLowerCase().replace(/^www\./, '') + (m[3] ?? '')
  u = u.replace(/^https?:\/\//, '//')
  u = u.replace(/\/(?:index\.html?)?(?=$|[?#])/, '')
  return u.replace(/\/+$/, '')
}

/** The default rewrites of localised sites: `/ru/` ↔ `/en/` path segments, `ru.` ↔ `en.` hosts, `lang=ru`. */
export function defaultRewrites(source: Lang, target: Lang): UrlRewrite[] {
  return [
    {from: `/${source}(?=/|$|[?#])`, to: `/${target}`},
    // A site whose default language has no path segment: `…/coc/ru/` ↔ `…/coc/`.
    {from: `/${source}(?=/|$|[?#])`, to: ''},
    {from: `//${source}\\.`, to: `//${target}.`},
    {from: `([?&](?:lang|hl|locale)=)${source}\\b`, to: `$1${target}`},
    {from: `\\.${source}(?=\\.html?$)`, to: `.${target}`}
  ]
}

/** Every URL a source URL may become in the target: itself and its localised forms. */
export function targetForms(url: string, rewrites: readonly UrlRewrite[]): Set<string> {
  const forms = new Set([normalizeUrl(url)])
  let rewritten = url
  for (const r of rewrites) {
    const next = rewritten.replace(new RegExp(r.from, 'g'), r.to)
    if (next !== rewritten) {
      rewritten = next
      forms.add(normalizeUrl(next))
    }
    forms.add(normalizeUrl(url.replace(new RegExp(r.from, 'g'), r.to)))
  }
  return forms
}
