import {describe, expect, it} from 'vitest'
import {segmentText} from './segment-text.js'

// Press-release paragraphs, one per phenomenon of issue 2. Each case lists
// the expected sentences; the input is them joined by one space unless
// `text` gives it (glued sentences, line breaks). Several sentences come from
// the public releases in ../shared/seeds.
interface Case {
  name: string
  sentences: string[]
  text?: string
}

const ru: Case[] = [
  // Abbreviations that do not end a sentence.
  {
    name: 'г. before a city, гг. inside',
    sentences: ['В 2010-2012 гг. делегация посещала г. Волгоград неоднократно, а в 2015 г. открыла там представительство.']
  },
  {
    name: 'т.е., т.д., т.п. mid-sentence',
    sentences: ['Речь идет о редкоземельных металлах, т.е. о литии, кобальте и т.д., а также о графите, никеле и т.п. сырье.']
  },
  {name: 'им. with initials', sentences: ['Форум прошел в КазНУ им. аль-Фараби и в МГУ им. М. В. Ломоносова.']},
  {name: 'ул. and д.', sentences: ['Прием документов ведется по адресу: г. Астана, ул. Бейбитшилик, д. 10, каб. 305.']},
  {name: 'проф. and акад.', sentences: ['С докладами выступили проф. Сергеев и акад. НАН РК Жумагулов.']},
  {
    name: 'млн, млрд, тыс., руб., долл. before lowercase',
    sentences: ['Объем инвестиций составил 17 млрд долл. за три года, из них 300 тыс. руб. направлено на обучение и 5 млн тенге на гранты.']
  },
  {name: 'ст., п., см.', sentences: ['Согласно ст. 15 п. 3 Закона, см. также приложение к протоколу.']},
  {name: 'и др. before lowercase', sentences: ['В мероприятии участвовали Казахстан, Узбекистан и др. страны региона.']},
  {name: 'долл. США is one unit', sentences: ['Товарооборот достиг 4,5 млрд долл. США по итогам года.']},
  {name: 'ч. and мин. before numbers', sentences: ['Заседание началось в 10 ч. 30 мин. по времени Астаны.']},
  // The same abbreviations ending a sentence.
  {
    name: 'г. ends a sentence',
    sentences: ['Меморандум был подписан в ноябре 2022 г.', 'Стороны договорились продолжить консультации.']
  },
  {name: 'гг. ends a sentence', sentences: ['Программа рассчитана на 2024-2026 гг.', 'Ее бюджет утвержден правительством.']},
  {name: 'т.д. ends a sentence', sentences: ['Обсуждались энергетика, транспорт, логистика и т.д.', 'Итоги подведут в марте.']},
  {name: 'т. п. with a space ends a sentence', sentences: ['Затронуты вопросы воды, энергии и т. п.', 'Также обсуждалось образование.']},
  {name: 'и др. ends a sentence', sentences: ['На форуме выступили министры, послы и др.', 'Все они поддержали инициативу.']},
  {name: 'млрд ends a sentence', sentences: ['Объем инвестиций составил 17 млрд.', 'Это рекордный показатель.']},
  {name: 'долл. ends a sentence', sentences: ['Сумма сделки составила 2 млн долл.', 'Подробности не раскрываются.']},
  {name: 'долл. США ends a sentence', sentences: ['Сумма сделки составила 2 млн долл. США.', 'Подробности не раскрываются.']},
  {name: 'тыс. т. ends a sentence', sentences: ['Экспорт зерна составил 500 тыс. т.', 'Это на 10% больше, чем годом ранее.']},
  {name: 'в. (century) ends a sentence', sentences: ['Город основан в XII в.', 'В XIX в. он стал торговым центром.']},
  {name: 'г. after a year ends before a digit', sentences: ['Рост продолжился в 2023 г.', '70% поставок пришлось на Китай.']},
  // Initials.
  {name: 'initial glued to the surname', sentences: ['Встреча, проходившая под председательством Хосе У.Фернандеса, собрала представителей всех пяти стран Центральной Азии.']},
  {name: 'hyphenated initials', sentences: ['Президент РК К.-Ж. Токаев провел переговоры.', 'Стороны обсудили сотрудничество.']},
  {name: 'Дж. Д. Вэнс', sentences: ['Президент встретился с вице-президентом США Дж. Д. Вэнсом.', 'Встреча прошла в Белом доме.']},
  {name: 'glued initials', sentences: ['Докладчик А.Б.Иванов отметил рост экспорта.', 'Его поддержал В. В. Петров.']},
  {name: 'initials then a sentence starter', sentences: ['Об этом сообщил пресс-секретарь Президента Р. Жолдас.', 'В ходе брифинга он ответил на вопросы журналистов.']},
  // Glued sentences.
  {
    name: 'period glued to a date',
    text: 'По итогам встречи стороны договорились укреплять взаимодействие за счет новых механизмов и инициатив.8 февраля Государственный департамент США провел первую встречу.',
    sentences: [
      'По итогам встречи стороны договорились укреплять взаимодействие за счет новых механизмов и инициатив.',
      '8 февраля Государственный департамент США провел первую встречу.'
    ]
  },
  {
    name: 'period glued to an acronym',
    text: 'Казахстан выразил поддержку.США приветствовали это решение.',
    sentences: ['Казахстан выразил поддержку.', 'США приветствовали это решение.']
  },
  {
    name: 'question mark glued to a capital',
    text: 'Что дальше?Ответ даст правительство.',
    sentences: ['Что дальше?', 'Ответ даст правительство.']
  },
  {
    name: 'period glued to a capitalised surname',
    text: 'Делегацию возглавил министр иностранных дел Ермек Кошербаев.В ходе визита он встретился с коллегой.',
    sentences: ['Делегацию возглавил министр иностранных дел Ермек Кошербаев.', 'В ходе визита он встретился с коллегой.']
  },
  {
    name: 'abbreviation glued to the next sentence',
    text: 'Договор подписан в ноябре 2022 г.Стороны довольны итогами.',
    sentences: ['Договор подписан в ноябре 2022 г.', 'Стороны довольны итогами.']
  },
  {name: 'brands keep their dots', sentences: ['Акции Mail.Ru Group и сервис "Яндекс.Новости" упомянуты в отчете.']},
  {name: 'surname then initials end a sentence', sentences: ['Совещание провел министр Шарлапаев К.Б.', 'Встреча прошла в Торонто.']},
  {name: 'surname then initials mid-sentence', sentences: ['Министр Шарлапаев К.Б. посетит PDAC в Торонто.']},
  // Quotes.
  {name: 'period after the closing guillemet', sentences: ['Министр назвал переговоры «конструктивными».', 'Следующий раунд пройдет в Астане.']},
  {name: 'question inside guillemets', sentences: ['Журналисты спросили: «Когда будет подписано соглашение?»', 'Министр ответил, что в марте.']},
  {name: 'guillemets closing the sentence after ?', sentences: ['Он спросил: «Когда начнутся поставки?».', 'Ответа не последовало.']},
  {name: 'straight quotes, period outside', sentences: ['Он назвал проект "стратегическим".', 'Стороны подписали соглашение.']},
  {name: 'straight quotes, period inside', sentences: ['Он заявил: "Мы готовы к диалогу."', 'После этого началась пресс-конференция.']},
  {name: 'name in guillemets mid-sentence', sentences: ['Саммит «С5+1» прошел в Нью-Йорке, где лидеры обсудили программу «Партнерство для инфраструктуры».']},
  // Direct speech and dialogue dashes.
  {name: 'direct speech with a dash', sentences: ['«Сотрудничество развивается динамично», — подчеркнул министр.', 'Он также отметил рост инвестиций.']},
  {name: 'question in direct speech', sentences: ['«Когда начнется строительство?» — спросил журналист.', 'Ответ был коротким.']},
  {name: 'ellipsis in direct speech', sentences: ['«Работы еще много…», — признал глава ведомства.']},
  {
    name: 'dialogue dashes',
    sentences: ['— Как продвигается проект? — спросил журналист.', '— Очень хорошо, — ответил министр.']
  },
  {
    name: 'speech resumed after the author inside guillemets',
    sentences: ['«К чему ты готовишься? – спросила мама. – Завтра ведь выходной».']
  },
  // Ellipsis.
  {name: 'ellipsis before a capital', sentences: ['Переговоры шли долго…', 'Наконец стороны пришли к согласию.']},
  {name: 'three dots before lowercase', sentences: ['Переговоры шли долго... и завершились подписанием соглашения.']},
  // Numbers.
  {name: 'decimals and percentages', sentences: ['Рост составил 12,5%, инфляция — 8.7%.', 'Это выше прогноза на 0,7 п.п.', 'Аналитики ожидали меньшего.']},
  {name: 'dates with dots', sentences: ['Мероприятие состоится 15.03.2024 в 10.00 в здании МИД.', 'Регистрация обязательна.']},
  {name: 'sentence beginning with a digit', sentences: ['Товарооборот вырос в 1,5 раза.', '70% поставок приходится на сырье.']},
  {name: 'sentence beginning with a year', sentences: ['Соглашение вступило в силу.', '2024 год объявлен годом цифровизации.']},
  {name: 'decree number after г.', sentences: ['Глава государства подписал Указ от 1 сентября 2024 г. № 123.', 'Документ вступает в силу со дня опубликования.']},
  {name: 'unit after a quantity word', sentences: ['Запасы оцениваются в 1,2 млрд т.', 'Добыча начнется в 2026 г.']},
  // Lists and headings.
  {name: 'article heading', sentences: ['Статья 5. Полномочия сторон']},
  {name: 'section heading with a Roman numeral', sentences: ['Раздел II. Основные направления']},
  {name: 'numbered heading', sentences: ['1.1. Общие положения']},
  {name: 'numbered list items in one paragraph', sentences: ['1. Развитие инфраструктуры.', '2. Поддержка экспорта.', '3. Цифровизация.']},
  {name: 'numbered list without final punctuation', sentences: ['Меры: 1. Создать фонд', '2. Обеспечить финансирование', '3. Доложить к 1 мая']},
  {
    name: 'numbered list items after semicolons',
    sentences: ['Правительству поручено: 1. Создать фонд; 2. Обеспечить финансирование; 3. Доложить к 1 мая.', 'Контроль возложен на вице-премьера.']
  },
  {name: 'list markers glued to words', sentences: ['Вот список: 1.энергетика, 2.транспорт, 3.логистика.']},
  {name: 'bracket list markers', sentences: ['Основные направления: 1) энергетика; 2) транспорт; 3) сельское хозяйство.']},
  {
    name: 'heading and list lines without final punctuation',
    text: 'Дополнительные сведения:\n- C5+1 Critical Minerals Dialogue (Государственный департамент США)\n- Readout of President Biden’s Meeting (Белый дом)\nДля информации:\nВ марте министр посетит PDAC в Торонто.',
    sentences: [
      'Дополнительные сведения:',
      '- C5+1 Critical Minerals Dialogue (Государственный департамент США)',
      '- Readout of President Biden’s Meeting (Белый дом)',
      'Для информации:',
      'В марте министр посетит PDAC в Торонто.'
    ]
  },
  {
    name: 'title separated by a blank line',
    text: 'Казахстан принял участие в конференции по критическим минералам\n\nФото: МИД\n\nМинистр принял участие в конференции.',
    sentences: ['Казахстан принял участие в конференции по критическим минералам', 'Фото: МИД', 'Министр принял участие в конференции.']
  },
  // URLs and e-mail.
  {
    name: 'URL at the end of a sentence',
    sentences: ['Подробности на сайте https://www.gov.kz/memleket/entities/mfa?lang=ru.', 'Пресс-служба МИД РК.']
  },
  {name: 'URL with capitals in the path', sentences: ['Текст доступен по ссылке https://example.kz/News.Item/Index.Html в разделе новостей.']},
  {name: 'e-mail', sentences: ['Вопросы можно направить на press@mfa.kz.', 'Ответ придет в течение 3 дней.']},
  {name: 'domain glued to a number', sentences: ['Сериалы выкладываются на kino.1tv.ru ежедневно.']},
  // Exclamations and questions.
  {name: 'exclamation with a title', sentences: ['Уважаемый проф. Семенов!', 'Просьба до 20.10 сдать отчет.']},
  {name: 'question then exclamation', sentences: ['Готовы ли мы?!', 'Безусловно.']}
]

const en: Case[] = [
  {name: 'Mr. and Dr.', sentences: ['Mr. Smith met Dr. Jones on Monday.', 'They discussed trade.']},
  {name: 'U.S. mid-sentence and at the end', sentences: ['The U.S. Department of State hosted the talks in the U.S.', 'The delegation then flew to Canada.']},
  {name: 'Inc. before a verb', sentences: ['Apple Inc. reported strong results.', 'The stock rose 3.5% on Tuesday.']},
  {name: 'Co. at the end', sentences: ['They closed the deal with Pitt, Briggs & Co.', 'It closed yesterday.']},
  {name: 'a.m. and p.m.', sentences: ['The session opens at 9 a.m. on Monday and ends at 5 p.m.', 'Guests should arrive early.']},
  {name: 'No. before a number', sentences: ['See item No. 5 on the list.', 'No changes were made.']},
  {name: 'initials', sentences: ['J. R. R. Tolkien wrote the book.', 'George W. Bush was president then.']},
  {name: 'initial before a starter', sentences: ['The award went to Plan B.', 'The jury was unanimous.']},
  {name: 'decimals', sentences: ['The rate is 12.5 percent.', 'It was 11.2 percent a year ago.']},
  {name: 'quotes, period inside', sentences: ['He said, "We are ready."', 'Then he left the room.']},
  {name: 'quotes followed by lowercase', sentences: ['She turned to him, "This is great." she said.']},
  {name: 'footnote reference after the period', sentences: ['He was educated in Dulwich. [17]', 'Later he moved to Harrow.']},
  {name: 'pages and figures', sentences: ['See pp. 12-15 and Fig. 3 for details.', 'The data are in Table 2.']},
  {name: 'e-mail and URL', sentences: ['Her email is Jane.Doe@example.com.', 'The site is https://www.example.com/new.html.', 'Please check it out.']},
  {name: 'question and exclamation', sentences: ['What happened next?', 'Nobody knows!', 'The report is due on Friday.']}
]

function check(cases: Case[], lang: 'ru' | 'en'): void {
  for (const c of cases) {
    it(c.name, () => {
      const text = c.text ?? c.sentences.join(' ')
      const got = segmentText(text, {lang})
      expect(got.map((s) => s.text)).toEqual(c.sentences)
      for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text)
    })
  }
}

describe('Russian press-release phenomena', () => check(ru, 'ru'))
describe('English phenomena', () => check(en, 'en'))
