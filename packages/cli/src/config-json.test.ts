import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {JsonSyntaxError, parseJsonWithPositions, toValue} from './config-json.js'
import {validateAgainstSchema} from './config-validate.js'
import {configSchema} from './config-load.js'

describe('parseJsonWithPositions', () => {
  it('reads what JSON.parse reads', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1)
        expect(toValue(parseJsonWithPositions(text))).toEqual(JSON.parse(text))
      })
    )
  })

  it('records where values and keys start', () => {
    const node = parseJsonWithPositions('\uFEFF{\n  "a": [1, "x"]\n}')
    expect(node.type).toBe('object')
    const entry = node.type === 'object' ? node.entries[0] : undefined
    expect(entry?.[0]).toBe('a')
    expect(entry?.[1]).toMatchObject({type: 'array', offset: 10, keyOffset: 5})
  })

  it('says what it expected and where', () => {
    const error = (text: string) => {
      try {
        parseJsonWithPositions(text)
      } catch (e) {
        if (e instanceof JsonSyntaxError) return [e.reason, e.offset, e.found]
      }
      return undefined
    }
    expect(error('{"a": 1,}')).toEqual(['property-name', 8, '"}"'])
    expect(error('{"a" 1}')).toEqual(['colon', 5, '"1"'])
    expect(error('[1 2]')).toEqual(['array-comma', 3, '"2"'])
    expect(error('{"a": tru}')).toEqual(['value', 6, '"t"'])
    expect(error('{"a": 1')).toEqual(['end-of-file', 7, ''])
    expect(error('{} x')).toEqual(['trailing', 3, '"x"'])
    expect(error('"\\q"')).toEqual(['escape', 0, '"\\""'])
  })
})

describe('validateAgainstSchema with the shipped config schema', () => {
  const check = (text: string) => validateAgainstSchema(parseJsonWithPositions(text), configSchema()).map((p) => `${p.offset} ${p.path} ${p.kind}`)

  it('accepts a full config', () => {
    expect(check('{"glossary": ["a.csv", "b.tbx"], "sourceLang": "ru", "targetLang": "en", "failOn": "warning", "rules": {"term-missing": "off"}}')).toEqual([])
    expect(check('{"glossary": "a.csv"}')).toEqual([])
  })

  it('places each problem on the value (or the key of an unknown property)', () => {
    expect(check('{"glossary": 3, "rules": {"term-x": "error"}, "failOn": "fatal"}')).toEqual([
      '1 glossary type',
      '26 rules.term-x unknown-property',
      '56 failOn enum'
    ])
    expect(check('{"glossary": [], "sourceLang": ""}')).toEqual(['13 glossary too-short', '31 sourceLang enum'])
    expect(check('{"glossary": [""]}')).toEqual(['14 glossary[0] empty'])
    expect(check('[]')).toEqual(['0 (root) type'])
  })
})
