import {describe, expect, it} from 'vitest'
import {decodeText, firstInvalidUtf8} from './input-text.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('МИД РК')])
    expect(decodeText(bytes)).toEqual({text: 'МИД РК', encoding: 'utf-8', bom: true})
  })

  it('decodes UTF-16LE and BE with BOMs', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x1c, 0x04, 0x18, 0x04])
    expect(decodeText(le).text).toBe('МИ')
    const be = new Uint8Array([0xfe, 0xff, 0x04, 0x1c, 0x04, 0x18])
    expect(decodeText(be).text).toBe('МИ')
  })

  it('names the byte offset of invalid UTF-8', () => {
    const bytes = new Uint8Array([...utf8('ok '), 0xd0, 0x41])
    expect(() => decodeText(bytes, 'a.md')).toThrow('a.md: invalid UTF-8 at byte 3')
  })

  it('refuses binary files', () => {
    expect(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'x.png')).toThrow(/binary/)
  })

  it('finds overlong and surrogate encodings', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(utf8('Ёж 🦔'))).toBe(-1)
  })
})
