import {TolmachError} from './errors.js'
import {decodeText} from './input-text.js'

/** Encodings a document may be read in: Unicode, and the Russian Windows code page. */
export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251'] as const
export type TextEncoding = (typeof textEncodings)[number]

export function isTextEncoding(value: unknown): value is TextEncoding {
  return (textEncodings as readonly unknown[]).includes(value)
}

/** Common spellings of the encodings (`cp1251`, `UTF8`…) → their WHATWG names; undefined for anything else. */
export function normalizeEncoding(value: string): TextEncoding | undefined {
  const name = value.trim().toLowerCase().replace(/_/g, '-')
  const aliases: Record<string, TextEncoding> = {utf8: 'utf-8', cp1251: 'windows-1251', 'cp-1251': 'windows-1251', win1251: 'windows-1251', 'win-1251': 'windows-1251', utf16le: 'utf-16le', utf16be: 'utf-16be'}
  const resolved = aliases[name] ?? name
  return isTextEncoding(resolved) ? resolved : undefined
}

/**
 * Decodes bytes in the encoding a person named. A BOM that contradicts it
 * wins for UTF-16/UTF-8 (the file says what it is); windows-1251 has no BOM
 * and decodes every byte, so only NUL bytes (a binary file) are refused.
 */
export function decodeTextAs(bytes: Uint8Array, encoding: TextEncoding, file?: string): {text: string; encoding: TextEncoding; bom: boolean} {
  if (encoding !== 'windows-1251') {
    const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    if (encoding === 'utf-8' || hasBom) return decodeText(bytes, file)
    try {
      return {text: new TextDecoder(encoding, {fatal: true}).decode(bytes), encoding, bom: false}
    } catch {
      const where = file ?? '<stdin>'
      throw new TolmachError('invalid-utf16', `${where}: not valid ${encoding.toUpperCase()} (an odd number of bytes or a broken surrogate pair)`, {file: where})
    }
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const where = file ?? '<stdin>'
    throw new TolmachError('binary-input', `${where}: looks like a binary file (NUL byte at byte ${nul}), not text`, {file: where})
  }
  return {text: new TextDecoder('windows-1251').decode(bytes), encoding, bom: false}
}

/**
 * Bytes that are not UTF-8, read as windows-1251 (Excel and Notepad on a
 * Russian Windows): `plausible` when over a fifth of the letters come out
 * Russian, the test `glossary import` applies, and few come out as the
 * Serbian/Ukrainian letters of 0x80–0xBF. That second test catches damaged
 * UTF-8: its Cyrillic read as windows-1251 is «Р»/«С» followed by those
 * letters (МИД → РњРР”), which would pass the first test alone.
 */
export function sniffWindows1251(bytes: Uint8Array): {text: string; plausible: boolean} {
  const text = new TextDecoder('windows-1251').decode(bytes)
  const russian = (text.match(/[\u0410-\u044f\u0401\u0451]/g) ?? []).length
  const other = (text.match(/[\u0400-\u04ff]/g) ?? []).length - russian
  const letters = (text.match(/\p{L}/gu) ?? []).length
  return {text, plausible: bytes.indexOf(0) === -1 && letters > 0 && russian / letters > 0.2 && other <= 0.15 * russian}
}
