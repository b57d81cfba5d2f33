import type {Placeholder} from '@tolmach/core'
import {splitPlaceholderText} from '@tolmach/core'
import {fixFlanking, type RestorePiece} from './restore-flanking.js'
import {destination} from './rebuild-autolinks.js'
import type {RestoreMarkdownOptions} from './types.js'

const alwaysEscaped = new Set(['*', '_', '`', '[', '~'])
const punctuation = /[!-/:-@[-`{-~]/

/**
 * The characters micromark's GFM autolink literals hinge on (`http:/`,
 * `www.`, `a@b`), as mdast-util-gfm-autolink-literal lists them for
 * remark-stringify, in either case. Text that was no link in the source
 * (after a `[` that left the bracket open, or a dotless `http://e`) must
 * not become one because `[` is now written `\[`: escaped, these characters
 * start no autolink and read back as the same text.
 */
function startsAutolinkLiteral(c: string, before: string, after: string): boolean {
  if (c === ':') return /[ps]$/i.test(before) && after === '/'
  // micromark also reads `www.]x` as an address: after `www`, `.` is escaped whatever follows.
  if (c === '.') return (/[Ww]/.test(before.at(-1) ?? '') && /[-.\w]/.test(after)) || /www$/i.test(before)
  if (c === '@') return /[+\-.\w]$/.test(before) && /[-.\w]/.test(after)
  return false
}

/** Escapes a run of text so Markdown reads it back as the same text. */
function escapeText(text: string, previous: string, next: string, inLabel: boolean, lineStart: boolean, tableCell: boolean, closedAfter = true, all = false): string {
  let out = ''
  let atLineStart = lineStart
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const after = i + 1 < text.length ? text[i + 1]! : next
    if (atLineStart) {
      atLineStart = false
      const rest = text.slice(i, i + 12)
      // A marker ends at a space, a tab or the line's end (`+` alone on its line starts a list item too).
      if (/^(?:#|>|[-+=](?:[ \t\r\n]|$))/.test(rest)) {
        out += `\\${c}`
        continue
      }
      const ordered = /^(\d{1,9})[.)](?:[ \t\r\n]|$)/.exec(rest)
      if (ordered) {
        out += `${ordered[1]}\\${rest[ordered[1]!.length]}`
        i += ordered[1]!.length
        continue
      }
    }
    if (c === '\n') atLineStart = true
    let unsafe = alwaysEscaped.has(c)
    if (c === '\\') unsafe = after === '' || after === '\n' || after === '\r' || punctuation.test(after)
    else if (c === ']') unsafe = inLabel
    else if (c === '|') unsafe = tableCell
    // HTML, or an autolink: `<a@b.co>` may start with any character an e-mail address may (`<{1}a@b.co>`).
    // Every such construct ends in `>`, so a `<` that no `>` follows stays bare (after a bare address a backslash would join it).
    else if (c === '<') unsafe = /[!/?A-Za-z0-9#$%&'*+=^_`{|}~.-]/.test(after) && (closedAfter || text.includes('>', i))
    else if (c === '!') unsafe = after === '['
    else if (c === '&') unsafe = /^#?[A-Za-z0-9]+;/.test(text.slice(i + 1, i + 40))
    else if (!unsafe && !inLabel) unsafe = startsAutolinkLiteral(c, i >= 3 ? text.slice(i - 3, i) : (previous + text.slice(0, i)).slice(-3), after)
    // CommonMark lets any ASCII punctuation be escaped, and an escaped character starts no construct.
    // A label's text is left alone: a reference's label must match its definition as written.
    if (all && !inLabel && !unsafe) unsafe = punctuation.test(c)
    out += unsafe ? `\\${c}` : c
  }
  return out
}

/**
 * Turns a segment's text (translated or not) back into Markdown inline
 * source: each placeholder becomes the Markdown it was taken from, and plain
 * text is escaped where it would otherwise read as markup. `split`
 * placeholders write nothing: they stand for markup cut at a sentence
 * boundary whose real markers live in the neighbouring segments, so joining
 * the restored segments of a block rebuilds that markup once.
 */
export function restoreMarkdown(text: string, placeholders: readonly Placeholder[], options: RestoreMarkdownOptions = {}): string {
  if (typeof text !== 'string') throw new TypeError('restoreMarkdown: `text` must be a string')
  if (!Array.isArray(placeholders)) throw new TypeError('restoreMarkdown: `placeholders` must be an array')
  const parts = splitPlaceholderText(text, placeholders)
  const explicit = options.explicit ?? 0
  const all = explicit >= 1
  const alternating = explicit >= 2
  // Emphasis markers written so far, open ones by id (alternating writing).
  const delimiters = {depth: 0, open: new Map<number, string>()}
  const out: RestorePiece[] = []
  let labels = 0
  let addresses = 0
  let lineStart = options.lineStart === true
  const bare: {index: number; atom: Placeholder}[] = []
  // Whether a `>` is written after each part: only then can a `<` of the text start an autolink.
  const gtAfter: boolean[] = new Array(parts.length + 1).fill(false)
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!
    gtAfter[k] = gtAfter[k + 1]! || (typeof part === 'string' ? part : part.markdown).includes('>')
  }
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!
    if (typeof part === 'string' && addresses > 0) {
      // An autolink's text is its address, read without escapes (`<…>`, `www.…`): written as it is,
      // and no character of it may become a reference.
      out.push({text: part, role: 'other'})
      lineStart = false
      continue
    }
    if (typeof part === 'string') {
      const following = parts[k + 1]
      const next = following === undefined ? '' : typeof following === 'string' ? following[0]! : following.split ? '' : following.markdown[0] ?? ''
      // After a written address (`www.a.kz[www`), a `www` ends that address and starts none:
      // a backslash there would become part of its path.
      const before = k > 0 ? parts[k - 1] : undefined
      // Not after `[www` though: escaped as `\[`, the `[` lets micromark start an address at that `www` and read on.
      const beforeAtom = k > 1 ? parts[k - 2] : undefined
      const afterBracket = typeof beforeAtom === 'string' && beforeAtom.endsWith('[')
      const atomBefore = typeof before === 'object' && before.node === 'link' && !before.split && before.markdown.length >= 3 && !/^[<[]/.test(before.markdown) && !afterBracket
      // So after the close of a bare address (one cut at a sentence boundary, whose text is written as it is).
      const closeBefore = typeof before === 'object' && before.node === 'link' && before.type === 'close' && before.markdown === ''
      const inAddress = atomBefore || closeBefore
      const previous = inAddress ? '' : out.slice(-3).map((piece) => piece.text).join('').slice(-3)
      if (!all && labels === 0 && part.endsWith('[') && typeof following === 'object' && following.node === 'link' && following.type === 'open' && following.markdown === '' && following.data?.['reader'] === 'transform' && !closedLater(parts, k + 1)) {
        // An address cut at a sentence boundary stays bare, and is read by the transform after an open `[`
        // but by micromark after `\[`, which end it differently: an open `[` that nothing closes stays as it was.
        out.push({text: `${escapeText(part.slice(0, -1), previous, '[', false, lineStart, options.tableCell === true, gtAfter[k + 1]!, all)}[`, role: 'text'})
      } else out.push({text: escapeText(part, previous, next, labels > 0, lineStart, options.tableCell === true, gtAfter[k + 1]!, all), role: 'text'})
      lineStart = false
      continue
    }
    // The text of an autolink (`www.x`, `<…>`, whose markers are '' or `<`/`>`) is no label: it is its address.
    const written = all && part.node === 'link' && part.markdown === '' && part.type !== 'standalone' ? explicitMarker(part, placeholders) : part.markdown
    const isLabel = (part.node === 'link' || part.node === 'linkReference') && !['', '<', '>'].includes(written)
    if (isLabel && part.type === 'open') labels++
    if (isLabel && part.type === 'close') labels = Math.max(0, labels - 1)
    const isAddress = part.node === 'link' && ['', '<', '>'].includes(written)
    if (isAddress && part.type === 'open') addresses++
    if (isAddress && part.type === 'close') addresses = Math.max(0, addresses - 1)
    if (part.split) continue
    const attention = (part.node === 'emphasis' || part.node === 'strong' || part.node === 'delete') && /^([*_~])\1*$/.test(part.markdown)
    if (attention && part.type !== 'standalone') {
      const markdown = alternating ? alternate(part, delimiters, explicit === 3 ? 1 : 0) : part.markdown
      out.push({text: markdown, role: part.type, delimiter: markdown[0]!})
    }
    else {
      const piece: RestorePiece = {text: written, role: 'other'}
      if (part.data?.['bare'] === 1) {
        bare.push({index: out.length, atom: part})
        // Emphasis may need a character of its own beside the address: then it is written as `[text](url)`.
        piece.explicit = () => writeExplicit(part, out, out.indexOf(piece), options)
      }
      out.push(piece)
    }
    lineStart = part.node === 'break'
  }
  for (const {index, atom} of bare) if (all || !readsAlone(atom, out, index)) writeExplicit(atom, out, index, options)
  return fixFlanking(out)
}

/**
 * A marker of a bare address pair (`www.x` cut at a sentence boundary, so
 * no atom of one segment) written as half of `[text](url)`: each segment
 * holds one real marker, so the joined block reads one explicit link that
 * no character after it can extend. Without a known destination it stays bare.
 */
function explicitMarker(part: Placeholder, placeholders: readonly Placeholder[]): string {
  const url = placeholders.find((p) => p.id === part.id && p.type === 'open')?.data?.['url']
  if (typeof url !== 'string') return part.markdown
  return part.type === 'open' ? '[' : `](${destination(url)})`
}

/**
 * An emphasis marker written with `*` or `_` by nesting depth, so that
 * nested markers never form one delimiter run (`**` of two emphases, which
 * CommonMark's rule of three may pair otherwise). `~` stays `~`.
 */
function alternate(part: Placeholder, delimiters: {depth: number; open: Map<number, string>}, phase: 0 | 1): string {
  if (part.markdown[0] === '~') return part.markdown
  if (part.type === 'close') {
    const char = delimiters.open.get(part.id) ?? part.markdown[0]!
    delimiters.open.delete(part.id)
    delimiters.depth = Math.max(0, delimiters.depth - 1)
    return char.repeat(part.markdown.length)
  }
  const char = (delimiters.depth + phase) % 2 === 0 ? '*' : '_'
  delimiters.open.set(part.id, char)
  delimiters.depth++
  return char.repeat(part.markdown.length)
}

/** Whether a `]` of the text (outside addresses) follows `from`: it could close a `[` written bare. */
function closedLater(parts: ReturnType<typeof splitPlaceholderText>, from: number): boolean {
  let addresses = 0
  for (let k = from; k < parts.length; k++) {
    const part = parts[k]!
    if (typeof part === 'string') {
      if (addresses === 0 && part.includes(']')) return true
    } else if (part.node === 'link' && ['', '<', '>'].includes(part.markdown)) addresses += part.type === 'open' ? 1 : part.type === 'close' ? -1 : 0
  }
  return false
}

// Trailing punctuation that ends a GFM autolink literal for both readers of it: micromark's
// (micromark-extension-gfm-autolink-literal, `trail`) and the mdast transform that finds
// addresses after an open `[` (mdast-util-gfm-autolink-literal, `splitUrl`). Each also ends
// one at other characters (`*_~` only micromark, `&<>]}` only the transform), which are left out.
const sharedTrail = /^[!"'),.:;?]$/
// Characters an address written bare may end with and still be read whole by both.
const endsOwnAddress = /[!"'*,.:;?_~\]&<>}\\]$/

/**
 * Whether a bare address written as it was in the source (`www.x`,
 * `https://x`, `a@b.co`) reads back as the same link where it now stands.
 * Which characters end an address depends on which reader finds it (micromark,
 * or the mdast transform after an unbalanced `[`, which escaping `[` as `\[`
 * changes), so the address must end where both readers end it: at
 * whitespace, a marker of emphasis, or the end of the text, after at most a
 * run of punctuation both take as trailing. Otherwise it is written as
 * `[text](url)`, the same link whatever follows or precedes it.
 */
function readsAlone(atom: Placeholder, out: readonly RestorePiece[], index: number): boolean {
  const text = String(atom.data?.['text'] ?? '')
  if (atom.markdown !== text || endsOwnAddress.test(text)) return false
  // Only the transform reads on past `]` and `<`, and micromark may read an e-mail inside a web address that holds a `@`.
  if (/[\]<]/.test(text) || (!String(atom.data?.['url'] ?? '').startsWith('mailto:') && text.includes('@'))) return false
  // Parentheses in an address count (a `)` closes one); only where none opened is a `)` trailing.
  if (text.endsWith(')') && text.split('(').length !== text.split(')').length) return false
  const before = out
    .slice(0, index)
    .map((piece) => piece.text)
    .join('')
  // Right after `\[` either reader may take the address. Where the transform read it whole in the source
  // (after a `[` that may have been open there, now `\[`, or where micromark cannot start it), micromark may start another address inside it.
  if (String(atom.data?.['url'] ?? '').startsWith('mailto:')) {
    const after = out
      .slice(index + 1)
      .map((piece) => piece.text)
      .join('')
    // Where micromark cannot start the address (after `/`) but reads on, it starts a web address inside it (`a@b.kz.http://…`).
    if (/(?:https?:|www\.)/i.test(text.slice(1) + after.slice(0, 1))) return false
    // An e-mail address ends, for both readers, at the first character that cannot be part of it.
    return !/^[-.\w+@]/.test(after)
  }
  const transformOnly = !micromarkStarts(text, before.at(-1) ?? '')
  if (/\\\[$/.test(before) || ((transformOnly || before.includes('\\[')) && /(?:https?:|www\.)/i.test(text.slice(1)))) return false
  for (let i = index + 1; i < out.length; i++) {
    const piece = out[i]!
    // The transform reads one text node: any markup ends what it reads (micromark reads on past a marker).
    if (piece.role === 'open' || piece.role === 'close') {
      if (transformOnly) return true
      continue
    }
    if (piece.role === 'other') return transformOnly || /^\s/.test(piece.text)
    for (const c of piece.text) {
      if (/\s/.test(c)) return true
      if (!sharedTrail.test(c) || (c === ')' && text.includes('('))) return false
    }
  }
  return true
}

/** Whether micromark starts an autolink literal at `text` after `previous` (its `previousWww`, `previousProtocol`). */
function micromarkStarts(text: string, previous: string): boolean {
  if (/^www\./i.test(text)) return previous === '' || /[\s(*_[\]~]/.test(previous)
  if (/^https?:/i.test(text)) return !/[A-Za-z]/.test(previous)
  return true
}

/**
 * Writes the bare address at `index` as `[text](url)`. A `!` or a lone
 * backslash the text before left bare (before a letter) would now make an
 * image or escape the `[`: the `!` is escaped, the backslash doubled.
 */
function writeExplicit(atom: Placeholder, out: RestorePiece[], index: number, options: RestoreMarkdownOptions): void {
  const previous = out[index - 1]
  const text = previous?.text ?? ''
  const backslash = /(?<!\\)(?:\\\\)*\\$/.test(text)
  if (previous && !backslash && /(?<!\\)(?:\\\\)*!$/.test(text)) previous.text = `${text.slice(0, -1)}\\!`
  out[index]!.text = `${backslash ? '\\' : ''}${explicitLink(atom, options)}`
  delete out[index]!.explicit
}

/** A bare address as `[text](url)`: the same link, which no following character can extend. */
function explicitLink(atom: Placeholder, options: RestoreMarkdownOptions): string {
  const text = escapeText(String(atom.data?.['text'] ?? ''), '', '', true, false, options.tableCell === true)
  return `[${text}](${destination(String(atom.data?.['url'] ?? ''))})`
}
