import {createFinding} from '@tolmach/core'
import {describe, expect, test} from 'vitest'
import {displayWidth} from './display-width.js'
import {loadFindings, releaseFile} from './fixtures/load.js'
import {stylish} from './stylish.js'
import type {Labels, SeverityCounts} from './types.js'

const findings = loadFindings()

describe('stylish', () => {
  test('rows of a file line up: severity, message and rule each start in one column', () => {
    const out = stylish(findings)
    const block = out.split('\n\n').find((part) => part.startsWith(releaseFile))!
    const rows = block.split('\n').slice(1).filter((line) => /^ {2}\d+:\d+/.test(line))
    expect(rows).toHaveLength(5)
    const columnOf = (row: string, text: string) => displayWidth(row.slice(0, row.indexOf(text)))
    const severityColumns = rows.map((row) => columnOf(row, row.match(/error|warning|info/)![0]))
    const ruleColumns = rows.map((row) => columnOf(row, row.match(/term-[a-z]+$/)![0]))
    expect(new Set(severityColumns).size).toBe(1)
    expect(new Set(ruleColumns).size).toBe(1)
  })

  test('continuation lines of a message start under the message', () => {
    const lines = stylish(findings).split('\n')
    const first = lines.findIndex((line) => line.includes('двумя способами:'))
    const messageColumn = lines[first]!.indexOf('«Диалог')
    expect(lines[first + 1]!.indexOf('– Critical')).toBe(messageColumn)
    expect(lines[first + 2]!.indexOf('– CMD')).toBe(messageColumn)
  })

  test('no colour unless asked; the palette given is the one used', () => {
    expect(stylish(findings)).not.toContain('\u001b')
    expect(stylish(findings, {palette: {red: (s) => `<r>${s}</r>`}})).not.toContain('<r>')
    const tags = {
      red: (s: string) => `<red>${s}</red>`,
      yellow: (s: string) => `<yellow>${s}</yellow>`,
      dim: (s: string) => `<dim>${s}</dim>`,
      bold: (s: string) => `<bold>${s}</bold>`,
      underline: (s: string) => `<u>${s}</u>`
    }
    const coloured = stylish(findings, {color: true, palette: tags})
    expect(coloured).toContain(`<u>${releaseFile}</u>`)
    expect(coloured).toContain('<red>error  </red>')
    expect(coloured).toContain('<yellow>warning</yellow>')
    expect(coloured).toMatch(/<red>✖<\/red> <bold>8 problems \(3 errors, 2 warnings, 3 info\)<\/bold>\n$/)
    expect(stylish(findings, {color: true})).toContain('\u001b[31merror')
  })

  test('the words it prints come from labels, plural rules and all', () => {
    const few = (n: number, forms: [string, string, string]) => {
      const [one, some, many] = forms
      const last = n % 10
      const lastTwo = n % 100
      if (last === 1 && lastTwo !== 11) return `${n} ${one}`
      if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return `${n} ${some}`
      return `${n} ${many}`
    }
    const russian: Partial<Labels> = {
      error: 'ошибка',
      warning: 'предупреждение',
      info: 'сведения',
      noFile: '<ввод>',
      expected: 'ожидалось',
      found: 'найдено',
      summary: (counts: SeverityCounts) =>
        `${few(counts.error + counts.warning + counts.info, ['замечание', 'замечания', 'замечаний'])}: ${few(counts.error, ['ошибка', 'ошибки', 'ошибок'])}`
    }
    const out = stylish(findings, {labels: russian, verbose: true})
    expect(out).toContain('<ввод>\n')
    expect(out).toMatch(/5:23 {3}ошибка {10}Русский термин/)
    expect(out).toContain('ожидалось: «Ministry of Foreign Affairs», «MFA»')
    expect(out).toContain('найдено: «МИД»')
    expect(out).toMatch(/✖ 8 замечаний: 3 ошибки\n$/)
    expect(out).not.toMatch(/\b(error|warning|expected|found)\b/)
  })

  test('clean runs print nothing; info-only runs are not marked as failures', () => {
    expect(stylish([])).toBe('')
    const info = stylish([createFinding({ruleId: 'note', severity: 'info', message: 'к сведению', source: 's'})])
    expect(info).toMatch(/^<stdin>\n {4}info {2}к сведению {2}note\n\nℹ 1 problem \(1 info\)\n$/)
  })

  test('misuse throws TypeError naming the option', () => {
    expect(() => stylish(findings, {color: 'yes' as never})).toThrow(/options\.color/)
    expect(() => stylish(findings, {color: true, palette: {red: 'red' as never}})).toThrow(/options\.palette\.red/)
    expect(() => stylish('findings' as never)).toThrow(TypeError)
    expect(() => stylish([{...findings[0]!, severity: 'fatal' as never}])).toThrow(/findings\[0\]\.severity/)
  })
})

describe('displayWidth', () => {
  test('counts terminal cells, not UTF-16 units', () => {
    expect(displayWidth('МИД')).toBe(3)
    expect(displayWidth('🇰🇿')).toBe(2)
    expect(displayWidth('🤝')).toBe(2)
    expect(displayWidth('е\u0301')).toBe(1)
    expect(displayWidth('中文')).toBe(4)
  })
})
