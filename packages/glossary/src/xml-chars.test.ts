import {readFileSync} from 'node:fs'
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {parseGlossary} from './parse-glossary.js'
import type {Glossary} from './types.js'
import {writeTbx} from './write-tbx.js'

/** Well-formedness errors of an XML document, as a strict parser sees them. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = []
  const parser = new SaxesParser({xmlns: true})
  parser.on('error', (e) => errors.push(e.message))
  parser.write(xml).close()
  return errors
}

describe('characters XML 1.0 cannot hold', () => {
  it('are reported at the cell on import and removed from the term', () => {
    const r = parseGlossary(readFileSync(new URL('fixtures/control-char.csv', import.meta.url)), {fileName: 'control-char.csv'})
    const found = r.messages.filter((m) => m.ruleId === 'glossary-invalid-char')
    expect(found.map((m) => `${m.file}:${m.place?.start.line}:${m.place?.start.column} ${m.severity}`)).toEqual(['control-char.csv:3:8 warning'])
    expect(found[0]?.message).toContain('U+000B')
    expect(r.glossary.concepts.flatMap((c) => c.terms.map((t) => t.text))).toEqual(['литий', 'lithium', 'уран', 'uranium'])
    for (const dialect of ['tbx-2008', 'tbx-2019'] as const) expect(xmlErrors(writeTbx(r.glossary, {dialect}))).toEqual([])
  })

  it('left in a glossary built in code, become U+FFFD in TBX and the file stays well-formed', () => {
    const glossary: Glossary = {
      languages: ['ru', 'en'],
      concepts: [
        {
          id: 'c\u0001',
          note: 'form\u000cfeed',
          terms: [
            {text: 'уран\u0000', lang: 'ru', status: 'preferred'},
            {text: 'lone \ud800 surrogate \uffff', lang: 'en', status: 'preferred', note: 'ok 😀'}
          ]
        }
      ]
    }
    const xml = writeTbx(glossary, {title: 'bell\u0007'})
    expect(xmlErrors(xml)).toEqual([])
    expect(xml).toContain('<term>уран\ufffd</term>')
    expect(xml).toContain('<term>lone \ufffd surrogate \ufffd</term>')
    expect(xml).toContain('<note>ok 😀</note>')
    expect(xml).toContain('<note>form\ufffdfeed</note>')
  })
})
