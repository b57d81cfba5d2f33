import {mapOffset} from '@tolmach/core'
import {readXliff12} from '@tolmach/formats'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mapXmlElementText} from './read-xml-map.js'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function xliff(target: string): string {
  return `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="ru" target-language="en"><body>\n<trans-unit id="1"><source>x</source>\n  <target>${target}</target></trans-unit></body></file></xliff>`
}

describe('mapXmlElementText', () => {
  it('steps over entities, inline markup and comments', () => {
    const xml = xliff('A &amp; B <bpt id="1">**</bpt>bold<ept id="1">**</ept> <!-- note --> &#x41;nd <ph id="2">`x`</ph>end')
    const [unit] = readXliff12(xml).documents[0]!.units
    expect(unit!.target).toBe('A & B {1}bold{/1}  And {2/}end')
    const map = mapXmlElementText(xml, unit!.position.offset, 'target', unit!.target!)!
    const at = (word: string) => xml.slice(mapOffset(map, unit!.target!.indexOf(word))).slice(0, word.length)
    expect(at('B')).toBe('B')
    expect(at('bold')).toBe('bold')
    expect(at('nd')).toBe('nd')
    expect(at('end')).toBe('end')
  })

  it('maps every character of any target back to the same character in the XML', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'б', '&', '<', '>', ' ', '"', "'", '\n')}), (text) => {
        const xml = xliff(escapeXml(text))
        const [unit] = readXliff12(xml).documents[0]!.units
        const map = mapXmlElementText(xml, unit!.position.offset, 'target', unit!.target!)!
        for (let k = 0; k < unit!.target!.length; k++) {
          const raw = xml.slice(mapOffset(map, k))
          const c = unit!.target![k]!
          expect(raw.startsWith(escapeXml(c))).toBe(true)
        }
      })
    )
  })

  it('returns undefined when the element is not there', () => {
    expect(mapXmlElementText('<unit><source>x</source></unit>', 0, 'target', 'x')).toBeUndefined()
  })
})
