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
  /** For a bare address: writes it as `[text](url)`, which starts and ends with punctuation. */
  explicit?: () => void
}

const whitespace = /\s/u
const punctuation = /[\p{P}\p{S}]/u

function isWord(c: string): boolean {
  return c !== '' && !whitespace.test(c) && !punctuation.test(c)
}

function reference(c: string): string {
  return `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`
}

/** The nearest piece from `i` in direction `step` that writes something. */
function nearestWritten(pieces: readonly RestorePiece[], i: number, step: 1 | -1): RestorePiece | undefined {
  for (let k = i + step; k >= 0 && k < pieces.length; k += step) if (pieces[k]!.text !== '') return pieces[k]
  return undefined
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
      const prev = nearestWritten(pieces, i, -1)
      const next = after.text[0] ?? ''
      if (prev) {
        const last = [...prev.text].at(-1)!
        if (isWord(last) && (punctuation.test(next) || underscore)) {
          if (prev.role === 'text') prev.text = prev.text.slice(0, -last.length) + reference(last)
          else prev.explicit?.()
        }
      }
    } else if (piece.role === 'close' && before && written(before)) {
      const space = before.role === 'text' ? (/[ \t]+$/.exec(before.text)?.[0] ?? '') : ''
      if (space && before.text.length > space.length) {
        before.text = before.text.slice(0, -space.length)
        if (after?.role === 'text') after.text = space + after.text
        else pieces.splice(i + 1, 0, {text: space, role: 'text'})
      }
      const next = nearestWritten(pieces, i, 1)
      const last = [...before.text].at(-1) ?? ''
      if (next) {
        const first = [...next.text][0]!
        if (isWord(first) && (punctuation.test(last) || underscore)) {
          if (next.role === 'text') next.text = reference(first) + next.text.slice(first.length)
          else next.explicit?.()
        }
      }
    }
  }
  return pieces.map((p) => p.text).join('')
}
