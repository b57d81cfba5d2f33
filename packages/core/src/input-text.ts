import {TolmachError} from './errors.js'

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  bom: boolean
}

/**
 * Decodes bytes read from a file a person handed us: strips UTF-8/UTF-16
 * BOMs, refuses binary files and invalid UTF-8 with the byte offset of the
 * first bad byte, so nothing is silently mangled into U+FFFD.
 */
export function decodeText(bytes: Uint8Array, file?: string): DecodedText {
  const where = file ?? '<stdin>'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true}
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true}
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  const nul = body.indexOf(0)
  if (nul !== -1) {
    throw new TolmachError('binary-input', `${where}: looks like a binary file (NUL byte at byte ${nul + (bom ? 3 : 0)}), not text`, {file: where})
  }
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(body), encoding: 'utf-8', bom}
  } catch {
    const bad = firstInvalidUtf8(body) + (bom ? 3 : 0)
    throw new TolmachError('invalid-utf8', `${where}: invalid UTF-8 at byte ${bad}`, {file: where})
  }
}

/** Byte offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    let min = 0
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}
