import {describe, expect, it} from 'vitest'
import {alignSentences, alignSentencesWithReport} from './align-sentences.js'
import {boilerplateKind} from './boilerplate.js'
import {learnLexicon} from './self-train.js'
import type {Bead} from './types.js'

const pairs = (beads: Bead[]) => beads.map((b) => [b.src, b.tgt])

describe('document roles', () => {
  it('tells bylines and signatures from headlines and sentences', () => {
    expect(boilerplateKind('By Adam Hartung', 'en')).toBe('byline')
    expect(boilerplateKind('António Guterres, Secretary-General', 'ru')).toBe('byline')
    expect(boilerplateKind('Иван Петров, министр иностранных дел', 'ru')).toBe('byline')
    expect(boilerplateKind('Abstraction Kills', 'en')).toBeUndefined()
    expect(boilerplateKind('by the way, it works', 'en')).toBeUndefined()
    expect(boilerplateKind('Secretary-General António Guterres said the talks failed.', 'en')).toBeUndefined()
  })

  it('tells datelines, frames, section labels and tweet signatures from sentences', () => {
    expect(boilerplateKind('ASTANA, Kazakhstan, February 4.', 'en')).toBe('dateline')
    expect(boilerplateKind('Астана. 5 марта. KAZAKHSTAN TODAY -', 'ru')).toBe('dateline')
    expect(boilerplateKind('The full text reads:', 'en')).toBe('frame')
    expect(boilerplateKind('Полный текст заявления:', 'ru')).toBe('frame')
    expect(boilerplateKind('Справка', 'ru')).toBe('label')
    expect(boilerplateKind('Notes to editors:', 'en')).toBe('label')
    expect(boilerplateKind('pic.twitter.com/x1Yz — Christopher Landau (@DepSecState) October 28, 2025', 'en')).toBe('signature')
    expect(boilerplateKind('— Кристофер Ландау (@DepSecState) 28 октября 2025 г.', 'ru')).toBe('signature')
    // Sentences that merely start like one.
    expect(boilerplateKind('Moscow, March 5, 2024 the talks began.', 'en')).toBeUndefined()
    expect(boilerplateKind('Новости. 5 марта прошли выборы.', 'ru')).toBeUndefined()
    expect(boilerplateKind('Текст был написан вчера.', 'ru')).toBeUndefined()
    expect(boilerplateKind('The text of the agreement was signed in Paris.', 'en')).toBeUndefined()
    expect(boilerplateKind('Background checks were tightened last year.', 'en')).toBeUndefined()
    // A dateline's place is a few capitalised words, a byline's name too.
    expect(boilerplateKind('This was announced on Saturday, December 11.', 'en')).toBeUndefined()
    expect(boilerplateKind('At the same time, the President added.', 'en')).toBeUndefined()
    expect(boilerplateKind('According to Zaur Abutalimov, product director at the company.', 'en')).toBeUndefined()
    expect(boilerplateKind('NEW YORK, March 3.', 'en')).toBe('dateline')
    expect(boilerplateKind('António Guterres, Secretary-General', 'en')).toBe('byline')
    expect(boilerplateKind('Автор: Татьяна Кудренок', 'ru')).toBe('byline')
  })

  it('never glues a dateline to the sentence it shares a name with, paragraphs given', () => {
    const ru = ['Президент Казахстана Касым-Жомарт Токаев провел встречу с министром иностранных дел Японии.', 'Стороны обсудили вопросы торгово-экономического сотрудничества.']
    const en = ['ASTANA, Kazakhstan, February 4.', 'Kazakh President Kassym-Jomart Tokayev met with the Minister of Foreign Affairs of Japan.', 'The sides discussed trade and economic cooperation.']
    expect(pairs(alignSentences(ru, en, {srcParagraphs: [0, 1], tgtParagraphs: [0, 0, 1]}))).toEqual([
      [[], [0]],
      [[0], [1]],
      [[1], [2]]
    ])
  })

  it('leaves a dateline and a frame that only the translation has unaligned', () => {
    const ru = [
      'Министр иностранных дел провёл переговоры с послом Франции.',
      'Стороны обсудили вопросы торгово-экономического сотрудничества.',
      'По итогам встречи было принято совместное заявление.',
      'Стороны подтвердили приверженность развитию двусторонних отношений.'
    ]
    const en = [
      'ASTANA, Kazakhstan, February 4.',
      'The Foreign Minister held talks with the Ambassador of France.',
      'The parties discussed trade and economic cooperation.',
      'Following the meeting, a joint statement was adopted.',
      'The full text reads:',
      'The parties confirmed their commitment to developing bilateral relations.'
    ]
    expect(pairs(alignSentences(ru, en))).toEqual([
      [[], [0]],
      [[0], [1]],
      [[1], [2]],
      [[2], [3]],
      [[], [4]],
      [[3], [5]]
    ])
  })

  it('leaves a byline that only one side has unaligned instead of gluing it to the headline', () => {
    const ru = [
      'Послание Генерального секретаря по случаю Международного дня мира',
      'António Guterres, Secretary-General',
      'В этом году мы отмечаем Международный день мира в преддверии семидесятой годовщины Всеобщей декларации прав человека.',
      'Этот основополагающий документ напоминает, что мир укореняется, когда люди не испытывают голода и нищеты.'
    ]
    const en = [
      "Secretary-General's message for International Day of Peace",
      'This year we mark International Day of Peace as we prepare to celebrate the 70th anniversary of the Universal Declaration of Human Rights.',
      'This foundational document is a reminder that peace takes root when people are free from hunger and poverty.'
    ]
    expect(pairs(alignSentences(ru, en, {srcParagraphs: [0, 1, 2, 3], tgtParagraphs: [0, 1, 2]}))).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[3], [2]]
    ])
  })
})

describe('lists', () => {
  const ru = [
    'PostgreSQL 11 повышает общую производительность системы баз данных.',
    'Кроме этого, в PostgreSQL 11:',
    'значительно улучшена система секционирования таблиц,',
    'появились хранимые процедуры, поддерживающие управление транзакциями,',
    'улучшен параллелизм выполнения запросов,',
    'впервые представлены возможности JIT-компиляции для ускорения обработки выражений.',
    'Эти улучшения делают PostgreSQL ещё быстрее.'
  ]
  const en = [
    'PostgreSQL 11 provides users with improvements to overall performance of the database system.',
    'Further, PostgreSQL 11 makes significant improvements to the table partitioning system, adds support for stored procedures capable of transaction management, improves query parallelism, and introduces just-in-time (JIT) compilation for accelerating the execution of expressions in queries.',
    'These improvements make PostgreSQL even faster.'
  ]
  const options = {srcParagraphs: [0, 1, 2, 3, 4, 5, 6], tgtParagraphs: [0, 1, 2]}

  it('lets a lead-in ending in a colon and its items absorb one sentence (5-1)', () => {
    expect(pairs(alignSentences(ru, en, options))).toEqual([
      [[0], [0]],
      [[1, 2, 3, 4, 5], [1]],
      [[6], [2]]
    ])
  })

  it('never builds such a bead without the lead-in', () => {
    const noLead = ru.map((s) => s.replace('PostgreSQL 11:', 'PostgreSQL 11.'))
    expect(pairs(alignSentences(noLead, en, options)).some(([s]) => (s as number[]).length > 3)).toBe(false)
  })
})

describe('self-training', () => {
  const src = ['Фермеры протестуют в Берлине.', 'Фермеры требуют субсидий.', 'Машинисты бастуют.', 'Правительство молчит о субсидиях.']
  const tgt = ['Farmers protest in Berlin.', 'Farmers demand subsidies.', 'Train drivers strike.', 'The government is silent on subsidies.']

  it('learns word links from confident 1-1 beads, and none from weak ones', () => {
    const beads: Bead[] = src.map((_, k) => ({src: [k], tgt: [k], score: 0.99}))
    const learned = learnLexicon([{src, tgt, beads}])
    expect(learned.ru.get('фермер')).toContain('farmer')
    expect(learned.ru.get('субсид')).toContain('subsidi')
    expect(learnLexicon([{src, tgt, beads: beads.map((b) => ({...b, score: 0.5}))}]).ru.size).toBe(0)
  })

  it('realigns with what it learned and still covers every sentence', () => {
    const result = alignSentencesWithReport(src, tgt, {realign: true})
    expect(pairs(result.beads)).toEqual(src.map((_, k) => [[k], [k]]))
    expect(() => alignSentences(src, tgt, {realign: 'yes' as unknown as boolean})).toThrow(TypeError)
    expect(() => alignSentences(src, tgt, {learned: {} as never})).toThrow(TypeError)
  })
})
