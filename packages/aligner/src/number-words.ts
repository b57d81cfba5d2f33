/**
 * Numbers spelled out as words («два», «семидесятой», "two", "seventy"):
 * translators switch between words and digits freely, so a spelled number
 * may answer a digit on the other side; on its own it is never a finding
 * ("one of them" is not a count).
 */
export interface NumberWord {
  value: string
  start: number
  end: number
}

// Russian stems of cardinals and ordinals in any case; tens first («семидесятой» is 70, not 7).
const ruStems: Array<[RegExp, number]> = [
  [/^двадцат/, 20],
  [/^тридцат/, 30],
  [/^сорок/, 40],
  [/^пятидесят|^пятьдесят/, 50],
  [/^шестидесят|^шестьдесят/, 60],
  [/^семидесят|^семьдесят/, 70],
  [/^восьмидесят|^восемьдесят/, 80],
  [/^девяност/, 90],
  [/^(?:сто|ста|сотн)$|^сотый/, 100],
  [/^(?:один|одн[аоиу]|одног|одном|первы?|перв[аоуыею])/, 1],
  [/^(?:дв[ауе]|двух|двум|двое|втор)/, 2],
  [/^(?:тр[иеё]|трех|трём|трем|трое|трет)/, 3],
  [/^(?:четыр|четвер)/, 4],
  [/^(?:пят[ьиою]|пятый|пятая|пятое|пятых)/, 5],
  [/^(?:шест[ьиою]|шестой)/, 6],
  [/^(?:сем[ьиою]|седьм)/, 7],
  [/^(?:восем|восьм)/, 8],
  [/^(?:девят[ьиою]|девятый)/, 9],
  [/^(?:десят[ьиою]|десятый|десятк)/, 10]
]
const enWords: Record<string, number> = {
  one: 1, first: 1, two: 2, second: 2, twice: 2, double: 2, three: 3, third: 3, four: 4, fourth: 4, five: 5, fifth: 5,
  six: 6, sixth: 6, seven: 7, seventh: 7, eight: 8, eighth: 8, nine: 9, ninth: 9, ten: 10, tenth: 10,
  twenty: 20, twentieth: 20, thirty: 30, thirtieth: 30, forty: 40, fortieth: 40, fifty: 50, fiftieth: 50,
  sixty: 60, sixtieth: 60, seventy: 70, seventieth: 70, eighty: 80, eightieth: 80, ninety: 90, ninetieth: 90, hundred: 100, hundredth: 100
}
// "десятилетие" is a decade, «пятница» a weekday: whole words only, and these are excluded.
const ruExclude = /^(?:десятилет|пятниц|сорока$|тройк|пятёрк|пятерк|седьмиц|вторник|четверг|сотрудн|сотовый|сотни?$)/

export function findNumberWords(text: string, lang: 'ru' | 'en'): NumberWord[] {
  const out: NumberWord[] = []
  const re = lang === 'ru' ? /[а-яё]+/giu : /[a-z]+/gi
  for (const m of text.matchAll(re)) {
    const word = m[0].toLowerCase()
    let value: number | undefined
    if (lang === 'en') value = enWords[word]
    else if (!ruExclude.test(word)) value = ruStems.find(([stem]) => stem.test(word))?.[1]
    if (value !== undefined) out.push({value: String(value), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length})
  }
  return out
}
