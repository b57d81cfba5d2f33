import {describe, expect, it} from 'vitest'
import {segmentText} from './segment-text.js'

// The misses of the UD Russian sets that a segmenter can decide from the text,
// each on the real sentences (UD_Russian-GSD and UD_Russian-Taiga, CC BY-SA
// 4.0; @mentions anonymised there as @screened-N). The input is the sentences
// joined by one space; the control cases show the rule stopping where it must.
const cases: Array<{name: string; sentences: string[]}> = [
  // Wikipedia (GSD).
  {
    name: 'ellipsis right after an opening quote',
    sentences: ['Миллер среди описаний междоусобных действий в южных районах Западной Сибири: "...Прибыл тайша Сайчак с царевичем Ишимом, сыном хана Кучума.']
  },
  {name: 'empty brackets open a sentence', sentences: ['Замужем, двое детей.', '() Родился 12 января 1959 года в Хальмстаде, Швеция.']},
  {name: 'a footnote star before a lowercase word', sentences: ['До 2007 года большинство из них имели стандартные одно- и двузначные номера. (*) до перенумерации 2007/2008 года.']},
  {
    name: 'a full word ending in a vowel before a lowercase start',
    sentences: ['Акцент был чересчур заметен в трёх сценах фильма.', 'уровень программы: бакалавриат + магистратура']
  },
  {name: 'abbreviations ending in a consonant keep going', sentences: ['Переведена на чуваш. и рус. языки в 1990 г. и издана.']},
  // Chat (Taiga, Instagram comments).
  {name: 'bracket smiles', sentences: ['@screened-18 бывает ))', 'После того, как посетил столько городов, они, наверно уже все путаются ))', 'Далат: крейзи Хаус не страшно.']},
  {name: 'a lone bracket smile', sentences: ['@screened-68 спасибо)', 'Спасибо большое🙏🙏🌹']},
  {name: 'a closing bracket that closes is no smile', sentences: ['28200₽/выходные на двоих (пт-вс) Стоимость указана без скидки.']},
  {name: 'emoji before the next reply', sentences: ['Такие вы клевые😍😍😍', '@screened-150 Кучи*']},
  {name: 'tags of a post before the next comment', sentences: ['#хмао #surgutcity #мотокросс #titanic', 'Вау!', 'Красота!']},
  {name: 'tags after final punctuation stay with it', sentences: ['Делитесь своим секретом хорошего улова зимой! #базанакалиновке #рыбалка']},
  {name: 'a keycap digit opens an item', sentences: ['3⃣ Отменить налоги на годовые премии', '4⃣ Отменить налоги на социальное обеспечение']},
  {name: 'a link before a capitalised word', sentences: ['Вторая статья того же самого автора: http://xxxxxx', 'Что было дальше — вы знаете.']},
  {name: 'the blank Braille line stays with its sentence', sentences: ['Мерзейшее зрелище! ⠀', 'Поэтому, сегодня мне не до юмора.']}
]

describe('chat and Wikipedia phenomena of UD Russian', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = segmentText(c.sentences.join(' '), {lang: 'ru'})
      expect(got.map((s) => s.text)).toEqual(c.sentences)
    })
  }
  it('an English bracket after an unclosed aside is no smile', () => {
    const text = 'See the notes) The next part follows.'
    expect(segmentText(text, {lang: 'en'}).map((s) => s.text)).toEqual([text])
  })
})
