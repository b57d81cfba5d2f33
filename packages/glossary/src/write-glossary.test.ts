import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sharedDir} from '../../../scripts/shared-dir.mjs'
import {parseGlossary} from './parse-glossary.js'
import {termKey} from './term-key.js'
import type {Glossary, TermStatus} from './types.js'
import {writeTbx} from './write-tbx.js'
import {writeGlossaryCsv, writeGlossaryJson, writeOmegatGlossary} from './write-table.js'

const termbase = parseGlossary(readFileSync(new URL('../../../glossary/termbase.csv', import.meta.url))).glossary

/** Terms grouped by language in the glossary's language order: the model does not order across languages. */
function canonical(g: Glossary): Glossary {
  return {
    languages: g.languages,
    concepts: g.concepts.map((c) => ({...c, terms: [...c.terms].sort((a, b) => g.languages.indexOf(a.lang) - g.languages.indexOf(b.lang))}))
  }
}

const writers: Array<[string, (g: Glossary) => string]> = [
  ['TBX 2008', (g) => writeTbx(g, {dialect: 'tbx-2008'})],
  ['TBX 2019', (g) => writeTbx(g, {dialect: 'tbx-2019'})],
  ['CSV', writeGlossaryCsv],
  ['JSON', writeGlossaryJson]
]

describe('export → import gives the same glossary', () => {
  for (const [name, write] of writers) {
    it(`${name}: the project termbase`, () => {
      const back = parseGlossary(write(termbase))
      expect(back.messages).toEqual([])
      expect(canonical(back.glossary)).toEqual(canonical(termbase))
    })
    it(`${name}: the TBX 2019 sample`, () => {
      const sample = parseGlossary(readFileSync(path.join(sharedDir(), 'eval-data/glossary/formats/tbx-basic-v3.tbx'))).glossary
      expect(canonical(parseGlossary(write(sample)).glossary)).toEqual(canonical(sample))
    })
  }

  it('property: random concepts survive every format', () => {
    const word = fc.stringMatching(/^[a-zа-яё][a-zа-яё0-9 ,"&<>'-]{0,14}[a-zа-яё0-9]$/)
    const status = fc.constantFrom<TermStatus>('preferred', 'admitted', 'deprecated', 'forbidden')
    const concept = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      terms: fc.array(fc.record({text: word, lang: fc.constantFrom('ru', 'en'), status}), {minLength: 1, maxLength: 4})
    })
    fc.assert(
      fc.property(fc.uniqueArray(concept, {selector: (c) => c.id, minLength: 1, maxLength: 5}), (concepts) => {
        // Terms are unique per concept and language after normalisation (duplicates merge on import).
        const cleaned = concepts.map((c) => {
          const terms = c.terms.map((t) => ({...t, text: t.text.replace(/\s+/g, ' ')}))
          return {id: c.id, terms: terms.filter((t, i) => terms.findIndex((u) => u.lang === t.lang && termKey(u.text) === termKey(t.text)) === i)}
        })
        const g: Glossary = {languages: [...new Set(cleaned.flatMap((c) => c.terms.map((t) => t.lang)))], concepts: cleaned}
        for (const [, write] of writers) {
          const back = parseGlossary(write(g))
          expect(canonical(back.glossary)).toEqual(canonical(g))
        }
      }),
      {numRuns: 150}
    )
  })
})

describe('OmegaT export', () => {
  it('writes usable pairs only and names forbidden renderings in the comment', () => {
    const tsv = writeOmegatGlossary(termbase, {source: 'ru', target: 'en'})
    expect(tsv.split('\n')).toContain('Министерство иностранных дел\tMinistry of Foreign Affairs\tdo not use: Foreign Office, MID')
    expect(tsv).not.toMatch(/^[^\t]*\tForeign Office/m)
    const back = parseGlossary(tsv, {fileName: 'x.utf8'})
    expect(back.format).toBe('omegat')
    expect(back.messages.filter((m) => m.severity !== 'info')).toEqual([])
  })
})
