import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {checkMarkdownPair} from './check-markdown-pair.js'
import type {CheckFinding} from './types.js'

// The project's own published pair (corpus/), the realest text in the repository.
const corpus = (side: 'ru' | 'en') => readFileSync(fileURLToPath(new URL(`../../../corpus/${side}/000-critical-minerals-ministerial.md`, import.meta.url)), 'utf8')
const ru = corpus('ru')
const en = corpus('en')
const options = {sourceLang: 'ru', targetLang: 'en', ruFile: 'ru.md', enFile: 'en.md'} as const
const counted = (findings: CheckFinding[]) => findings.filter((f) => f.severity !== 'info')
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from)
  return text.replace(from, to)
}

describe('checkMarkdownPair on corpus/000-critical-minerals-ministerial', () => {
  it('finds nothing above info in the published translation', () => {
    expect(counted(checkMarkdownPair(ru, en, options).findings)).toEqual([])
  })

  it('a changed number is placed on the number in the translation, the source number related', () => {
    const changed = edit(en, 'supply 20 of the 60 critical minerals', 'supply 20 of the 66 critical minerals')
    const findings = counted(checkMarkdownPair(ru, changed, options).findings)
    expect(findings.map((f) => [f.ruleId, f.messageId, f.file, f.place?.start.line, f.actual, f.expected])).toEqual([
      ['number-mismatch', 'numberChanged', 'en.md', lineOf(changed, 'of the 66'), '66', ['60']]
    ])
    expect(findings[0]?.related?.file).toBe('ru.md')
    expect(findings[0]?.related?.place?.start.line).toBe(lineOf(ru, '20 из 60'))
  })

  it('an omitted sentence is reported in the translation where it is missing, with the source sentence related', () => {
    const paragraph = en.split('\n').find((l) => l.startsWith('The sides reaffirmed')) as string
    const sentence = paragraph.match(/ Particular attention was paid to the U\.S\. initiative[^.]*\./)?.[0] as string
    const changed = edit(en, sentence, '')
    const findings = counted(checkMarkdownPair(ru, changed, options).findings)
    expect(findings.map((f) => [f.ruleId, f.place?.start.line])).toEqual([['omission', lineOf(changed, 'The sides reaffirmed')]])
    expect(findings[0]?.related?.file).toBe('ru.md')
    expect(String(findings[0]?.data['expected'])).toMatch(/^Отдельное внимание уделено американской/)
  })

  it('a sentence left in Russian is untranslated, at its own line', () => {
    const paragraph = en.split('\n').find((l) => l.startsWith('The conference served as a platform')) as string
    const russian = ru.split('\n').find((l) => l.startsWith('Конференция стала площадкой')) as string
    const changed = edit(en, paragraph, russian)
    const findings = counted(checkMarkdownPair(ru, changed, options).findings)
    expect(findings.some((f) => f.ruleId === 'untranslated' && f.place?.start.line === lineOf(changed, russian))).toBe(true)
  })

  it('`tolmach-disable-next-line` in the translation silences that rule on the next line only', () => {
    const changed = edit(en, 'supply 20 of the 60 critical minerals', 'supply 20 of the 66 critical minerals')
    const line = changed.split('\n').find((l) => l.includes('of the 66')) as string
    const quiet = changed.replace(line, `<!-- tolmach-disable-next-line number-mismatch -->\n${line}`)
    expect(counted(checkMarkdownPair(ru, quiet, options).findings)).toEqual([])
    const other = changed.replace(line, `<!-- tolmach-disable-next-line double-space -->\n${line}`)
    expect(counted(checkMarkdownPair(ru, other, options).findings).map((f) => f.ruleId)).toEqual(['number-mismatch'])
  })
})

describe('checkMarkdownPair: a sentence the translation folds into its neighbour', () => {
  // align-real 02 (postgresql.org press kit, PostgreSQL Licence): two Russian sentences, one English.
  const ruDoc = [
    'Очистка (vacuuming) ― это существенная часть PostgreSQL-администрирования, позволяющая БД переиспользовать место после удаления и обновления строк.',
    'Слоты репликации, которые используются для предотвращения удаления файлов журнала предзаписи (WAL) до того, как они получены репликой, в PostgreSQL 13 могут быть настроены с указанием максимального количества WAL-файлов, которые разрешается сохранить. Это позволяет защититься от ситуаций, когда место на диске закончилось.',
    'PostgreSQL 13 также предоставляет администраторам больше возможностей мониторинга баз данных, включая статистику использования WAL в выводе команды EXPLAIN.'
  ].join('\n\n')
  const enDoc = [
    'Vacuuming is an essential part of PostgreSQL administration, enabling the database to reclaim storage space after rows are updated and deleted.',
    'Replication slots, which are used to prevent write-ahead logs (WAL) from being removed before they are received by a replica, can be tuned in PostgreSQL 13 to specify the max number of WAL files to retain and help avoid out-of-disk errors.',
    'PostgreSQL 13 also adds more ways an administrator can monitor database activity, including referencing WAL usage statistics from EXPLAIN.'
  ].join('\n\n')

  it('is no omission when the neighbour’s translation carries its words («диск» ↔ "disk")', () => {
    expect(counted(checkMarkdownPair(ruDoc, enDoc, options).findings)).toEqual([])
  })

  it('is an omission when the neighbour’s translation does not', () => {
    const cut = edit(enDoc, ' and help avoid out-of-disk errors.', '.')
    expect(counted(checkMarkdownPair(ruDoc, cut, options).findings).map((f) => [f.ruleId, f.place?.start.line])).toEqual([['omission', 3]])
  })
})

describe('checkMarkdownPair: a sentence translated short', () => {
  // align-real 13 (UN Secretary-General's message, © United Nations): the English says in 64 characters what the Russian says in 154.
  const ruDoc = [
    'На фоне происходящих в мире глобальных потрясений Устав остается нашей общей моральной опорой.',
    'В это время крайне резких перемен деятельность Организации Объединенных Наций по-прежнему сосредоточена на решении реальных проблем в интересах реальных людей.',
    'В своей деятельности мы стремимся к обеспечению справедливости в процессе глобализации и призываем к решительным действиям по борьбе с изменением климата.'
  ].join('\n\n')
  const enDoc = [
    'Amid global turmoil, the Charter remains our shared moral compass.',
    'At this time of turbo-charged change, the United Nations remains focused on the real problems of real people.',
    'We are working for a fair globalization and bold climate action.'
  ].join('\n\n')
  const lengths = (en: string) => checkMarkdownPair(ruDoc, en, options).findings.filter((f) => f.ruleId === 'length-ratio').map((f) => [f.severity, f.place?.start.line])

  it('is a condensed translation, info, when its words translate the source’s', () => {
    expect(lengths(enDoc)).toEqual([['info', 5]])
  })

  it('stays a warning when the short sentence says something else (a sentence lost, another in its place)', () => {
    const other = edit(enDoc, 'We are working for a fair globalization and bold climate action.', 'We are saying “no” to hatred of any kind.')
    // Among its neighbours the aligner sees the swap itself; alone, the pair is 1-1 and only the length tells.
    expect(counted(checkMarkdownPair(ruDoc, other, options).findings).map((f) => [f.ruleId, f.place?.start.line])).toEqual([['omission', 5]])
    const ru = ruDoc.split('\n\n')[2] as string
    const alone = (en: string) => checkMarkdownPair(ru, en, options).findings.filter((f) => f.ruleId === 'length-ratio').map((f) => f.severity)
    expect(alone('We are working for a fair globalization and bold climate action.')).toEqual(['info'])
    expect(alone('We are saying “no” to hatred of any kind.')).toEqual(['warning'])
  })
})
