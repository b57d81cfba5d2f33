import {createFinding} from '@tolmach/core'
import {SaxesParser} from 'saxes'
import {describe, expect, test} from 'vitest'
import {loadFindings, releaseFile, termsFile} from './fixtures/load.js'
import {junit} from './junit.js'

interface Element {
  name: string
  attributes: Record<string, string>
  text: string
  children: Element[]
}

/** Parses with a conforming XML parser; any well-formedness error throws. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser({xmlns: false})
  const root: Element = {name: '#document', attributes: {}, text: '', children: []}
  const stack = [root]
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    const element: Element = {name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: []}
    stack.at(-1)!.children.push(element)
    stack.push(element)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (text) => {
    stack.at(-1)!.text += text
  })
  parser.write(xml).close()
  return root.children[0]!
}

describe('junit', () => {
  const findings = loadFindings()

  test('one suite per file with findings, one case per rule and place, counts that add up', () => {
    const root = parseXml(junit(findings, {files: [releaseFile, 'docs/clean.en.md']}))
    expect(root.name).toBe('testsuites')
    const suites = root.children
    // A clean file gets no made-up passing test case (issue 10: no dummy suites).
    expect(suites.map((suite) => suite.attributes['name'])).toEqual(['<stdin>', releaseFile, termsFile])
    for (const test of suites.flatMap((suite) => suite.children)) expect(test.children.map((child) => child.name)).toEqual(['failure'])
    for (const suite of suites) {
      expect(Number(suite.attributes['tests'])).toBe(suite.children.length)
      const failed = suite.children.filter((test) => test.children.some((child) => child.name === 'failure'))
      expect(Number(suite.attributes['failures'])).toBe(failed.length)
    }
    expect(Number(root.attributes['failures'])).toBe(findings.length)
    expect(Number(root.attributes['tests'])).toBe(findings.length)
    const release = suites[1]!
    expect(release.children.map((test) => test.attributes['name'])).toContain('term-untranslated 5:23')
  })

  test('messages come back exactly, control characters and all', () => {
    const message = 'Строка с <тегом> & "кавычками",\tтабом,\r\nпереводом строки и \u0007 звонком 🇰🇿'
    const root = parseXml(junit([createFinding({ruleId: 'r', message, source: 's', file: 'a&b<c>.md'})]))
    const failure = root.children[0]!.children[0]!.children[0]!
    expect(root.children[0]!.attributes['name']).toBe('a&b<c>.md')
    expect(failure.attributes['message']).toBe(message.replace('\u0007', '\ufffd'))
    expect(failure.text).toContain(message.replace('\u0007', '\ufffd'))
  })

  test('findings with the same rule and place share one test case', () => {
    const point = {line: 3, column: 7, offset: 40}
    const place = {start: point, end: {...point, column: 12, offset: 45}}
    const twice = ['первое', 'второе'].map((message) => createFinding({ruleId: 'term-missing', message, source: 's', file: 'a.md', place}))
    const suite = parseXml(junit(twice)).children[0]!
    expect(suite.children).toHaveLength(1)
    expect(suite.children[0]!.children[0]!.text).toMatch(/первое[\s\S]*второе/)
  })

  test('no findings and no files is an empty, well-formed report', () => {
    const root = parseXml(junit([]))
    expect(root.attributes).toMatchObject({tests: '0', failures: '0'})
    expect(root.children).toHaveLength(0)
  })
})
