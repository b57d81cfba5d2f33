import {Buffer} from 'node:buffer'
import {createFinding} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {loadFindings} from './fixtures/load.js'
import {githubSummary} from './github-summary.js'
import {escapeMarkdownCell} from './markdown-escape.js'

describe('githubSummary', () => {
  test('lists every finding, past the 10 annotations GitHub shows per kind', () => {
    const many = Array.from({length: 25}, (_, i) =>
      createFinding({ruleId: 'term-missing', message: `Нет перевода термина №${i + 1}`, source: 's', file: 'ru.md'})
    )
    const out = githubSummary(many)
    expect(out.startsWith('### tolmach: 25 problems (25 errors)\n')).toBe(true)
    const rows = out.split('\n').filter((line) => line.startsWith('| ❌'))
    expect(rows).toHaveLength(25)
    expect(rows.every((row) => row.split(/(?<!\\)\|/).length === 7)).toBe(true)
  })

  test('each table row is one row with five cells, whatever the message holds', () => {
    const out = githubSummary(loadFindings())
    const rows = out.split('\n').filter((line) => /^\| (❌|⚠️|ℹ️)/.test(line))
    expect(rows).toHaveLength(loadFindings().length)
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(7)
  })

  test('stays within maxBytes and says how many rows were left out', () => {
    const many = Array.from({length: 200}, (_, i) =>
      createFinding({ruleId: 'term-forbidden', message: `Запрещённый вариант «crucial minerals» №${i}`, source: 's', file: 'en.md'})
    )
    const out = githubSummary(many, {maxBytes: 4000})
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(4000)
    const shown = out.split('\n').filter((line) => line.startsWith('| ❌')).length
    expect(shown).toBeGreaterThan(10)
    expect(out).toContain(`…and ${200 - shown} more findings, left out`)
  })

  test('a clean run says so', () => {
    expect(githubSummary([], {toolName: 'tolmach check'})).toBe('### tolmach check: No problems found.\n')
  })
})

describe('escapeMarkdownCell', () => {
  test('keeps text literal inside a table cell', () => {
    expect(escapeMarkdownCell('a | b')).toBe('a \\| b')
    expect(escapeMarkdownCell('<stdin> & co')).toBe('&lt;stdin&gt; &amp; co')
    expect(escapeMarkdownCell('*x* _y_ `z` [l](u) ~s~ \\')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\\\')
    expect(escapeMarkdownCell('one\r\ntwo\nthree\rfour')).toBe('one<br>two<br>three<br>four')
  })
})
