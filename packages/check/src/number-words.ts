/**
 * Numbers written as words, in either language. They only ever satisfy a
 * number written in digits on the other side («восьмидесяти» ↔ 80, "five" ↔
 * «5»): a word alone is never reported, since "one" or «один» is as often a
 * pronoun as a count.
 */
export interface WordNumber {
  values: number[]
  start: number
  end: number
}

// Longest stems first, so «восьмидесяти» is 80 before «восьм» can say 8.
const ruStems: Array<[RegExp, number[]]> = [
  [/^(?:восемьдесят|восьмидесят)/, [80]],
  [/^(?:семьдесят|семидесят)/, [70]],
  [/^(?:шестьдесят|шестидесят)/, [60]],
  [/^(?:пятьдесят|пятидесят)/, [50]],
  [/^девяност/, [90]],
  [/^сорок/, [40]],
  [/^тридцат/, [30]],
  [/^двадцат/, [20]],
  [/^(?:одиннадцат)/, [11]],
  [/^(?:двенадцат)/, [12]],
  [/^(?:тринадцат)/, [13]],
  [/^(?:четырнадцат)/, [14]],
  [/^(?:пятнадцат)/, [15]],
  [/^(?:шестнадцат)/, [16]],
  [/^(?:семнадцат)/, [17]],
  [/^(?:восемнадцат)/, [18]],
  [/^(?:девятнадцат)/, [19]],
  [/^(?:двест|двухсот|двумстам)/, [200]],
  [/^(?:трист|трехсот|трёхсот)/, [300]],
  [/^(?:сто|ста|сотн)$/, [100]],
  [/^(?:тысяч)/, [1000]],
  [/^(?:миллион)/, [1e6]],
  [/^(?:миллиард)/, [1e9]],
  [/^(?:десят|десятк|десятилет)/, [10]],
  [/^(?:девят)/, [9]],
  [/^(?:восем|восьм)/, [8]],
  [/^(?:сем|седьм)/, [7]],
  [/^(?:шест)/, [6]],
  [/^(?:пят)/, [5]],
  [/^(?:четыр|четвер|четвёрт|четверт)/, [4]],
  [/^(?:три|трех|трёх|трем|трём|тремя|трет|тро[её])/, [3]],
  [/^(?:два|две|двух|двум|двумя|втор|дво[её]|двое|двукрат|вдвое)/, [2]],
  [/^(?:один|одн|перв|единств)/, [1]],
  [/^(?:полтор)/, [1.5]],
  [/^(?:половин)/, [0.5, 50]],
  [/^(?:дюжин)/, [12]],
  // «за сутки» ↔ "over 24 hours".
  [/^(?:сутк|суток|суточн)/, [24]]
]

const enWords: Record<string, number[]> = {
  one: [1], first: [1], once: [1], single: [1], two: [2], second: [2], twice: [2], both: [2], double: [2], pair: [2],
  three: [3], third: [3], thrice: [3], triple: [3], four: [4], fourth: [4], quarter: [4, 25], five: [5], fifth: [5],
  six: [6], sixth: [6], seven: [7], seventh: [7], eight: [8], eighth: [8], nine: [9], ninth: [9], ten: [10], tenth: [10],
  decade: [10], decades: [10], eleven: [11], eleventh: [11], twelve: [12], twelfth: [12], dozen: [12], dozens: [12],
  thirteen: [13], fourteen: [14], fifteen: [15], sixteen: [16], seventeen: [17], eighteen: [18], nineteen: [19],
  twenty: [20], twentieth: [20], thirty: [30], forty: [40], fifty: [50], sixty: [60], seventy: [70], eighty: [80], ninety: [90],
  hundred: [100], hundreds: [100], thousand: [1000], thousands: [1000], million: [1e6], millions: [1e6], billion: [1e9],
  half: [0.5, 50], century: [100], centuries: [100]
}

const word = /[\p{L}]+/gu

/** Word numbers of `text`; adjacent tens and units add up («двадцать пять», "twenty-five"). */
export function findWordNumbers(text: string, lang: 'ru' | 'en'): WordNumber[] {
  const found: WordNumber[] = []
  for (const match of text.matchAll(word)) {
    const w = match[0].toLowerCase()
    const values = lang === 'en' ? enWords[w] : ruStems.find(([re]) => re.test(w))?.[1]
    if (!values) continue
    const start = match.index ?? 0
    found.push({values: [...values], start, end: start + match[0].length})
  }
  // Tens followed by units: a compound number.
  const out = [...found]
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k] as WordNumber
    const b = found[k + 1] as WordNumber
    const gap = text.slice(a.end, b.start)
    const tens = a.values.find((v) => v >= 20 && v < 100 && v % 10 === 0)
    const unit = b.values.find((v) => v >= 1 && v < 10)
    if (tens !== undefined && unit !== undefined && /^[\s-]$/.test(gap)) out.push({values: [tens + unit], start: a.start, end: b.end})
    // «пять миллионов», "two hundred": a count times a scale.
    const scale = b.values.find((v) => v >= 100)
    if (scale !== undefined && /^\s$/.test(gap)) for (const v of a.values) if (v < 1000) out.push({values: [v * scale], start: a.start, end: b.end})
  }
  return out
}
