import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {configSchema} from './config-load.js'
import {JsonSyntaxError, maxConfigBytes, maxProblems, nodeValue, parseConfig, parseJsonc, validateConfig} from './config-parse.js'

describe('parseJsonc (jsonc-parser, positions kept)', () => {
  it('reads what JSON.parse reads', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1)
        expect(nodeValue(parseJsonc(text))).toEqual(JSON.parse(text))
      })
    )
  })

  it('allows comments, as editors do in config files, and keeps __proto__ an own key', () => {
    const value = nodeValue(parseJsonc('{\n  // the team glossary\n  "glossary": "a.csv", /* and */ "__proto__": {"x": 1}\n}')) as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['glossary', '__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
  })

  it('says what it expected and where', () => {
    const error = (text: string) => {
      try {
        parseJsonc(text)
      } catch (e) {
        if (e instanceof JsonSyntaxError) return [e.reason, e.offset, e.found]
      }
      return undefined
    }
    expect(error('{"a": 1,}')).toEqual(['property-name', 8, '"}"'])
    expect(error('{"a" 1}')).toEqual(['colon', 5, '"1"'])
    expect(error('[1 2]')).toEqual(['comma', 3, '"2"'])
    expect(error('{"a": tru}')).toEqual(['value', 6, '"t"'])
    expect(error('{"a": 1')).toEqual(['end-of-file', 7, ''])
    expect(error('{} x')).toEqual(['trailing', 3, '"x"'])
    expect(error('"\\q"')?.[0]).toBe('escape')
    expect(error('{"a": 1 /* open')?.[0]).toBe('comment')
    expect(error(`${'['.repeat(70)}${']'.repeat(70)}`)).toEqual(['depth', 64, '64'])
  })
})

describe('validateConfig with the shipped config schema (ajv)', () => {
  const check = (text: string) => validateConfig(parseJsonc(text), configSchema()).map((p) => `${p.offset} ${p.path} ${p.kind}`)

  it('accepts a full config', () => {
    expect(check('{"glossary": ["a.csv", "b.tbx"], "sourceLang": "ru", "targetLang": "en", "failOn": "warning", "rules": {"term-missing": "off"}}')).toEqual([])
    expect(check('{"glossary": "a.csv"}')).toEqual([])
    expect(check('{"customRules": [{"id": "no-the-kazakhstan", "pattern": "\\\\bthe Kazakhstan\\\\b", "flags": "i", "severity": "error", "message": "Kazakhstan takes no article"}], "urlRewrites": [{"from": "^https://mfa\\\\.kz/ru/", "to": "https://mfa.kz/en/"}]}')).toEqual([])
  })

  it('places each problem on the value (or the key of an unknown or mistyped property)', () => {
    expect(check('{"glossary": 3, "rules": {"term-x": "error"}, "failOn": "fatal"}')).toEqual(['1 glossary type', '26 rules.term-x unknown-property', '56 failOn enum'])
    expect(check('{"glossary": [], "sourceLang": ""}')).toEqual(['13 glossary too-short', '31 sourceLang enum'])
    expect(check('{"glossary": [""]}')).toEqual(['14 glossary[0] empty'])
    expect(check('[]')).toEqual(['0 (root) type'])
  })

  it('custom rules need an id and a pattern that compiles; rewrites need from and to', () => {
    expect(check('{"customRules": [{"id": "Bad Id", "pattern": "("}, {"pattern": "x"}], "urlRewrites": [{"from": "["}]}')).toEqual([
      '24 customRules[0].id pattern',
      '45 customRules[0].pattern regexp',
      '51 customRules[1] required',
      '86 urlRewrites[0] required',
      '95 urlRewrites[0].from regexp'
    ])
  })
})

describe('configs that are not configs', () => {
  it('300 unknown keys: the first 100 problems, then one that says how many more', () => {
    const text = `{${Array.from({length: 300}, (_, k) => `"k${k}": ${k}`).join(', ')}}`
    const problems = validateConfig(parseJsonc(text), configSchema())
    expect(problems).toHaveLength(maxProblems + 1)
    expect(problems[maxProblems]).toMatchObject({kind: 'more', expected: '200', path: 'k100', offset: text.indexOf('"k100"')})
  })

  it('a file past 1 MB is refused before it is parsed', () => {
    const text = `{"glossary": "${'a'.repeat(maxConfigBytes)}"}`
    expect(() => parseConfig(text)).toThrow(JsonSyntaxError)
    expect(() => parseConfig('{"glossary": "a.csv"}')).not.toThrow()
  })
})
