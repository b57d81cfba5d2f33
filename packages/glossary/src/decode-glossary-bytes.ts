import {decodeText, type Finding, createFinding} from '@tolmach/core'

export interface DecodedGlossary {
  text: string
  encoding: string
  messages: Finding[]
}

const source = 'tolmach-glossary'

/**
 * Decodes a glossary file the way Excel and CAT tools save them: UTF-8 with
 * or without BOM, UTF-16 with BOM or (sniffed from NUL bytes) without, and
 * windows-1251 when the bytes are not valid UTF-8 (OmegaT `.tab`, Excel
 * "CSV" on a Russian Windows). The fallback is reported, never silent.
 */
export function decodeGlossaryBytes(bytes: Uint8Array, file?: string): DecodedGlossary {
  const messages: Finding[] = []
  const utf16 = sniffUtf16(bytes)
  if (utf16) {
    return {text: new TextDecoder(utf16).decode(bytes), encoding: utf16, messages}
  }
  try {
    const decoded = decodeText(bytes, file)
    return {text: decoded.text, encoding: decoded.encoding + (decoded.bom ? ' (BOM)' : ''), messages}
  } catch (error) {
    const text = new TextDecoder('windows-1251').decode(bytes)
    const cyrillic = (text.match(/[\u0400-\u04ff]/g) ?? []).length
    const letters = (text.match(/\p{L}/gu) ?? []).length
    const plausible = letters > 0 && cyrillic / letters > 0.2
    messages.push(
      createFinding({
        ruleId: 'glossary-encoding',
        severity: plausible ? 'info' : 'warning',
        message: `${(error as Error).message}; decoded as windows-1251` + (plausible ? '' : ' (few Cyrillic letters: check the encoding)'),
        source,
        ...(file === undefined ? {} : {file}),
        place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
      })
    )
    return {text, encoding: 'windows-1251', messages}
  }
}

/** UTF-16 without BOM: most odd (LE) or even (BE) bytes are NUL in Cyrillic/Latin text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  const n = Math.min(bytes.length, 2000) & ~1
  if (n < 4) return undefined
  // High bytes of Latin/Cyrillic code units are 0x00 or 0x04.
  let evenHigh = 0
  let oddHigh = 0
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i]!
    const b = bytes[i + 1]!
    if (a === 0) evenNul++
    if (b === 0) oddNul++
    if (a === 0 || a === 4) evenHigh++
    if (b === 0 || b === 4) oddHigh++
  }
  const half = n / 2
  if (oddNul > 0 && oddHigh > half * 0.8 && evenNul < half * 0.05) return 'utf-16le'
  if (evenNul > 0 && evenHigh > half * 0.8 && oddNul < half * 0.05) return 'utf-16be'
  return undefined
}
