import {describe, expect, it} from 'vitest'
import {decodeTextAs, normalizeEncoding, sniffWindows1251} from './legacy-encoding.js'

// «Министр иностранных дел РК» in windows-1251, byte for byte (the code page maps А…я to 0xC0…0xFF).
const cp1251 = (text: string) =>
  Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0)!
    if (code < 0x80) return code
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0
    if (code === 0x401) return 0xa8
    if (code === 0x451) return 0xb8
    throw new Error(`not in the test's code page subset: ${c}`)
  }))

describe('windows-1251', () => {
  const phrase = 'Министр иностранных дел РК посетил Вашингтон, ёлка.'

  it('sniffs Russian text saved in windows-1251 as plausible', () => {
    expect(sniffWindows1251(cp1251(phrase))).toEqual({text: phrase, plausible: true})
  })

  it('does not take damaged UTF-8 or Latin-1 for windows-1251', () => {
    const damaged = new Uint8Array([...new TextEncoder().encode(phrase), 0xff])
    expect(sniffWindows1251(damaged).plausible).toBe(false)
    const latin1 = Uint8Array.from([...'Le café de la rue, très élégant.'].map((c) => c.charCodeAt(0)))
    expect(sniffWindows1251(latin1).plausible).toBe(false)
  })

  it('decodes in the encoding named, a BOM overriding UTF-16, NUL bytes refused', () => {
    expect(decodeTextAs(cp1251(phrase), 'windows-1251').text).toBe(phrase)
    expect(decodeTextAs(new Uint8Array([0x1c, 0x04, 0x18, 0x04]), 'utf-16le').text).toBe('МИ')
    expect(decodeTextAs(new Uint8Array([0xfe, 0xff, 0x04, 0x1c]), 'utf-16le').text).toBe('М')
    expect(() => decodeTextAs(new Uint8Array([0x41, 0]), 'windows-1251', 'x.md')).toThrow(/binary/)
    expect(() => decodeTextAs(cp1251(phrase), 'utf-8', 'x.md')).toThrow(/invalid UTF-8/)
  })

  it('accepts the usual spellings of the encodings', () => {
    expect(['cp1251', 'Windows-1251', 'UTF8', 'utf_16le', 'latin1'].map(normalizeEncoding)).toEqual(['windows-1251', 'windows-1251', 'utf-8', 'utf-16le', undefined])
  })
})
