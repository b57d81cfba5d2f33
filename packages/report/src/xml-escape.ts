/**
 * XML 1.0 escaping for report text. Characters XML cannot hold (most C0
 * controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so a stray byte in
 * a message cannot make the whole report unreadable. In attributes, tab and
 * line breaks are character references, else parsers turn them into spaces;
 * `\r` is one everywhere, else it is normalised to `\n`.
 */
export function escapeXml(value: string, attribute = false): string {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value[i]! + value[i + 1]!
        i++
      } else out += '\ufffd'
      continue
    }
    out += escapeChar(code, attribute) ?? value[i]!
  }
  return out
}

function escapeChar(code: number, attribute: boolean): string | undefined {
  if (code === 0x26) return '&amp;'
  if (code === 0x3c) return '&lt;'
  if (code === 0x3e) return '&gt;'
  if (code === 0xd) return '&#13;'
  if (attribute && code === 0x22) return '&quot;'
  if (attribute && code === 0x9) return '&#9;'
  if (attribute && code === 0xa) return '&#10;'
  if (code === 0x9 || code === 0xa) return undefined
  if (code < 0x20 || (code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return '\ufffd'
  return undefined
}
