/**
 * XML 1.0 text writing. Text and attribute values are escaped so a parser gives
 * back exactly the string written: `\r` would be normalised to `\n` in text and
 * tabs/newlines to spaces in attributes, so those become character references.
 * Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) are handed to `onInvalid`, which returns their replacement.
 */

/** Replacement for a character XML cannot hold; `index` is its UTF-16 offset. */
export type InvalidCharHandler = (codePoint: number, index: number) => string

export const dropInvalid: InvalidCharHandler = () => ''

export function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd
  if (code <= 0xd7ff) return true
  if (code < 0xe000) return false
  if (code <= 0xfffd) return true
  return code >= 0x10000 && code <= 0x10ffff
}

function escapeXml(value: string, attribute: boolean, onInvalid: InvalidCharHandler): string {
  let out = ''
  let last = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    let replacement: string | undefined
    if (code === 0x26) replacement = '&amp;'
    else if (code === 0x3c) replacement = '&lt;'
    else if (code === 0x3e) replacement = '&gt;'
    else if (code === 0xd) replacement = '&#13;'
    else if (attribute && code === 0x22) replacement = '&quot;'
    else if (attribute && code === 0x9) replacement = '&#9;'
    else if (attribute && code === 0xa) replacement = '&#10;'
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      replacement = onInvalid(code, i)
    } else if (!isXmlChar(code)) replacement = onInvalid(code, i)
    if (replacement === undefined) continue
    out += value.slice(last, i) + replacement
    last = i + 1
  }
  return last === 0 ? value : out + value.slice(last)
}

export function escapeXmlText(value: string, onInvalid: InvalidCharHandler = dropInvalid): string {
  return escapeXml(value, false, onInvalid)
}

export function escapeXmlAttribute(value: string, onInvalid: InvalidCharHandler = dropInvalid): string {
  return escapeXml(value, true, onInvalid)
}

/** Offsets of characters XML 1.0 cannot hold, to report them before writing. */
export function invalidXmlChars(value: string): number[] {
  const found: number[] = []
  escapeXml(value, false, (_code, index) => {
    found.push(index)
    return ''
  })
  return found
}

/** `name="value"` pairs for a start tag, skipping undefined values. */
export function xmlAttributes(attributes: Record<string, string | undefined>): string {
  let out = ''
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`
  }
  return out
}
