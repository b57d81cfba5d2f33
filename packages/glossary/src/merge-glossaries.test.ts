import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {mergeGlossaries} from './merge-glossaries.js'
import {parseGlossary} from './parse-glossary.js'

const read = (name: string) => ({name, glossary: parseGlossary(readFileSync(new URL(`fixtures/${name}`, import.meta.url)), {fileName: name}).glossary})

describe('mergeGlossaries', () => {
  it('side by side by default: every concept kept, a repeated id prefixed with its file', () => {
    const a = read('russian-headers-term-translation.csv')
    const {glossary, merges} = mergeGlossaries([a, a])
    expect(glossary.concepts.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', ...['c1', 'c2', 'c3', 'c4'].map((id) => `russian-headers-term-translation.csv#${id}`)])
    expect(merges).toEqual([])
  })

  it('byTerm: concepts of two sheets that share an approved term become one, a differing status is a conflict', () => {
    const a = read('russian-headers-term-translation.csv')
    const b = read('russian-headers-bom-semicolon.csv')
    const {glossary, merges} = mergeGlossaries([a, b], {byTerm: true})
    expect(glossary.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`))).toEqual([
      ['ru:посол:preferred', 'en:ambassador:preferred'],
      ['ru:МИД:preferred', 'en:Foreign Ministry:preferred'],
      ['ru:министерство иностранных дел:preferred', 'en:MFA:forbidden'],
      ['ru:критически важные минералы:preferred', 'en:critical minerals:admitted']
    ])
    const shown = merges.map((m) => [m.from, m.conceptId, m.into, m.intoFrom, m.term.text, m.conflicts.map((c) => `${c.term.text}: ${c.term.status}, kept ${c.kept.status}`)])
    expect(shown).toEqual([
      // The first approved term of the second sheet's concept is English; its status differs.
      [1, 'c1', 'c1', 0, 'ambassador', ['ambassador: admitted, kept preferred']],
      // The second sheet forbids "Foreign Ministry": the first sheet's status stays, and the merge says so.
      [1, 'c2', 'c2', 0, 'МИД', ['Foreign Ministry: forbidden, kept preferred']]
    ])
    // The inputs are not changed by a merge.
    expect(b.glossary.concepts).toHaveLength(2)
  })
})
