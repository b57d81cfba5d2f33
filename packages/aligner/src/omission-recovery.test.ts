import {describe, expect, it} from 'vitest'
import {alignSentences} from './align-sentences.js'
import type {Bead} from './types.js'

const pairs = (beads: Bead[]) => beads.map((b) => [b.src, b.tgt])

describe('recovery after an omission', () => {
  it('leaves out the sentence the translator dropped, not the longer rendering whose words match (PostgreSQL Code of Conduct)', () => {
    // align-real 05 (PostgreSQL Licence): the Russian page drops "The Committee membership will be
    // refreshed on an annual basis."; by length alone that sentence fits «Список членов…» best.
    const ru = [
      'Поскольку Главная команда контролирует работу Комитета, во избежание конфликта интересов члены Главной команды не могут быть представителями Комитета.',
      'Список членов Комитета опубликован здесь и доступен в любое время.',
      'Главная команда или Председатель Комитета будут объявлять даты начала и завершения ежегодных выборов новых членов Комитета, используя обычные коммуникационные каналы сообщества.'
    ]
    const en = [
      'As the Core Team oversees the Committee, Core Team members will not serve on the Committee to prevent conflicts of interest.',
      'The membership list of the Committee will be publicly available at all times and can be viewed here.',
      'The Committee membership will be refreshed on an annual basis.',
      'The Core Team or the Committee Chair will announce the opening and closing dates of the annual membership selection process through the usual community channels of communication.'
    ]
    expect(pairs(alignSentences(ru, en, {srcParagraphs: [18, 18, 18], tgtParagraphs: [17, 17, 18, 18]}))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
      [[2], [3]]
    ])
  })

  it('does not glue on an added sentence whose only shared word its neighbour already has', () => {
    // The phenomenon of align-real 08 (two sentences of the original left untranslated): the
    // added sentence repeats «farmers», which the sentence before it already carries.
    const ru = [
      'Чтобы ослабить напряжённость с фермерами, правительство согласилось на постепенную отмену субсидий на дизельное топливо в течение трёх лет.',
      'Четвёртого января группа протестующих не дала министру экономики сойти с парома.'
    ]
    const en = [
      'In an effort to defuse the tension with the farmers, the government agreed to a gradual removal of the diesel subsidy over three years.',
      'The farmers dismissed the concessions as insufficient.',
      'On January 4th a group of protesters prevented the economy minister from leaving a ferry.'
    ]
    expect(pairs(alignSentences(ru, en))).toEqual([
      [[0], [0]],
      [[], [1]],
      [[1], [2]]
    ])
  })
})
