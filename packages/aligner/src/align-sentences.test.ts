import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {alignSentences, alignSentencesWithReport} from './align-sentences.js'
import {parseHunalignDictionary} from './dictionary.js'
import type {Bead} from './types.js'

interface Fixture {
  src: string[]
  tgt: string[]
  srcParagraphs?: number[]
  tgtParagraphs?: number[]
  gold: Array<[number[], number[]]>
}

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'))
}

const pairs = (beads: Bead[]) => beads.map((b) => [b.src, b.tgt])

/** Every sentence of both sides exactly once, in order. */
function expectCover(beads: Bead[], n: number, m: number) {
  expect(beads.flatMap((b) => b.src)).toEqual(Array.from({length: n}, (_, i) => i))
  expect(beads.flatMap((b) => b.tgt)).toEqual(Array.from({length: m}, (_, i) => i))
}

describe('alignSentences on a press release', () => {
  it('finds 1-1, a dropped caption (1-0), a merge (2-1), a split (1-2) and an added note (0-1)', () => {
    const f = fixture('c5-dialogue')
    const beads = alignSentences(f.src, f.tgt, {srcParagraphs: f.srcParagraphs, tgtParagraphs: f.tgtParagraphs})
    expect(pairs(beads)).toEqual(f.gold)
  })

  it('needs no paragraph marks for the same release', () => {
    const f = fixture('c5-dialogue')
    expect(pairs(alignSentences(f.src, f.tgt))).toEqual(f.gold)
  })

  it('finds 1-3 and 3-1 beads', () => {
    const f = fixture('kosherbayev-talks')
    const beads = alignSentences(f.src, f.tgt)
    expect(pairs(beads)).toEqual(f.gold)
    for (const b of beads) expect(b.score).toBeGreaterThan(0)
  })

  it('finds a 2-2 bead where the translator moved the sentence boundary', () => {
    const src = [
      'Министр иностранных дел РК Ермек Кошербаев принял участие в первой Министерской конференции по критическим минералам по приглашению государственного секретаря США Марко Рубио.',
      'Ермек Кошербаев подчеркнул стратегическую роль страны в обеспечении устойчивости глобальных цепочек поставок энергоносителей и критических минералов, а также отметил значение сотрудничества в данной сфере как одного из ключевых направлений взаимодействия с США.',
      'Американский дипломат согласился.',
      'По итогам встречи стороны договорились укреплять двустороннее взаимодействие в рамках существующих форматов сотрудничества и за счет запуска новых механизмов и инициатив.'
    ]
    const tgt = [
      'Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev took part in the first Critical Minerals Ministerial at the invitation of U.S. Secretary of State Marco Rubio.',
      "Yermek Kosherbayev stressed Kazakhstan's strategic role in resilient global supply chains for energy and critical minerals.",
      'He noted that cooperation in this area is one of the key areas of interaction with the United States, and the American diplomat agreed.',
      'Following the meeting, the sides agreed to strengthen bilateral cooperation within existing formats and by launching new mechanisms and initiatives.'
    ]
    expect(pairs(alignSentences(src, tgt))).toEqual([
      [[0], [0]],
      [[1, 2], [1, 2]],
      [[3], [3]]
    ])
  })
})

describe('alignSentences evidence', () => {
  // Two candidate sentences of equal length: only numbers, names or terms tell them apart.
  const src = [
    'Казахстан способен обеспечивать поставки 20 из 60 критических минералов.',
    'Инвестиционные проекты составили порядка 17 млрд долларов в 2025 году.'
  ]

  it('pairs by normalised numbers when English drops one sentence', () => {
    const beads = alignSentences(src, ['Investment projects amounted to about $17 billion in 2025.'])
    expect(pairs(beads)).toEqual([
      [[0], []],
      [[1], [0]]
    ])
  })

  it('pairs dates written the Russian and the English way', () => {
    const ru = ['Саммит состоялся 19 сентября 2023 года в Нью-Йорке.', 'Встреча прошла 8 февраля в Вашингтоне.']
    expect(pairs(alignSentences(ru, ['The meeting took place in Washington on February 8.']))).toEqual([
      [[0], []],
      [[1], [0]]
    ])
  })

  it('pairs names by transliteration (Кошербаев ↔ Kosherbayev)', () => {
    const ru = ['С докладом выступил министр Ермек Кошербаев.', 'С докладом выступил министр Канат Шарлапаев.']
    expect(pairs(alignSentences(ru, ['Minister Kanat Sharlapayev made a report.']))).toEqual([
      [[0], []],
      [[1], [0]]
    ])
  })

  it('pairs through anchor concept ids from a glossary', () => {
    // Lengths alone pair the English with the first sentence; «Совет мира» ↔ "Board of Peace" is a glossary term.
    const ru = ['Стороны обсудили вопросы торговли.', 'Стороны обсудили участие в Совете мира.']
    const en = ['They discussed the Board of Peace.']
    const anchors = {
      source: (s: string) => (s.includes('Совет') ? ['board-of-peace'] : []),
      target: (s: string) => (s.includes('Board of Peace') ? ['board-of-peace'] : [])
    }
    const expected = [
      [[0], []],
      [[1], [0]]
    ]
    expect(pairs(alignSentences(ru, en, {anchors, lexicon: false}))).toEqual(expected)
    expect(pairs(alignSentences(ru, en, {lexicon: false}))).not.toEqual(expected)
  })

  it('uses a hunalign dictionary when given one, and works without it', () => {
    // Lengths alone pair the English with the first sentence.
    const ru = ['Стороны обсудили сотрудничество.', 'Стороны обсудили вопросы безопасности.']
    const en = ['The sides discussed security.']
    const dictionary = parseHunalignDictionary('security @ безопасность\ncooperation @ сотрудничество\n')
    const expected = [
      [[0], []],
      [[1], [0]]
    ]
    expect(pairs(alignSentences(ru, en, {dictionary, lexicon: false}))).toEqual(expected)
    // The built-in word list knows these words too.
    expect(pairs(alignSentences(ru, en))).toEqual(expected)
    expect(pairs(alignSentences(ru, en, {lexicon: false}))).not.toEqual(expected)
  })

  it('keeps hard boundaries (heading ↔ heading)', () => {
    const f = fixture('c5-dialogue')
    const beads = alignSentences(f.src, f.tgt, {boundaries: [[3, 2]]})
    expect(pairs(beads)).toEqual(f.gold)
    // Forcing a wrong boundary: no bead may straddle it, whatever it costs.
    const forced = alignSentences(f.src, f.tgt, {boundaries: [[4, 2]]})
    expectCover(forced, f.src.length, f.tgt.length)
    for (const b of forced) {
      const before = b.src.every((i) => i < 4) && b.tgt.every((j) => j < 2)
      const after = b.src.every((i) => i >= 4) && b.tgt.every((j) => j >= 2)
      expect(before || after).toBe(true)
    }
    expect(pairs(forced)).not.toEqual(f.gold)
  })
})

describe('alignSentences progress', () => {
  it('reports rising progress that ends at the total, without changing the beads', () => {
    const f = fixture('c5-dialogue')
    // A document long enough for several reports: the press release ten times over.
    const src = Array.from({length: 10}, () => f.src).flat()
    const tgt = Array.from({length: 10}, () => f.tgt).flat()
    const seen: Array<[number, number]> = []
    const beads = alignSentences(src, tgt, {onProgress: (done, total) => seen.push([done, total])})
    expect(pairs(beads)).toEqual(pairs(alignSentences(src, tgt)))
    expect(seen.length).toBeGreaterThan(5)
    expect(seen.every(([, total]) => total === src.length)).toBe(true)
    expect(seen.every(([done], k) => k === 0 || done > (seen[k - 1] as [number, number])[0])).toBe(true)
    expect(seen.at(-1)).toEqual([src.length, src.length])
  })

  it('counts both passes of realign', () => {
    const f = fixture('c5-dialogue')
    const seen: number[] = []
    alignSentences(f.src, f.tgt, {realign: true, onProgress: (done, total) => seen.push(done / total)})
    expect(seen.at(-1)).toBe(1)
    expect(seen.some((x) => x <= 0.5)).toBe(true)
  })
})

describe('alignSentences on bad input', () => {
  it('makes every sentence a deletion when one side is empty, with a warning', () => {
    const f = fixture('c5-dialogue')
    const report = alignSentencesWithReport(f.src, [])
    expect(pairs(report.beads)).toEqual(f.src.map((_, i) => [[i], []]))
    expect(report.warnings[0]).toMatch(/one side is empty/)
    expect(alignSentences([], [])).toEqual([])
    expect(pairs(alignSentences([], ['Only English.']))).toEqual([[[], [0]]])
  })

  it('copes with a target ten times longer, with a warning', () => {
    const f = fixture('c5-dialogue')
    const tgt = Array.from({length: 10}, () => f.tgt).flat()
    const report = alignSentencesWithReport(f.src.slice(0, 2), tgt)
    expectCover(report.beads, 2, tgt.length)
    expect(report.warnings.join(' ')).toMatch(/differ a lot in length/)
    expect(report.beads.filter((b) => b.src.length === 0).length).toBeGreaterThanOrEqual(tgt.length - 6)
  })

  it('warns when both documents are Russian', () => {
    const f = fixture('c5-dialogue')
    const report = alignSentencesWithReport(f.src, f.src)
    expect(report.warnings).toEqual(['the target does not look English'])
    expect(alignSentencesWithReport(f.src, f.tgt).warnings).toEqual([])
  })

  it('throws TypeError on misuse', () => {
    expect(() => alignSentences('a' as unknown as string[], [])).toThrow(TypeError)
    expect(() => alignSentences(['a'], ['b'], {srcParagraphs: [0, 1]})).toThrow(/srcParagraphs/)
    expect(() => alignSentences(['a'], ['b'], {band: 0})).toThrow(/band/)
    expect(() => alignSentences(['a'], ['b'], {tgtHeadings: [true, false]})).toThrow(/tgtHeadings/)
    expect(() => alignSentences(['a'], ['b'], {srcHeadings: [1 as unknown as boolean]})).toThrow(/srcHeadings/)
    expect(() => alignSentences(['a'], ['b'], {onProgress: 1 as unknown as () => void})).toThrow(/onProgress/)
    expect(() => alignSentences(['a', 'b'], ['c', 'd'], {boundaries: [[1, 1], [0, 2]]})).toThrow(/boundaries/)
  })

  it('covers every sentence exactly once, in order, for any input', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), {maxLength: 30}), fc.array(fc.string(), {maxLength: 30}), (src, tgt) => {
        expectCover(alignSentences(src, tgt), src.length, tgt.length)
      }),
      {numRuns: 200}
    )
  })

  it('covers every sentence with any band, paragraphs and boundaries', () => {
    const sentence = fc.constantFrom(...fixture('c5-dialogue').src, ...fixture('c5-dialogue').tgt, '', 'Фото: МИД', '2023')
    fc.assert(
      fc.property(
        fc.array(sentence, {maxLength: 40}),
        fc.array(sentence, {maxLength: 40}),
        fc.integer({min: 1, max: 6}),
        fc.double({min: 0, max: 1, noNaN: true}),
        (src, tgt, band, cut) => {
          const srcParagraphs = src.map((_, i) => Math.floor(i / 3))
          const tgtParagraphs = tgt.map((_, i) => Math.floor(i / 2))
          const boundaries: Array<[number, number]> = [[Math.floor(src.length * cut), Math.floor(tgt.length * cut)]]
          const beads = alignSentences(src, tgt, {band, srcParagraphs, tgtParagraphs, boundaries})
          expectCover(beads, src.length, tgt.length)
          const [bi, bj] = boundaries[0] as [number, number]
          for (const b of beads) {
            expect(b.src.length <= 3 && b.tgt.length <= 3 && b.src.length + b.tgt.length > 0).toBe(true)
            const before = b.src.every((i) => i < bi) && b.tgt.every((j) => j < bj)
            const after = b.src.every((i) => i >= bi) && b.tgt.every((j) => j >= bj)
            expect(before || after).toBe(true)
          }
        }
      ),
      {numRuns: 300}
    )
  })
})

describe('headings', () => {
  it('makes a page title only the original has cheap to leave out, so the pair after it is no longer in doubt', () => {
    // The untitled Russian page of align-real 03 (PostgreSQL 15 press kit): the English title shares
    // «PostgreSQL 15» with the first sentence, so gluing it on is the pair's close rival.
    const ru = ['Сегодня Глобальная группа разработки PostgreSQL объявляет о выходе PostgreSQL 15.', 'В PostgreSQL 15 оптимизирована сортировка.']
    const en = ['PostgreSQL 15 Released!', 'The PostgreSQL Global Development Group today announced the release of PostgreSQL 15.', 'PostgreSQL 15 improves sorting.']
    const paragraphs = {srcParagraphs: [0, 1], tgtParagraphs: [0, 1, 2]}
    const plain = alignSentences(ru, en, paragraphs)
    const titled = alignSentences(ru, en, {...paragraphs, tgtHeadings: [true, false, false]})
    for (const beads of [plain, titled]) {
      expect(beads.map((b) => [b.src, b.tgt])).toEqual([
        [[], [0]],
        [[0], [1]],
        [[1], [2]]
      ])
    }
    expect(titled[1]!.score).toBeGreaterThan(plain[1]!.score + 0.1)
  })
})
