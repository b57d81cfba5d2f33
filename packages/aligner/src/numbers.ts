/**
 * Numbers, amounts and dates written the Russian or the English way, reduced
 * to one canonical form so «12,5%» meets "12.5%" and «17 млрд» meets
 * "17 billion". Offsets point into the sentence so checks can report them.
 */
export interface NumberMention {
  /** Canonical value: `17000000000`, `12.5`, `m9` for September. */
  value: string
  /** Raw number as written before scaling (`17` for «17 млрд»), canonical form. */
  raw: string
  start: number
  end: number
  kind: 'number' | 'month'
}

const ruScale: Record<string, number> = {тыс: 1e3, тысяч: 1e3, млн: 1e6, миллион: 1e6, млрд: 1e9, миллиард: 1e9, трлн: 1e12, триллион: 1e12}
const enScale: Record<string, number> = {thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12}

const ruMonths = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const enMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// Russian groups thousands with (narrow) spaces and writes a decimal comma;
// a comma followed by a space is a list, not a decimal.
const ruNumber = /(?<![\d.,])\d{1,3}(?:[  ]\d{3})+(?:,\d+)?(?!\d)|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])/g
const enNumber = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.,])\d+(?:\.\d+)?(?!\d)/g
const ruMonth = /(?<![\p{L}])(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?![\p{L}])/giu
const enMonth = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g
const numericDate = /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,/]\d)/g
const ruScaleAfter = /^[  ]*(тыс|тысяч[аи]?|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?|трлн|триллион(?:а|ов)?)(?![\p{L}])/iu
const enScaleAfter = /^[  -]?(thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)\b/i

// Clock times: 24-hour «15:30» / "15:30", and English "3:30 p.m." / "3 pm" (never «15.30»:
// a point is a version or a decimal as often as a time).
const clock24 = /(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)/g
const clock12 = /(?<![\d.,:])(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?/gi
// Roman numerals of two or more letters up to 39 («VIII съезд», «XXI век», "Title IX"), read as
// numbers; L and C are left out, so acronyms (CLI, LCD) are not numbers.
const roman = /(?<![\p{L}\d])(?=[IVX]{2,}(?![\p{L}\d]))X{0,3}(?:IX|IV|V?I{0,3})(?![\p{L}\d])/gu
const romanValue: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}

/** The value of a Roman numeral written with I, V, X, L and C (`VIII` → 8, `XC` → 90). */
export function fromRoman(text: string): number {
  let total = 0
  for (let k = 0; k < text.length; k++) {
    const v = romanValue[text[k] as string] as number
    const next = romanValue[text[k + 1] as string] ?? 0
    total += v < next ? -v : v
  }
  return total
}

function canonical(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)))
}

function scaleWord(word: string, lang: 'ru' | 'en'): number {
  const w = word.toLowerCase()
  if (lang === 'en') return enScale[w] ?? 1
  for (const [stem, scale] of Object.entries(ruScale)) if (w.startsWith(stem)) return scale
  return 1
}

/** Numbers and month names in `text`, with offsets. */
export function findNumbers(text: string, lang: 'ru' | 'en'): NumberMention[] {
  const found: NumberMention[] = []
  // Numeric dates first (19.09.2023, 09/19/2023): day, month and year, like a written-out date.
  for (const match of text.matchAll(numericDate)) {
    const [written, a, sep, b, year] = match as unknown as [string, string, string, string, string]
    let day = Number(a)
    let month = Number(b)
    // Slashes in English are month first unless that cannot be a month.
    if (sep === '/' && lang === 'en' && day <= 12) [day, month] = [month, day]
    if (day < 1 || day > 31 || month < 1 || month > 12) continue
    const start = match.index ?? 0
    const end = start + written.length
    found.push({value: String(day), raw: String(day), start, end, kind: 'number'})
    found.push({value: `m${month}`, raw: `m${month}`, start, end, kind: 'month'})
    const y = year.length === 2 ? `20${year}` : year
    found.push({value: y, raw: y, start, end, kind: 'number'})
  }
  // ISO dates (2022-05-02): year, month, day.
  for (const match of text.matchAll(/(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d-])/g)) {
    const start = match.index ?? 0
    const end = start + match[0].length
    const day = String(Number(match[3]))
    found.push({value: match[1] as string, raw: match[1] as string, start, end, kind: 'number'})
    found.push({value: `m${Number(match[2])}`, raw: `m${Number(match[2])}`, start, end, kind: 'month'})
    found.push({value: day, raw: day, start, end, kind: 'number'})
  }
  // Year ranges written short ("1981-87", "2019–20"): the second year in full, as the other side spells it.
  for (const match of text.matchAll(/(?<![\d.,])((?:19|20)(\d\d))[-–](\d\d)(?![\d-])/g)) {
    const start = match.index ?? 0
    if (found.some((d) => start >= d.start && start < d.end)) continue
    const first = match[1] as string
    const second = `${first.slice(0, 2)}${match[3]}`
    found.push({value: first, raw: first, start, end: start + 4, kind: 'number'})
    found.push({value: second, raw: second, start: start + 5, end: start + match[0].length, kind: 'number'})
  }
  const taken = (at: number) => found.some((d) => at >= d.start && at < d.end)
  for (const re of lang === 'en' ? [clock12, clock24] : [clock24]) {
    for (const match of text.matchAll(re)) {
      const start = match.index ?? 0
      if (taken(start)) continue
      let hour = Number(match[1])
      const minute = match[2] ?? '00'
      if (re === clock12) hour = (hour % 12) + ((match[3] ?? '').toLowerCase() === 'p' ? 12 : 0)
      const value = `${hour}:${minute}`
      found.push({value, raw: value, start, end: start + match[0].length, kind: 'number'})
    }
  }
  for (const match of text.matchAll(roman)) {
    const start = match.index ?? 0
    if (!match[0] || taken(start)) continue
    const value = String(fromRoman(match[0]))
    found.push({value, raw: value, start, end: start + match[0].length, kind: 'number'})
  }
  const dates = found.map((d) => [d.start, d.end] as const)
  const re = lang === 'ru' ? ruNumber : enNumber
  for (const match of text.matchAll(re)) {
    if (dates.some(([s, e]) => (match.index ?? 0) >= s && (match.index ?? 0) < e)) continue
    const written = match[0]
    const plain = lang === 'ru' ? written.replace(/[  ]/g, '').replace(',', '.') : written.replace(/,/g, '')
    const value = Number(plain)
    if (!Number.isFinite(value)) continue
    const start = match.index ?? 0
    let end = start + written.length
    const after = text.slice(end, end + 16).match(lang === 'ru' ? ruScaleAfter : enScaleAfter)
    let scaled = value
    if (after) {
      scaled = value * scaleWord(after[1] ?? '', lang)
      end += after[0].length
    }
    found.push({value: canonical(scaled), raw: canonical(value), start, end, kind: 'number'})
  }
  const monthRe = lang === 'ru' ? ruMonth : enMonth
  for (const match of text.matchAll(monthRe)) {
    const word = (match[1] ?? '').toLowerCase()
    const index = (lang === 'ru' ? ruMonths : enMonths).findIndex((m) => word.startsWith(m))
    if (index < 0) continue
    // «май» is also a verb form nowhere, but English "May" is a modal verb:
    // only count it beside a number.
    if (lang === 'en' && index === 4 && !/\d/.test(text.slice(Math.max(0, (match.index ?? 0) - 4), (match.index ?? 0) + 10))) continue
    const start = match.index ?? 0
    found.push({value: `m${index + 1}`, raw: `m${index + 1}`, start, end: start + match[0].length, kind: 'month'})
  }
  return found.sort((a, b) => a.start - b.start)
}
