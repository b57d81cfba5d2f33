import type {Nodes} from 'mdast'
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import type {Construct, Extension} from 'micromark-util-types'

/**
 * Source offsets where micromark's autolink literal constructs can start in
 * the document being parsed, set by `prepareAutolinks` (parsing is
 * synchronous). Ungated, the constructs break the text at every word (e-mail
 * addresses at any ASCII word, URLs at words in `h` and `w`) and try to read
 * a link there: most of what GFM costs on ordinary prose. Gated, they are
 * tried only where one can start; elsewhere they could only fail, so the tree
 * is the same (markdown-parse.test.ts compares it with remark-gfm's).
 */
const starts = {emailAutolink: new Set<number>(), protocolAutolink: new Set<number>(), wwwAutolink: new Set<number>()}
type GatedName = keyof typeof starts

function isAtext(code: number): boolean {
  return (
    code === 43 ||
    code === 45 ||
    code === 46 ||
    code === 95 ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122)
  )
}

const urlPrefix = /https?:|www\./gi

/**
 * Finds where each construct can start in `markdown`. An e-mail address
 * starts a run of atext (`[A-Za-z0-9+._-]`) that ends right before a literal
 * `@` (it needs the character before it to be no atext, so never inside the
 * run); a URL at a literal `http:`, `https:` or `www.`, in any case.
 * micromark counts offsets after a byte order mark, and so do these.
 */
export function prepareAutolinks(markdown: string, email: boolean, url: boolean): void {
  const shift = markdown.charCodeAt(0) === 0xfeff ? 1 : 0
  const emails = new Set<number>()
  if (email) {
    for (let at = markdown.indexOf('@'); at >= 0; at = markdown.indexOf('@', at + 1)) {
      let start = at
      while (start > shift && isAtext(markdown.charCodeAt(start - 1))) start--
      if (start < at) emails.add(start - shift)
    }
  }
  const protocols = new Set<number>()
  const wwws = new Set<number>()
  if (url) {
    for (const match of markdown.matchAll(urlPrefix)) {
      const set = match[0].length === 4 && match[0][3] === '.' ? wwws : protocols
      set.add(match.index - shift)
    }
  }
  starts.emailAutolink = emails
  starts.protocolAutolink = protocols
  starts.wwwAutolink = wwws
  if (!email && !url) return
  const codesAt = (offsets: Set<number>) => {
    const codes = new Set<number>()
    for (const offset of offsets) codes.add(markdown.charCodeAt(offset + shift))
    return codes
  }
  const codes = {emailAutolink: codesAt(emails), protocolAutolink: codesAt(protocols), wwwAutolink: codesAt(wwws)}
  extensions.email.text = textFor(codes, true)
  extensions.url.text = textFor(codes, false)
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * micromark's own `previous` checks for e-mail and protocol autolinks
 * (`!(code === slash || gfmAtext(code))`, `!asciiAlpha(code)`), as number
 * comparisons: micromark's test a regex against a one-character string, and
 * with e-mail autolinks on, plain text runs them before every ASCII letter.
 */
const fastPrevious: Partial<Record<GatedName, (code: number | null) => boolean>> = {
  emailAutolink: (code) => code === null || (code !== 47 && !isAtext(code)),
  protocolAutolink: (code) => code === null || !isAsciiAlpha(code)
}

function gate(construct: Construct): Construct {
  const name = construct.name
  if (name !== 'emailAutolink' && name !== 'protocolAutolink' && name !== 'wwwAutolink') return construct
  const {tokenize} = construct
  const previous = fastPrevious[name] ?? construct.previous
  const gated: Construct = {
    name,
    tokenize(effects, ok, nok) {
      return starts[name as GatedName].has(this.now().offset) ? tokenize.call(this, effects, ok, nok) : nok
    }
  }
  // `previous` decides whether plain text breaks before a character to try the construct.
  gated.previous = function (code) {
    return (previous === undefined || previous.call(this, code)) && starts[name as GatedName].has(this.now().offset)
  }
  return gated
}

/** The library's text constructs by character code, gated; made on first use. */
let gatedText: Array<[number, Construct[]]> | undefined

function gatedConstructs(): Array<[number, Construct[]]> {
  if (!gatedText) {
    const gated = new Map<Construct, Construct>()
    const wrap = (construct: Construct): Construct => {
      let wrapped = gated.get(construct)
      if (!wrapped) {
        wrapped = gate(construct)
        gated.set(construct, wrapped)
      }
      return wrapped
    }
    gatedText = Object.entries(gfmAutolinkLiteral().text ?? {}).map(([code, entry]) => [
      Number(code),
      (Array.isArray(entry) ? entry : entry ? [entry as Construct] : []).map(wrap)
    ])
  }
  return gatedText
}

/**
 * The two extensions every processor shares, with and without e-mail
 * addresses. micromark combines extensions anew on each parse, so
 * `prepareAutolinks` can give them, per document, only the character codes
 * a construct can start at there: plain text then skips the gate's check
 * before every other ASCII letter. Leaving a construct off where it could
 * only fail changes nothing but the time.
 */
const extensions = {email: {text: {}} as Extension, url: {text: {}} as Extension}

function textFor(codes: Record<GatedName, Set<number>>, email: boolean): Extension['text'] {
  const text: Record<number, Construct[]> = {}
  for (const [code, constructs] of gatedConstructs()) {
    const list = constructs.filter(
      (c) => (email || c.name !== 'emailAutolink') && (codes[c.name as GatedName]?.has(code) ?? true)
    )
    if (list.length > 0) text[code] = list
  }
  return text
}

/**
 * GFM autolink literals, gated; without `email`, e-mail addresses are left
 * out (then only `h`/`H` and `w`/`W` can start one).
 */
export function autolinkLiteral(email: boolean): Extension {
  return email ? extensions.email : extensions.url
}

type FromMarkdownExtension = ReturnType<typeof gfmAutolinkLiteralFromMarkdown>
type Transform = NonNullable<FromMarkdownExtension['transforms']>[number]

// What each of the transform's patterns needs in a text node: a URL starts
// `http://`, `https://` or `www.`; every e-mail pattern has `[\w+.-]@[\w-]+\.[\w-]`
// (`mailto:` and `xmpp:` ones too). A bare `@` (`@user`, `a @ b`) never matches.
const transformTrigger = /https?:\/\/|www\.|[\w+.-]@[\w-]+\.[\w-]/i

/** Whether a text node outside links (the transform skips those) may hold a match. */
function mayMatch(node: Nodes): boolean {
  if (node.type === 'text') return transformTrigger.test(node.value)
  if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return false
  for (const child of node.children) if (mayMatch(child as Nodes)) return true
  return false
}

/**
 * mdast-util-gfm-autolink-literal, with its transform (autolink literals in
 * text, found by pattern: four walks over the tree) run only when one walk
 * finds a text node it could change. Literal URLs micromark already linked
 * sit inside links, so most documents with URLs skip it.
 */
export function autolinkLiteralFromMarkdown(): FromMarkdownExtension {
  const extension = gfmAutolinkLiteralFromMarkdown()
  const transforms = (extension.transforms ?? []).map(
    (transform): Transform =>
      (tree) =>
        mayMatch(tree) ? transform(tree) : undefined
  )
  return {...extension, transforms}
}
