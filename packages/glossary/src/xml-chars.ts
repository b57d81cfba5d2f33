/**
 * Code points XML 1.0 cannot hold (its `Char` production): C0 controls
 * other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates. Not even
 * as character references, so no writer can escape its way out of them.
 */
const invalidXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Index and code point of the first character XML 1.0 cannot hold, or undefined. */
export function findInvalidXmlChar(text: string): {index: number; codePoint: string} | undefined {
  invalidXmlChar.lastIndex = 0
  const m = invalidXmlChar.exec(text)
  invalidXmlChar.lastIndex = 0
  if (!m) return undefined
  return {index: m.index, codePoint: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`}
}

/** Removes every character XML 1.0 cannot hold. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(invalidXmlChar, '')
}

/** Replaces every character XML 1.0 cannot hold with U+FFFD, so a loss stays visible. */
export function replaceInvalidXmlChars(text: string): string {
  return text.replace(invalidXmlChar, '\ufffd')
}
