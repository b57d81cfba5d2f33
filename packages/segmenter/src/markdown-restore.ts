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
function escapeText(text: string, previous: string, next: string, inLabel: boolean, lineStart: boolean, tableCell: boolean): string {
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
    else if (c === '<') unsafe = /[!/?A-Za-z]/.test(after)
    else if (c === '!') unsafe = after === '['
    else if (c === '&') unsafe = /^#?[A-Za-z0-9]+;/.test(text.slice(i + 1, i + 40))
    else if (!unsafe && !inLabel) unsafe = startsAutolinkLiteral(c, i >= 3 ? text.slice(i - 3, i) : (previous + text.slice(0, i)).slice(-3), after)
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
  const out: RestorePiece[] = []
  let labels = 0
  let lineStart = options.lineStart === true
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!
    if (typeof part === 'string') {
      const following = parts[k + 1]
      const next = following === undefined ? '' : typeof following === 'string' ? following[0]! : following.split ? '' : following.markdown[0] ?? ''
      // After a written address (`www.a.kz[www`), a `www` ends that address and starts none:
      // a backslash there would become part of its path.
      const before = k > 0 ? parts[k - 1] : undefined
      // Not after `[www` though: escaped as `\[`, the `[` lets micromark start an address at that `www` and read on.
      const beforeAtom = k > 1 ? parts[k - 2] : undefined
      const afterBracket = typeof beforeAtom === 'string' && beforeAtom.endsWith('[')
      const inAddress = typeof before === 'object' && before.node === 'link' && !before.split && before.markdown.length >= 3 && !/^[<[]/.test(before.markdown) && !afterBracket
      const previous = inAddress ? '' : out.slice(-3).map((piece) => piece.text).join('').slice(-3)
      const escaped = escapeText(part, previous, next, labels > 0, lineStart, options.tableCell === true)
      // A backslash right after a bare address becomes part of it (`www.\_` links `www.\`): write the address as `[text](url)`, which ends at its `)`.
      // After `\[`, micromark may read on into any character that follows the address, escaped or not.
      // So may a character written differently from the source (`&amp;` decoded to `&`): only a space or trailing punctuation surely ends it.
      const extendsAddress = /^\S*?\\/.test(escaped) || (afterBracket && /^\S/.test(part)) || /^[^\s.,:;"'?!)]/.test(escaped)
      const last = out.at(-1)
      if (typeof before === 'object' && before.data?.['bare'] === 1 && extendsAddress && last?.text === before.markdown) {
        // A `!` or backslash the text before left bare (before a letter) would now make an image or escape the `[`.
        const previousPiece = out.at(-2)
        const text = previousPiece?.text ?? ''
        const bare = /(?<!\\)(?:\\\\)*\\$/.test(text)
        if (previousPiece && !bare && /(?<!\\)(?:\\\\)*!$/.test(text)) previousPiece.text = `${text.slice(0, -1)}\\!`
        last.text = `${bare ? '\\' : ''}${explicitLink(before, options)}`
        out.push({text: escapeText(part, '', next, labels > 0, lineStart, options.tableCell === true), role: 'text'})
      } else out.push({text: escaped, role: 'text'})
      lineStart = false
      continue
    }
    const isLabel = part.node === 'link' || part.node === 'linkReference'
    if (isLabel && part.type === 'open') labels++
    if (isLabel && part.type === 'close') labels = Math.max(0, labels - 1)
    if (part.split) continue
    const attention = (part.node === 'emphasis' || part.node === 'strong' || part.node === 'delete') && /^([*_~])\1*$/.test(part.markdown)
    if (attention && part.type !== 'standalone') out.push({text: part.markdown, role: part.type, delimiter: part.markdown[0]!})
    // After `\[`, micromark may read a bare address on past its end: write it as `[text](url)`.
    else if (part.data?.['bare'] === 1 && /\\\[$/.test(out.at(-1)?.text ?? '')) out.push({text: explicitLink(part, options), role: 'other'})
    else out.push({text: part.markdown, role: 'other'})
    lineStart = part.node === 'break'
  }
  return fixFlanking(out)
}

/** A bare address as `[text](url)`: the same link, which no following character can extend. */
function explicitLink(atom: Placeholder, options: RestoreMarkdownOptions): string {
  const text = escapeText(String(atom.data?.['text'] ?? ''), '', '', true, false, options.tableCell === true)
  return `[${text}](${destination(String(atom.data?.['url'] ?? ''))})`
}
