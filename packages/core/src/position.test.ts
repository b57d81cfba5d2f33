import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLineIndex, offsetToPoint, pointToOffset} from './position.js'

describe('offsetToPoint', () => {
  it('counts lines for \\n, \\r\\n and \\r and columns in UTF-16 units', () => {
    const text = 'Фото: МИД\r\nКазахстан 🇰🇿\rG20\nend'
    const index = createLineIndex(text)
    expect(offsetToPoint(index, 0)).toEqual({line: 1, column: 1, offset: 0})
    expect(offsetToPoint(index, text.indexOf('Казахстан'))).toEqual({line: 2, column: 1, offset: 11})
    expect(offsetToPoint(index, text.indexOf('G20'))).toMatchObject({line: 3, column: 1})
    expect(offsetToPoint(index, text.indexOf('end'))).toMatchObject({line: 4, column: 1})
    expect(offsetToPoint(index, text.indexOf('\r', 12))).toMatchObject({line: 2, column: 15})
  })

  it('throws on offsets outside the document', () => {
    expect(() => offsetToPoint(createLineIndex('ab'), 3)).toThrow(RangeError)
  })

  it('round-trips with pointToOffset', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'я', '\n', '\r', ' ')}), fc.nat(), (text, n) => {
        const index = createLineIndex(text)
        const offset = n % (text.length + 1)
        const point = offsetToPoint(index, offset)
        // \r\n is one break: an offset between \r and \n maps to the end of the line
        if (text[offset - 1] === '\r' && text[offset] === '\n') return
        expect(pointToOffset(index, point.line, point.column)).toBe(offset)
      })
    )
  })
})
