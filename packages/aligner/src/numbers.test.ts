import {describe, expect, it} from 'vitest'
import {findNumbers} from './numbers.js'

const values = (text: string, lang: 'ru' | 'en') => findNumbers(text, lang).map((n) => n.value)

describe('findNumbers', () => {
  it('reads decimal commas and points alike', () => {
    expect(values('Рост составил 12,5% за год.', 'ru')).toEqual(['12.5'])
    expect(values('Growth was 12.5% for the year.', 'en')).toEqual(['12.5'])
  })

  it('scales amounts: «17 млрд долларов» ↔ "$17 billion"', () => {
    expect(values('проектов на сумму порядка 17 млрд долларов', 'ru')).toEqual(['17000000000'])
    expect(values('projects worth about $17 billion', 'en')).toEqual(['17000000000'])
    expect(values('около 30 тыс. артефактов', 'ru')).toEqual(['30000'])
    expect(values('€185 thousand', 'en')).toEqual(['185000'])
    expect(values('1,5 млн человек', 'ru')).toEqual(['1500000'])
  })

  it('reads thousands separators of both languages', () => {
    expect(values('выделено 1 250 000 рублей', 'ru')).toEqual(['1250000'])
    expect(values('1,250,000 roubles were allocated', 'en')).toEqual(['1250000'])
    // A comma and a space is a list, not a decimal.
    expect(values('в 2020, 2021 и 2022 годах', 'ru')).toEqual(['2020', '2021', '2022'])
  })

  it('normalises dates: «19 сентября 2023 года» ↔ "September 19, 2023", «8 февраля» ↔ "February 8"', () => {
    expect(values('на саммите 19 сентября 2023 года', 'ru').sort()).toEqual(['19', '2023', 'm9'])
    expect(values('at the summit on September 19, 2023', 'en').sort()).toEqual(['19', '2023', 'm9'])
    expect(values('8 февраля Госдепартамент провел встречу', 'ru').sort()).toEqual(['8', 'm2'])
    expect(values('On February 8, the State Department', 'en').sort()).toEqual(['8', 'm2'])
  })

  it('reports offsets inside the sentence', () => {
    const text = 'в декабре 2026 года'
    const found = findNumbers(text, 'ru')
    expect(found.map((n) => text.slice(n.start, n.end))).toEqual(['декабре', '2026'])
  })

  it('does not take the modal verb "may" for a month', () => {
    expect(values('The sides may meet again.', 'en')).toEqual([])
    expect(values('on May 9, 2025', 'en').sort()).toEqual(['2025', '9', 'm5'])
  })
})

describe('findNumbers on numeric dates', () => {
  it('reads 19.09.2023 and 09/19/2023 as the written-out date', () => {
    const written = values('19 сентября 2023 года', 'ru').sort()
    expect(values('Указ от 19.09.2023 вступил в силу.', 'ru').sort()).toEqual(written)
    expect(values('The decree of 09/19/2023 took effect.', 'en').sort()).toEqual(written)
    expect(values('The decree of 19/09/2023 took effect.', 'en').sort()).toEqual(written)
  })

  it('reads Roman numerals and clock times the way translators rewrite them', () => {
    const values = (text: string, lang: 'ru' | 'en') => findNumbers(text, lang).map((n) => n.value)
    expect(values('делегаты VIII съезда собрались в 15:30', 'ru')).toEqual(['8', '15:30'])
    expect(values('delegates to the 8th Congress met at 3:30 p.m.', 'en')).toEqual(['8', '15:30'])
    expect(values('at 9 am', 'en')).toEqual(['9:00'])
    expect(values('the CLI and the LCD in PostgreSQL 10.12', 'en')).toEqual(['10.12'])
    expect(values('версия 9.10 вышла в XXI веке', 'ru')).toEqual(['9.1', '21'])
  })
})
