import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadGlossaryHooks} from './align-glossary.js'
import {createTranslator} from '../../i18n/i18n.js'

const csv = [
  'id,ru,en,status',
  'critical-minerals,критические минералы,critical minerals,preferred',
  'critical-minerals,,crucial minerals,forbidden',
  'mfa,Министерство иностранных дел,Ministry of Foreign Affairs,preferred'
].join('\n')

function hooks(langs?: Parameters<typeof loadGlossaryHooks>[3]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-glossary-'))
  writeFileSync(path.join(dir, 'terms.csv'), csv)
  return loadGlossaryHooks('terms.csv', dir, createTranslator('en'), langs)
}

describe('loadGlossaryHooks', () => {
  const g = hooks()
  const ru = ['Министерство иностранных дел обсудило поставки.', 'Речь шла о критических минералах.']
  const en = ['The Foreign Office discussed supplies.', 'They talked about crucial minerals.']

  it('gives concept ids of terms as alignment anchors, inflected forms included', () => {
    expect(g.concepts).toBe(2)
    expect(g.anchors.source(ru[1]!, 1)).toEqual(['critical-minerals'])
    expect(g.anchors.target('Critical minerals matter.', 0)).toEqual(['critical-minerals'])
  })

  it('places a forbidden rendering in the target and a missing term at the source term', () => {
    const findings = g.check(ru, en, {src: [0, 1], tgt: [0, 1], score: 1})
    const forbidden = findings.find((f) => f.ruleId === 'term-forbidden')
    expect(forbidden).toMatchObject({side: 'target', sentence: 1, severity: 'error'})
    expect(en[1]!.slice(forbidden!.start, forbidden!.end)).toBe('crucial minerals')
    const missing = findings.find((f) => f.ruleId === 'term-missing')
    expect(missing).toMatchObject({side: 'source', sentence: 0, severity: 'warning'})
    expect(ru[0]!.slice(missing!.start, missing!.end)).toBe('Министерство иностранных дел')
  })

  it('has nothing to say about a faithful pair or a deletion', () => {
    expect(g.check(['Речь шла о критических минералах.'], ['They talked about critical minerals.'], {src: [0], tgt: [0], score: 1})).toEqual([])
    expect(g.check(ru, en, {src: [1], tgt: [], score: 0.5})).toEqual([])
  })
})

describe('loadGlossaryHooks, English → Russian', () => {
  // The same termbase, read the other way round: concepts, not a ru → en list.
  const g = hooks({sourceLang: 'en', targetLang: 'ru'})

  it('anchors English sources and Russian targets by concept', () => {
    expect(g.anchors.source('Critical minerals matter.', 0)).toEqual(['critical-minerals'])
    expect(g.anchors.target('Речь шла о критических минералах.', 0)).toEqual(['critical-minerals'])
    expect(g.anchors.source('Речь шла о критических минералах.', 0)).toEqual([])
  })

  it('reports an English source term missing from the Russian target, at the English term', () => {
    const src = ['The Ministry of Foreign Affairs discussed supplies.']
    const tgt = ['Внешнеполитическое ведомство обсудило поставки.']
    const missing = g.check(src, tgt, {src: [0], tgt: [0], score: 1}).filter((f) => f.ruleId === 'term-missing')
    expect(missing).toHaveLength(1)
    expect(missing[0]).toMatchObject({side: 'source', sentence: 0})
    expect(src[0]!.slice(missing[0]!.start, missing[0]!.end)).toBe('Ministry of Foreign Affairs')
    expect(g.check(src, ['Министерство иностранных дел обсудило поставки.'], {src: [0], tgt: [0], score: 1})).toEqual([])
  })
})
