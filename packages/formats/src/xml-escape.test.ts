import {SaxesParser} from 'saxes'
import {describe, expect, test} from 'vitest'
import {escapeXmlAttribute, escapeXmlText, invalidXmlChars, isXmlChar} from './xml-escape.js'

/** What a conforming parser gives back for `<a b="…">…</a>`. */
function parse(attribute: string, text: string): {attribute: string; text: string} {
  const parser = new SaxesParser()
  let out = {attribute: '', text: ''}
  parser.on('opentag', (tag) => {
    out = {...out, attribute: String(tag.attributes['b'])}
  })
  parser.on('text', (value) => {
    out = {...out, text: out.text + value}
  })
  parser.write(`<a b="${escapeXmlAttribute(attribute)}">${escapeXmlText(text)}</a>`).close()
  return out
}

describe('XML escaping', () => {
  test('a parser gives back exactly what was escaped, line ends and tabs included', () => {
    const value = 'a & b < c > d " e \' f\tg\nh\r\ni\rj ]]> 😀'
    expect(parse(value, value)).toEqual({attribute: value, text: value})
  })

  test('characters XML cannot hold go to the handler; pairs of surrogates stay', () => {
    expect(escapeXmlText('a\u0000b\u001fc\ufffed\uffffe😀', () => '?')).toBe('a?b?c?d?e😀')
    expect(escapeXmlText('x\udc00y\ud800')).toBe('xy')
    expect(invalidXmlChars('ok\u0001\ud800😀\u000b')).toEqual([2, 3, 6])
    expect([0x9, 0xa, 0xd, 0x20, 0xd7ff, 0xe000, 0xfffd, 0x10000].every(isXmlChar)).toBe(true)
    expect([0x0, 0x8, 0xb, 0xc, 0x1f, 0xd800, 0xdfff, 0xfffe, 0xffff, 0x110000].some(isXmlChar)).toBe(false)
  })
})
