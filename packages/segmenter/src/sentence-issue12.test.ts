import {describe, expect, it} from 'vitest'
import {segmentText} from './segment-text.js'

// The phenomena of issue 12, each from real published text where one was at
// hand (press releases in ../shared/eval-data/align-real, Kazinform, RIA
// Novosti, PostgreSQL release notes; the English cases from pySBD's golden
// rules and mail in UD EWT). Each case lists the expected sentences; the
// input is them joined by one space unless `text` gives it.
interface Case {
  name: string
  sentences: string[]
  text?: string
}

const ru: Case[] = [
  // Abbreviations inside dates and references.
  {name: 'abbreviated month in a date', sentences: ['Соглашение подписано 14 окт. 2023 г. в Астане.', 'Оно вступит в силу 1 янв. 2025 г.', 'Документ опубликован.']},
  {name: 'сент. and фев.', sentences: ['Заседания прошли 5 сент. 2023 г. и 12 фев. 2024 г. в Москве.']},
  {name: 'рис., табл., прил. before a number', sentences: ['Динамика экспорта показана на рис. 2 и в табл. 3, методика описана в прил. 1 к отчету.']},
  {name: 'шт. before a US state', sentences: ['Завод расположен в г. Фримонт, шт. Калифорния, и выпускает электромобили.']},
  {name: 'обл. and р-н before a name', sentences: ['Меморандум подписали акимат обл. Абай и Бостандыкский р-н г. Алматы.', 'Срок действия – 3 года.']},
  // A date phrase opening a sentence (UD PUD, Wikipedia): «до н. э.», «гг.» before the subject; a clause ending in one still ends.
  {name: 'до н. э. closing a date phrase before the subject', sentences: ['1 января 49 года до н. э. Марк Антоний прочел заявление Цезаря, в котором проконсул провозглашал себя другом мира.']},
  {name: 'гг. after an adverb and a date', sentences: ['Одновременно в середине 1970-х гг. Старлин создал несколько историй для антологии «Star Reach».']},
  {name: 'до н. э. ending a clause', sentences: ['Первые греческие тексты начали появляться с 9 века до н. э.', 'Греция была поделена на много небольших поселений.']},
  // Titles and initials.
  {name: 'English title and initials in Russian text', sentences: ['Делегацию возглавил Mr. John D. Peterson, директор департамента.']},
  {name: 'initial before an apostrophe name', sentences: ['Об этом заявил Дж. О\'Брайен на брифинге в Вашингтоне.']},
  {name: 'two initials before a surname', sentences: ['С речью выступил вице-президент США Дж. Д. Вэнс.', 'Он призвал к миру.']},
  // Company forms at the end of a sentence.
  {name: 'S.A. before a new sentence', sentences: ['Соглашение подписали АО «Самрук-Энерго» и TotalEnergies S.A.', 'Мощность станции составит 1 ГВт.']},
  {name: 'A/S and AG at the end', sentences: ['Партнером выступит датская компания Maersk A/S.', 'Контракт подписан на 10 лет.']},
  {name: 'AG at the end', sentences: ['Оборудование поставит Siemens Energy AG.', 'Монтаж начнется весной.']},
  {name: 'Inc. at the end', sentences: ['Акции приобрела компания Apple Inc.', 'Сумма сделки не раскрывается.']},
  {name: 'Ltd. and LLC at the end', sentences: ['Подрядчиком стала Sinopec Engineering Ltd.', 'Вторым участником выступила Chevron Munaigas LLC.', 'Работы начнутся в мае.']},
  {name: 'Inc. mid-sentence', sentences: ['Представители Microsoft Inc. и Google LLC провели встречу.']},
  // A bare number at the end.
  {name: 'sentence ending in a bare number', sentences: ['Номер горячей линии: 1414.', 'Звонок бесплатный.']},
  {name: 'list number is not a sentence end', sentences: ['Порядок действий: 1. Подать заявку.', '2. Получить ответ.']},
  // Datelines.
  {name: 'Kazakhstan Today dateline', sentences: ['Астана. 5 марта. KAZAKHSTAN TODAY - Министр иностранных дел провел встречу с послом Франции.']},
  {name: 'Kazinform dateline', sentences: ['ASTANA. KAZINFORM – Глава государства принял министра энергетики.']},
  {name: 'RIA Novosti dateline', sentences: ['ВАШИНГТОН, 20 янв - РИА Новости.', 'Президент США подписал указ.']},
  {name: 'city dateline with a month abbreviation', sentences: ['МОСКВА, 3 фев. - РИА Новости.', 'Совет Федерации одобрил закон.']},
  {name: 'brand with an exclamation mark', sentences: ['Генеральный директор Yahoo! Марисса Майер объявила о покупке сервиса.']},
  // Headings and code.
  {name: 'heading with an inner period', text: 'Удобство работы с JSON. Мульти-интервалы\n\nТекст раздела.', sentences: ['Удобство работы с JSON. Мульти-интервалы', 'Текст раздела.']},
  {
    name: 'CREATE TABLE .. AS in prose',
    sentences: ['Теперь параллелизацию поддерживают команды CREATE TABLE .. AS, SELECT INTO и CREATE MATERIALIZED VIEW.']
  },
  {
    name: 'ALTER TABLE .. ADD COLUMN .. DEFAULT ..',
    sentences: ['Для ALTER TABLE .. ADD COLUMN .. DEFAULT .. со значением по умолчанию теперь не производится полное обновление таблицы.']
  }
]

const en: Case[] = [
  {name: 'lowercase sentence start in mail', sentences: ['max and jen are looking for you.', 'call them at 303-832-8160.', "they haven't heard from you in a while."]},
  {name: 'lowercase after a question', sentences: ["you don't know what that means?", 'where did you grow up?', 'india?']},
  {name: 'lowercase after a spaced question mark', sentences: ['are there any people out there who share the same tastes as i do ?', 'i dont know what it is.']},
  {name: 'brand with an exclamation mark', sentences: ['She works at Yahoo! in the accounting department.']},
  {name: 'abbreviation before a lowercase word', sentences: ['We need pens, paper, etc. for the office.', 'Send them to Recine, Wis. in the spring.']},
  {name: 'endnote number after the period', sentences: ['The majority should be protected due to minority rights. 4', 'Even though the number of Americans grew, the rule held.']},
  {name: 'aside in brackets after a sentence', sentences: ['This tradition has lasted for hundreds of years.', '(credit: modification of work by Liz West)']},
  {name: 'P.M. before a title', sentences: ['At 5 a.m. Mr. Smith went to the bank.', 'He left the bank at 6 P.M.', 'Mr. Smith then went to the store.']},
  {name: 'inline numbered list with brackets', sentences: ['1.) The first item', '2.) The second item']},
  {name: 'inline numbered list with a closing bracket', sentences: ['1) The first item', '2) The second item']},
  {name: 'bullets with numbers', sentences: ['• 9. The first item', '• 10. The second item']},
  {name: 'lettered list', sentences: ['a. The first item', 'b. The second item', 'c. The third list item']},
  {name: 'N°. before a number', sentences: ['You can find it at N°. 1026.253.553.', 'That is where the treasure is.']},
  {name: 'citation after a quotation', sentences: ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).']},
  {
    name: 'spaced ellipsis inside a sentence',
    sentences: ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."]
  },
  {
    name: 'period then a spaced ellipsis',
    sentences: ['One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.', '. . . The practice was not abandoned. . . .']
  }
]

function check(cases: Case[], lang: 'ru' | 'en'): void {
  for (const c of cases) {
    it(c.name, () => {
      const text = c.text ?? c.sentences.join(' ')
      const got = segmentText(text, {lang})
      expect(got.map((s) => s.text)).toEqual(c.sentences)
    })
  }
}

describe('issue 12: Russian press phenomena', () => check(ru, 'ru'))
describe('issue 12: English phenomena', () => check(en, 'en'))
