/**
 * Delimiter runs (`*`, `**`, `_`, `~~`) open and close emphasis only when
 * they are left- or right-flanking (CommonMark 6.2): a translation that
 * puts a space just inside them (`** word **`) or a letter right outside
 * after punctuation inside (`**word.**s`) would lose the emphasis. As
 * mdast-util-to-markdown does, whitespace just inside moves outside and the
 * outer character is written as a character reference, which reads as the
 * same text and does not block flanking.
 */
export interface RestorePiece {
  text: string
  /** `open`/`close` for an emphasis, strong or delete marker; `text` for escaped text; `other` for any other markup. */
  role: 'text' | 'open' | 'close' | 'other'
  delimiter?: string
}

const whitespace = /\s/u
const punctuation = /[\p{P}\p{S}]/u

function isWord(c: string): boolean {
  return c !== '' && !whitespace.test(c) && !punctuation.test(c)
}

function reference(c: string): string {
  return `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`
}

export function fixFlanking(pieces: RestorePiece[]): string {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!
    if (piece.role !== 'open' && piece.role !== 'close') continue
    const before = pieces[i - 1]
    const after = pieces[i + 1]
    const underscore = piece.delimiter === '_'
    // Markup borders a marker too: another marker (`**__x__**`), or markup written differently
    // from the source (a bare address as `[text](url)`).
    const written = (p: RestorePiece | undefined) => p !== undefined && p.text !== ''
    if (piece.role === 'open' && after && written(after)) {
      const space = after.role === 'text' ? (/^[ \t]+/.exec(after.text)?.[0] ?? '') : ''
      if (space && after.text.length > space.length) {
        after.text = after.text.slice(space.length)
        if (before?.role === 'text') before.text += space
        else {
          pieces.splice(i, 0, {text: space, role: 'text'})
          i++
        }
      }
      const prev = pieces[i - 1]
      const next = after.text[0] ?? ''
      if (prev?.role === 'text' && prev.text !== '') {
        const last = [...prev.text].at(-1)!
        if (isWord(last) && (punctuation.test(next) || underscore)) prev.text = prev.text.slice(0, -last.length) + reference(last)
      }
    } else if (piece.role === 'close' && before && written(before)) {
      const space = before.role === 'text' ? (/[ \t]+$/.exec(before.text)?.[0] ?? '') : ''
      if (space && before.text.length > space.length) {
        before.text = before.text.slice(0, -space.length)
        if (after?.role === 'text') after.text = space + after.text
        else pieces.splice(i + 1, 0, {text: space, role: 'text'})
      }
      const next = pieces[i + 1]
      const last = [...before.text].at(-1) ?? ''
      if (next?.role === 'text' && next.text !== '') {
        const first = [...next.text][0]!
        if (isWord(first) && (punctuation.test(last) || underscore)) next.text = reference(first) + next.text.slice(first.length)
      }
    }
  }
  return pieces.map((p) => p.text).join('')
}
