import type {BlockKind, Placeholder} from '@tolmach/core'
import {placeholderToken} from '@tolmach/core'

const prefixes: Record<BlockKind, string> = {
  heading: 'h',
  paragraph: 'p',
  listItem: 'li',
  tableCell: 'td',
  blockquote: 'bq',
  imageAlt: 'alt',
  linkTitle: 'title',
  frontMatter: 'fm',
  linkUrl: 'url',
  text: 't'
}

const hexByte = Array.from({length: 256}, (_, byte) => byte.toString(16).padStart(2, '0'))

/**
 * cyrb53, a fast 53-bit string hash (plenty against collisions in one
 * document), fed the normalised plain text as it goes: placeholder tokens
 * skipped, whitespace runs folded to one space, ends trimmed. One pass, no
 * intermediate strings: ids must not cost more than finding the sentences.
 */
function hashPlain(seed: string, text: string, placeholders: readonly Placeholder[]): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i <= seed.length; i++) {
    const c = i < seed.length ? seed.charCodeAt(i) : 0
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  // Placeholders come in text order, as segmentMarkdown writes them.
  let next = 0
  let skipFrom = placeholders.length > 0 ? placeholders[0]!.offset : -1
  let started = false
  let space = false
  for (let i = 0; i < text.length; i++) {
    if (i === skipFrom) {
      i += placeholderToken(placeholders[next]!).length - 1
      next++
      skipFrom = next < placeholders.length ? placeholders[next]!.offset : -1
      continue
    }
    let c = text.charCodeAt(i)
    // Letters are past the space: one comparison for most characters.
    if ((c <= 32 && (c === 32 || c === 9 || c === 10 || c === 13)) || c === 0xa0) {
      space = started
      continue
    }
    if (space) {
      h1 = Math.imul(h1 ^ 32, 2654435761)
      h2 = Math.imul(h2 ^ 32, 1597334677)
      space = false
    }
    started = true
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
    // The rest of the word in a tight loop: nothing to fold or skip in it.
    const stop = skipFrom >= 0 ? skipFrom : text.length
    while (i + 1 < stop) {
      c = text.charCodeAt(i + 1)
      if (c <= 32 || c === 0xa0) break
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
      i++
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  // 53 bits: 21 of h2 above 32 of h1, exact in a double.
  return (h2 & 0x1fffff) * 0x100000000 + (h1 >>> 0)
}

/**
 * A 53-bit hash as 14 hex digits, a byte at a time from a table:
 * Number#toString(16) and padStart cost more than the hashing itself.
 */
function hex53(hash: number): string {
  const h2 = Math.floor(hash / 0x100000000)
  const h1 = hash >>> 0
  return (
    hexByte[(h2 >>> 16) & 0x1f]! +
    hexByte[(h2 >>> 8) & 0xff]! +
    hexByte[h2 & 0xff]! +
    hexByte[h1 >>> 24]! +
    hexByte[(h1 >>> 16) & 0xff]! +
    hexByte[(h1 >>> 8) & 0xff]! +
    hexByte[h1 & 0xff]!
  )
}

/**
 * Gives segment ids that depend only on what a segment says: a hash of its
 * kind and normalised plain text (placeholders out, so a changed link URL
 * keeps the id; whitespace folded, so re-wrapping a paragraph does too),
 * plus `-2`, `-3`… for later repeats of the same text. Editing
 * one paragraph changes only that paragraph's ids (and the suffix of its
 * later exact duplicates, if any).
 */
export function createIdGenerator(): (kind: BlockKind, text: string, placeholders: readonly Placeholder[]) => string {
  // Repeats counted by kind and numeric hash, which stand for the id's text
  // one to one: no string to build (and hash again) just to look it up.
  const seen = new Map<BlockKind, Map<number, number>>()
  return (kind, text, placeholders) => {
    const hash = hashPlain(kind, text, placeholders)
    let counts = seen.get(kind)
    if (!counts) {
      counts = new Map()
      seen.set(kind, counts)
    }
    const count = (counts.get(hash) ?? 0) + 1
    counts.set(hash, count)
    const base = `${prefixes[kind]}-${hex53(hash)}`
    return count === 1 ? base : `${base}-${count}`
  }
}
