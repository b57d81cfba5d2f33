import {describe, expect, it} from 'vitest'
import {applyCorrections, parseCorrections} from './corrections.js'

const file = 'corrections.json'
const valid = {
  format: 'tolmach-corrections',
  version: 1,
  documents: [
    {
      source: 'ru/a.md',
      target: 'en/a.md',
      beads: [
        {source: ['r1', 'r2'], target: ['e1'], status: 'approved'},
        {source: ['r3'], target: [], status: 'rejected'},
        {source: [], target: ['e2'], status: 'unreviewed'}
      ]
    }
  ]
}

describe('parseCorrections', () => {
  it('reads what the page exports', () => {
    const parsed = parseCorrections(JSON.stringify(valid, null, 2), file)
    expect(parsed.findings).toEqual([])
    expect(parsed.corrections?.documents[0]?.beads).toHaveLength(3)
  })

  it('places a syntax error at its line and column', () => {
    const parsed = parseCorrections('{\n  "format": "tolmach-corrections",\n  "version": 1,,\n}', file)
    expect(parsed.corrections).toBeUndefined()
    expect(parsed.findings[0]).toMatchObject({ruleId: 'corrections-syntax', file, place: {start: {line: 3, column: 16}}})
  })

  it('names an unknown status and a newer version at their values', () => {
    const bad = structuredClone(valid) as {version: number; documents: Array<{beads: Array<{status: string}>}>}
    bad.version = 2
    ;(bad.documents[0]?.beads[1] as {status: string}).status = 'maybe'
    const parsed = parseCorrections(JSON.stringify(bad, null, 2), file)
    expect(parsed.corrections).toBeUndefined()
    expect(parsed.findings.map((f) => [f.ruleId, f.place?.start.line])).toEqual([
      ['corrections-invalid', 3],
      ['corrections-invalid', 24]
    ])
    expect(parsed.findings[1]?.message).toContain('"maybe"')
  })
})

describe('applyCorrections', () => {
  const document = valid.documents[0] as Parameters<typeof applyCorrections>[0]
  const place = {file, locate: () => ({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}})}

  it('maps sentence ids to indexes with statuses', () => {
    const applied = applyCorrections(document, ['r1', 'r2', 'r3'], ['e1', 'e2'], place)
    expect(applied.findings).toEqual([])
    expect(applied.beads).toEqual([
      {src: [0, 1], tgt: [0], status: 'approved'},
      {src: [2], tgt: [], status: 'rejected'},
      {src: [], tgt: [1], status: 'unreviewed'}
    ])
  })

  it('refuses a document that changed: an unknown id, a sentence left over, a wrong order', () => {
    expect(applyCorrections(document, ['r1', 'rX', 'r3'], ['e1', 'e2'], place).findings[0]?.message).toContain('no sentence with id r2')
    expect(applyCorrections(document, ['r1', 'r2', 'r3', 'r4'], ['e1', 'e2'], place).findings[0]?.message).toContain('1 sentence(s) are in no bead')
    expect(applyCorrections(document, ['r2', 'r1', 'r3'], ['e1', 'e2'], place).findings[0]?.message).toContain('out of order')
    expect(applyCorrections(document, ['r2', 'r1', 'r3'], ['e1', 'e2'], place).beads).toEqual([])
  })
})
