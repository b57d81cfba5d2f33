import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseGlossary} from './parse-glossary.js'

// Issue 10 §3: statuses a termbase actually holds, Russian sheets, and no guessing "preferred".
const fixture = (name: string) => parseGlossary(readFileSync(new URL(`fixtures/${name}`, import.meta.url)), {fileName: name})
const statuses = (r: ReturnType<typeof fixture>) => r.glossary.concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`))
const placed = (r: ReturnType<typeof fixture>) => r.messages.map((m) => `${m.place?.start.line}:${m.place?.start.column} ${m.severity} ${m.ruleId}`)

describe('term statuses', () => {
  it('TBX normativeAuthorization values map: preferred, admitted, deprecated = do not use, superseded = outdated', () => {
    const r = fixture('tbx-normative-authorization.tbx')
    expect(statuses(r)).toEqual([
      ['ru:посол:preferred', 'en:ambassador:preferred', 'en:envoy:admitted', 'en:embassador:forbidden', 'en:legate:deprecated', 'en:plenipotentiary:admitted']
    ])
    // The misspelt status is an error at its termNote, and its term is not made the one to use.
    expect(placed(r)).toEqual(['12:86 error glossary-cell-invalid'])
    expect(r.messages[0]!.message).toContain('"preferedTerm"')
  })

  it('a sheet with Russian headers (Термин, Перевод, Комментарий, Статус) and Russian status words', () => {
    const r = fixture('russian-headers-term-translation.csv')
    expect(statuses(r)).toEqual([
      ['ru:посол:preferred', 'en:ambassador:preferred'],
      ['ru:МИД:preferred', 'en:Foreign Ministry:preferred'],
      ['ru:министерство иностранных дел:preferred', 'en:MFA:forbidden'],
      ['ru:критически важные минералы:preferred', 'en:critical minerals:admitted']
    ])
    expect(r.glossary.concepts[0]!.note).toBe('дипломат')
    // «ок» is no status: an error at that cell (line 5, after three cells), never "preferred".
    expect(placed(r)).toEqual(['5:47 error glossary-cell-invalid'])
  })

  it('Английский ⇥ Русский язык ⇥ Статус (en), with a BOM and semicolons', () => {
    const r = fixture('russian-headers-bom-semicolon.csv')
    expect(statuses(r)).toEqual([
      ['en:ambassador:admitted', 'ru:посол:preferred'],
      ['en:Foreign Ministry:forbidden', 'ru:МИД:preferred']
    ])
    expect(r.messages).toEqual([])
  })
})
