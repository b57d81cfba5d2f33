import {describe, expect, it} from 'vitest'
import {alignSentences} from './align-sentences.js'
import {datelinePrefix} from './dateline-prefix.js'
import {createKeyTable, sentenceFeatures} from './features.js'

const prefixOf = (s: string) => s.slice(0, datelinePrefix(s))

describe('a dateline opening a sentence', () => {
  it('is found in agency, press-kit and wire styles', () => {
    // The agency dateline, and the press kits of align-real (01, 02, 03, 04).
    expect(prefixOf('Астана. 5 марта. KAZAKHSTAN TODAY - Министр иностранных дел Казахстана провёл встречу.')).toBe('Астана. 5 марта. KAZAKHSTAN TODAY - ')
    expect(prefixOf('18 OCTOBER 2018 - The PostgreSQL Global Development Group today announced the release of PostgreSQL 11.')).toBe('18 OCTOBER 2018 - ')
    expect(prefixOf('SEPTEMBER 24, 2020 - The PostgreSQL Global Development Group today announced the release of PostgreSQL 13.')).toBe('SEPTEMBER 24, 2020 - ')
    expect(prefixOf('26 сентября 2024г. - Сегодня Глобальная группа разработки PostgreSQL объявляет о выходе PostgreSQL 17.')).toBe('26 сентября 2024г. - ')
    expect(prefixOf('WASHINGTON, Feb. 3 (Reuters) - The United States said on Friday it would act.')).toBe('WASHINGTON, Feb. 3 (Reuters) - ')
    expect(prefixOf('НЬЮ-ЙОРК, 4 февраля /ТАСС/. Генеральный секретарь ООН заявил о поддержке.')).toBe('НЬЮ-ЙОРК, 4 февраля /ТАСС/. ')
  })

  it('is not read into sentences about a date, ranges or dateline lines', () => {
    expect(datelinePrefix('5 марта - день рождения моего брата.')).toBe(0)
    expect(datelinePrefix('May 5 - 7 the conference takes place in Riga.')).toBe(0)
    expect(datelinePrefix('В марте 2020 года - в разгар пандемии - всё закрылось.')).toBe(0)
    expect(datelinePrefix('ASTANA, Kazakhstan, February 4.')).toBe(0)
    expect(datelinePrefix('Астана. 5 марта. KAZAKHSTAN TODAY -')).toBe(0)
  })

  it('counts for neither the length of its sentence nor the keys the translation must have', () => {
    const features = (text: string) => {
      const table = createKeyTable()
      const f = sentenceFeatures(text, 'ru', 0, table, undefined, undefined)
      const names = [...table.ids.keys()]
      return {chars: f.chars, all: [...f.keys].map((k) => names[k]), hard: [...f.hard].map((k) => names[k])}
    }
    const body = 'Министр иностранных дел Казахстана провёл встречу с послом Германии в 2024 году.'
    const f = features(`Астана. 5 марта 2024 года. KAZAKHSTAN TODAY - ${body}`)
    expect(f.chars).toBe(body.length)
    // The agency and the date are still keys (they may meet the other side's dateline), but not hard ones;
    // the year of the body stays hard.
    expect(f.all).toEqual(expect.arrayContaining(['w:kazakhstan', 'w:today', 'n:2024']))
    expect(f.hard).toEqual(['n:2024'])
    expect(features('Астана. 5 марта. KAZAKHSTAN TODAY - Министр провёл встречу.').hard).toEqual([])
  })

  it('leaves the other side’s dateline line one-sided and pairs the sentences', () => {
    const ru = [
      'Астана. 5 марта. KAZAKHSTAN TODAY - Министр иностранных дел Казахстана провёл встречу с послом Германии.',
      'Стороны обсудили вопросы торгово-экономического сотрудничества.',
      'По итогам встречи было подписано соглашение.'
    ]
    const en = [
      'ASTANA, Kazakhstan, March 4.',
      'The Foreign Minister of Kazakhstan met the German ambassador.',
      'The sides discussed trade and economic cooperation.',
      'An agreement was signed after the meeting.'
    ]
    expect(alignSentences(ru, en).map((b) => [b.src, b.tgt])).toEqual([
      [[], [0]],
      [[0], [1]],
      [[1], [2]],
      [[2], [3]]
    ])
  })
})
