import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {configSchema, loadConfig} from './config-load.js'
import {parseJsonc, validateConfig} from './config-parse.js'
import {createTranslator} from '../i18n/i18n.js'

// Config files from the fuzz campaign of issue 9.
const dir = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url))
const load = (name: string, lang: 'en' | 'ru' = 'en') => loadConfig(name, dir, createTranslator(lang))
const where = (name: string, lang: 'en' | 'ru' = 'en') => load(name, lang).findings.map((f) => `${f.place?.start.line}:${f.place?.start.column} ${f.ruleId} ${f.message}`)

describe('config files the fuzz campaign broke', () => {
  it('toString, hasOwnProperty and other Object.prototype names are unknown properties', () => {
    expect(where('config-prototype-keys.json')).toEqual([
      '1:30 config-schema unknown property "toString"; known: $schema, glossary, memories, sourceLang, targetLang, failOn, rules, customRules, urlRewrites, frontMatterKeys',
      '1:55 config-schema unknown property "rules.hasOwnProperty"; known: term-missing, term-forbidden, term-inconsistent, term-untranslated, number-mismatch, date-mismatch, link-mismatch, email-mismatch, markup-mismatch, untranslated, mixed-script, name-mismatch, omission, addition, length-ratio, double-space, whitespace, start-capital, end-punctuation, unbalanced-brackets, repeated-word, inconsistent-translation'
    ])
  })

  it('a key given twice and __proto__ / constructor keys are reported', () => {
    const text = '{"failOn": "error", "failOn": "never", "__proto__": {}, "rules": {"constructor": "off"}}'
    const problems = validateConfig(parseJsonc(text), configSchema())
    expect(problems.map((p) => [p.kind, p.path, p.offset])).toEqual([
      ['duplicate', 'failOn', 20],
      ['unknown-property', '__proto__', 39],
      ['unknown-property', 'rules.constructor', 66]
    ])
  })

  it('deep nesting is a positioned syntax finding, not a crash', () => {
    const [finding] = load('config-deep-nesting.json').findings
    expect(finding).toMatchObject({ruleId: 'config-syntax', message: 'tolmach.config.json is not valid JSON: values nest more than 64 levels deep'})
    expect(finding!.place!.start.offset).toBeGreaterThan(0)
    expect(where('config-deep-nesting.json', 'ru')[0]).toContain('глубже 64 уровней')
  })
})
