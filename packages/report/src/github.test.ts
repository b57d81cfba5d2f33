import {createFinding, type Finding} from '@tolmach/core'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {loadFindings, releaseFile} from './fixtures/load.js'
import {github, workflowCommand} from './github.js'
import {escapeCommandData, escapeCommandProperty} from './github-escape.js'

/**
 * Reads a workflow command back the way the Actions runner does
 * (ActionCommand.TryParseV2): the command ends at the first `::`, properties
 * split on `,` and the first `=`, and `%25` is unescaped last.
 */
function parseCommand(line: string) {
  expect(line.startsWith('::')).toBe(true)
  const end = line.indexOf('::', 2)
  const head = line.slice(2, end)
  const space = head.indexOf(' ')
  const name = space === -1 ? head : head.slice(0, space)
  const properties: Record<string, string> = {}
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=')
      properties[pair.slice(0, equals)] = unescapeValue(pair.slice(equals + 1), true)
    }
  }
  return {name, properties, message: unescapeValue(line.slice(end + 2), false)}
}

function unescapeValue(value: string, property: boolean): string {
  let out = value.replaceAll('%0D', '\r').replaceAll('%0A', '\n')
  if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',')
  return out.replaceAll('%25', '%')
}

describe('escaping', () => {
  test('data escapes %, CR and LF, nothing else', () => {
    expect(escapeCommandData('100% готово\r\nдалее: a, b')).toBe('100%25 готово%0D%0Aдалее: a, b')
    expect(escapeCommandData('%0A')).toBe('%250A')
  })

  test('properties also escape : and ,', () => {
    expect(escapeCommandProperty('docs/релиз 12, итоги: 2025.md')).toBe('docs/релиз 12%2C итоги%3A 2025.md')
    expect(escapeCommandProperty('a%2Cb::c\nd')).toBe('a%252Cb%3A%3Ac%0Ad')
  })

  test('any file, rule and message survive the runner parsing them, on one line', {timeout: 120_000}, () => {
    fc.assert(
      // File paths get their separators normalised, which is tested below.
      fc.property(fc.string({unit: 'binary'}).filter((file) => !file.includes('\\') && !file.startsWith('./')), fc.string({unit: 'binary', minLength: 1}), fc.string({unit: 'binary'}), (file, ruleId, message) => {
        const command = workflowCommand(createFinding({ruleId, message, source: 'test', file, severity: 'warning'}))
        expect(command).not.toMatch(/[\r\n]/)
        const parsed = parseCommand(command)
        expect(parsed).toEqual({name: 'warning', properties: {file, title: ruleId}, message})
      })
    )
  })
})

describe('github', () => {
  const findings = loadFindings()
  const lines = github(findings).split('\n')

  test('one command per finding, ending with a newline', () => {
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(findings.length)
    expect(lines.map((line) => parseCommand(line).name).sort()).toEqual(
      findings.map((finding) => ({error: 'error', warning: 'warning', info: 'notice'})[finding.severity]).sort()
    )
  })

  test('properties carry the place; endColumn is the last column covered', () => {
    const parsed = lines.map(parseCommand)
    const untranslated = parsed.find((command) => command.properties['title'] === 'term-untranslated')!
    const finding = findings.find((f) => f.ruleId === 'term-untranslated')!
    expect(untranslated.properties).toEqual({
      file: releaseFile,
      line: String(finding.place!.start.line),
      col: String(finding.place!.start.column),
      endLine: String(finding.place!.end.line),
      endColumn: String(finding.place!.start.column + 'МИД'.length - 1),
      title: 'term-untranslated'
    })
    expect(untranslated.message).toBe(finding.message)
  })

  test('columns are left out when a finding spans lines', () => {
    const multiline = lines.map(parseCommand).find((command) => command.properties['line'] !== command.properties['endLine'])!
    expect(multiline.properties).not.toHaveProperty('col')
    expect(multiline.properties).not.toHaveProperty('endColumn')
    expect(multiline.message).toContain('\r\n– Critical Minerals Dialogue (2)\n')
  })

  test('paths are made relative to root', () => {
    const finding: Finding = {...findings[0]!, file: `/home/ci/repo/${releaseFile}`}
    expect(parseCommand(workflowCommand(finding, '/home/ci/repo')).properties['file']).toBe(releaseFile)
    expect(parseCommand(workflowCommand({...finding, file: 'docs\\ru.md'})).properties['file']).toBe('docs/ru.md')
  })

  test('an empty place still gives a valid range', () => {
    const point = {line: 2, column: 5, offset: 9}
    const finding = createFinding({ruleId: 'r', message: 'm', source: 's', file: 'a.md', place: {start: point, end: point}})
    expect(parseCommand(workflowCommand(finding)).properties).toMatchObject({col: '5', endColumn: '5'})
  })
})
