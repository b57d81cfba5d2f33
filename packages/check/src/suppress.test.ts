import {describe, expect, it} from 'vitest'
import {applySuppressions, suppressionScopes} from './suppress.js'

const at = (ruleId: string, line: number) => ({ruleId, place: {start: {line, column: 1, offset: 0}, end: {line, column: 2, offset: 1}}})

describe('suppression comments', () => {
  const text = [
    '# Title', // 1
    '<!-- tolmach-disable-next-line number-mismatch, link-mismatch -->', // 2
    'Growth was 15.2%.', // 3
    'Text <!-- tolmach-disable-line -->', // 4
    '<!-- tolmach-disable double-space -->', // 5
    'A  B', // 6
    '<!-- tolmach-enable -->', // 7
    'C  D' // 8
  ].join('\n')

  it('reads next-line, same-line and range directives with their rule lists', () => {
    expect(suppressionScopes(text).map((s) => [s.from, s.to, s.rules === 'all' ? 'all' : [...s.rules]])).toEqual([
      [3, 3, ['number-mismatch', 'link-mismatch']],
      [4, 4, 'all'],
      [5, 7, ['double-space']]
    ])
  })

  it('drops only the findings a directive covers', () => {
    const findings = [at('number-mismatch', 3), at('end-punctuation', 3), at('untranslated', 4), at('double-space', 6), at('double-space', 8)]
    expect(applySuppressions(findings, text).map((f) => `${f.ruleId}@${f.place.start.line}`)).toEqual(['end-punctuation@3', 'double-space@8'])
  })
})
