import {findNumbers, fromRoman} from '@tolmach/aligner'
import {unitAfter} from './measures.js'
import {findWordNumbers} from './number-words.js'

/**
 * A number, time, month or weekday of a sentence, with every canonical form
 * it may take on the other side (`keys`). `optional` mentions (numbers as
 * words, Roman numerals in English, a dateline the translator added) only
 * satisfy others; they are never reported.
 */
export interface Mention {
  kind: 'number' | 'time' | 'month' | 'weekday'
  keys: string[]
  start: number
  end: number
  optional: boolean
  /** A small bare number (≤ 10): often spelled out, so a warning only. */
  soft: boolean
  /** "NZ$1.5m ($1.06m)": on the bracketed amount, the amount it converts. */
  converts?: Mention
  /** The unit written after the number («25 см», "10 inches"), for converted measures. */
  unit?: string
}

const time = /(?<![\d:.,])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s*([ap])\.?\s?m\b\.?)?(?![\d:])/gi
const ruTime = /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g
const romanRe = /(?<![\p{L}\d])[IVXLC]{1,7}(?![\p{L}\d])/gu
const validRoman = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const ruWeekdays: Array<[RegExp, number]> = [
  [/^понедельник/, 1], [/^вторник/, 2], [/^(?:среду|средам|среда|среды|средой)$/, 3], [/^четверг(?!ов)/, 4], [/^пятниц/, 5], [/^суббот(?!н)/, 6], [/^воскресень/, 7]
]
const ruMonthStems = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр']
const ruMonthOtherCases = /(?<!\p{L})(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ю|ем|ём)|(?:март|август)(?:у|ом)|ма(?:ю|ем))(?!\p{L})/giu
const ruHour = /(?<![\d:.,])([01]?\d|2[0-3])(?:\s+час(?:а|ов)?)?\s+(утра|дня|вечера|ночи)(?!\p{L})/giu
const ruDayMonthAdjectives: Array<[RegExp, 'weekday' | 'month', string]> = [
  [/^понедельничн/, 'weekday', 'd1'], [/^вторничн/, 'weekday', 'd2'], [/^четвергов/, 'weekday', 'd4'],
  [/^пятничн/, 'weekday', 'd5'], [/^субботн/, 'weekday', 'd6'], [/^воскресн/, 'weekday', 'd7'],
  [/^январск/, 'month', 'm1'], [/^февральск/, 'month', 'm2'], [/^мартовск/, 'month', 'm3'], [/^апрельск/, 'month', 'm4'],
  [/^майск/, 'month', 'm5'], [/^июньск/, 'month', 'm6'], [/^июльск/, 'month', 'm7'], [/^августовск/, 'month', 'm8'],
  [/^сентябрьск/, 'month', 'm9'], [/^октябрьск/, 'month', 'm10'], [/^ноябрьск/, 'month', 'm11'], [/^декабрьск/, 'month', 'm12']
]
const enWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const enMonthWord = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
// "MOSCOW, Oct. 3, 2023 —", "18 October 2018 -", "2023-10-03:" at the very start of an English text.
const dateline = new RegExp(`^[\\s\\p{P}]*(?:[\\p{Lu}][\\p{L} .'-]{0,40},\\s*)?(?:${enMonthWord}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}\\s+${enMonthWord},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[-–—:/|]`, 'iu')

const ruLabel = /^[\s\p{P}\u2063]*(?:Часть|Глава|Раздел|Том|Книга|Серия|Эпизод|Выпуск|Урок|Шаг|Этап|Лекция)\s+\d{1,3}(?=[.:\s]|$)/u
const enLabel = /^[\s\p{P}\u2063]*(?:Part|Chapter|Section|Volume|Book|Episode|Issue|Lesson|Step|Stage|Lecture)\s+\d{1,3}(?=[.:\s]|$)/u

/** Replaces spans with a character no pattern matches, keeping offsets. */
function blank(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  let out = text
  for (const [s, e] of spans) out = out.slice(0, s) + '\u2063'.repeat(e - s) + out.slice(e)
  return out
}

/** The mentions of one side. `text` has placeholders and URLs blanked already. */
export function findMentions(raw: string, lang: 'ru' | 'en', role: 'source' | 'target'): Mention[] {
  // «380\u00a0тысяч», «16\u202f700»: a no-break or thin space groups digits and joins a scale word as a space does.
  const text = raw.replace(/[\u00a0\u202f\u2009]/g, ' ')
  const out: Mention[] = []
  const times: Array<[number, number]> = []
  for (const m of text.matchAll(lang === 'en' ? time : ruTime)) {
    const start = m.index ?? 0
    let hour = Number(m[1])
    const minute = m[2] as string
    const half = m[3]?.toLowerCase()
    // "15.30" is a decimal unless it says a.m./p.m.
    if (lang === 'en' && m[0].includes('.') && !/[ap]/i.test(m[0].slice(m[1]!.length + 3))) continue
    if (half === 'p' && hour < 12) hour += 12
    if (half === 'a' && hour === 12) hour = 0
    const keys = [`t${hour}:${minute}`]
    // Without a.m./p.m. "3:30" may be afternoon.
    if (!half && hour < 12) keys.push(`t${hour + 12}:${minute}`)
    out.push({kind: 'time', keys, start, end: start + m[0].length, optional: false, soft: false})
    times.push([start, start + m[0].length])
  }
  // «в 7 утра», «в 2 часа дня», «около 4 часов утра»: an hour and the part of the day is a time.
  if (lang === 'ru') {
    for (const m of text.matchAll(ruHour)) {
      const start = m.index ?? 0
      if (times.some(([s, e]) => start < e && s < start + m[0].length)) continue
      let hour = Number(m[1])
      const part = (m[2] as string).toLowerCase()
      if ((part === 'дня' || part === 'вечера') && hour < 12) hour += 12
      if (part === 'ночи' && hour === 12) hour = 0
      out.push({kind: 'time', keys: [`t${hour}:00`], start, end: start + m[0].length, optional: false, soft: false})
      times.push([start, start + m[0].length])
    }
  }
  // ISO dates (2022-05-02) are day, month and year, like «2 мая 2022 г.».
  for (const m of text.matchAll(/(?<![\d-])(\d{4})-(0[1-9]|1[0-2])-([0-2]\d|3[01])(?![\d-])/g)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    out.push({kind: 'number', keys: [m[1] as string], start, end, optional: false, soft: false})
    out.push({kind: 'month', keys: [`m${Number(m[2])}`], start, end, optional: false, soft: false})
    out.push({kind: 'number', keys: [String(Number(m[3]))], start, end, optional: false, soft: Number(m[3]) <= 10})
    times.push([start, end])
  }
  let plain = blank(text, times)
  // findNumbers knows "October", not "OCTOBER" (press-release datelines).
  if (lang === 'en') plain = plain.replace(/\b(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b/g, (w) => (w[0] as string) + w.slice(1).toLowerCase())
  const imperial = lang === 'en' ? /^[-\s]?(?:foot|feet|ft|miles?|inch(?:es)?|pounds?|lbs?|°F|gallons?|yards?|acres?|ounces?|oz)\b/ : undefined
  const optionalUntil = role === 'target' && lang === 'en' ? (plain.match(dateline)?.[0].length ?? 0) : 0
  // «Часть 5. Проблема абстракции» ↔ "The Abstract Challenge": the number of a part, chapter or step that opens a title is the site's numbering, which a translation may drop.
  const label = role === 'source' ? plain.match(lang === 'ru' ? ruLabel : enLabel) : null
  const labelEnd = label ? label[0].length : -1
  for (const n of findNumbers(plain, lang)) {
    const keys = [...new Set([n.value, n.raw])]
    const written = plain.slice(n.start, n.end)
    // «30-тысячный» is 30,000; «5-миллионный» 5,000,000.
    const adjective = lang === 'ru' ? plain.slice(n.end, n.end + 14).match(/^-?(тысячн|миллионн|миллиардн)/) : null
    if (adjective) keys.push(String(Number(n.raw) * (adjective[1] === 'тысячн' ? 1e3 : adjective[1] === 'миллионн' ? 1e6 : 1e9)))
    // «в 30-е годы прошлого века» ↔ "in the 1930s".
    if (lang === 'ru' && /^[1-9]0$/.test(n.raw) && /^-?(?:е|х|ые|ых)\s+(?:год|гг)/u.test(plain.slice(n.end, n.end + 12))) keys.push(`19${n.raw}`, `20${n.raw}`)
    // "2.5 million" ↔ «2,5 млн»: the scaled value is enough; "2.5" ↔ «2½» is not handled.
    // "3 p.m.", "2pm": the number finder reads them as a clock value; they are times like «15:00».
    const clock = n.value.match(/^(\d{1,2}):(\d\d)$/)
    if (clock) {
      out.push({kind: 'time', keys: [`t${Number(clock[1])}:${clock[2]}`], start: n.start, end: n.end, optional: false, soft: false})
      continue
    }
    // "Jan Gelfand": a short month name before a capitalised word is a first name.
    if (n.kind === 'month' && lang === 'en' && /^(?:Jan|Mar|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(written) && /^\s+\p{Lu}/u.test(plain.slice(n.end, n.end + 3))) continue
    const kind = n.kind === 'month' ? 'month' : 'number'
    // "March." ends a sentence; only "Oct." is an abbreviation.
    const end = kind === 'month' && written.length > 5 && written.endsWith('.') ? n.end - 1 : n.end
    // "1981-87": the second year of a range written short.
    const range = plain.slice(Math.max(0, n.start - 5), n.start).match(/(\d\d)\d\d[-–]$/)
    if (range && /^\d\d$/.test(written)) keys.push(`${range[1]}${written}`)
    const after = plain.slice(n.end, n.end + 12)
    // "3D", "5G", "B2B": a digit glued to letters names a thing; a converted unit ("80-foot") cannot be compared.
    const glued = n.value === n.raw && /^\p{L}/u.test(after) && !/^(?:st|nd|rd|th|s)\b/i.test(after) && !/^[мm]\b/iu.test(after)
    const gluedBefore = /\p{L}$/u.test(plain.slice(0, n.start))
    // "NZ$1.5m ($1.06m)": an amount converted in brackets says nothing the source must.
    const converted = lang === 'en' && /\d[\d.,]*\s?(?:[mkb]n?|million|billion)?\s*\(\s*(?:[A-Z]{1,3})?[$€£¥]\s?$/.test(plain.slice(Math.max(0, n.start - 30), n.start))
    const mention: Mention = {
      kind,
      keys,
      start: n.start,
      end,
      optional: n.end <= optionalUntil || n.end === labelEnd || glued || gluedBefore || converted || (imperial?.test(after) ?? false),
      soft: kind === 'number' && n.value === n.raw && /^(?:\d|10)$/.test(n.raw) && !written.includes('%')
    }
    const unit = kind === 'number' ? unitAfter(plain, end, lang) : undefined
    if (unit) mention.unit = unit
    if (converted) {
      const main = out.findLast((o) => o.kind === 'number' && o.end <= n.start)
      if (main) mention.converts = main
    }
    out.push(mention)
  }
  // «к январю», «перед маем»: the number finder knows the nominative, genitive and prepositional of a month only.
  if (lang === 'ru') {
    for (const m of plain.matchAll(ruMonthOtherCases)) {
      const start = m.index ?? 0
      const index = ruMonthStems.findIndex((stem) => m[0].toLowerCase().startsWith(stem))
      if (index >= 0) out.push({kind: 'month', keys: [`m${index + 1}`], start, end: start + m[0].length, optional: false, soft: false})
    }
  }
  // The number finder reads the modal "may" as a month only beside a number; "in May last year" is a month too.
  if (lang === 'en') {
    for (const m of plain.matchAll(/(?<=\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Oo]f|[Dd]uring)\s+)May\b/g)) {
      const start = m.index ?? 0
      if (out.some((o) => o.start < start + 3 && start < o.end)) continue
      out.push({kind: 'month', keys: ['m5'], start, end: start + 3, optional: false, soft: false})
    }
  }
  for (const m of plain.matchAll(romanRe)) {
    const s = m[0]
    if (!validRoman.test(s)) continue
    // English has a pronoun "I"; a one-letter Roman numeral there is too risky to require.
    const start = m.index ?? 0
    // The aligner's number finder may already read it (VIII ↔ 8th): one mention per numeral.
    if (out.some((o) => o.start < start + s.length && start < o.end)) continue
    const value = fromRoman(s)
    out.push({kind: 'number', keys: [String(value)], start, end: start + s.length, optional: lang === 'en', soft: value <= 10})
  }
  for (const w of findWordNumbers(plain, lang)) {
    const unit = unitAfter(plain, w.end, lang)
    out.push({kind: 'number', keys: w.values.map(String), start: w.start, end: w.end, optional: true, soft: true, ...(unit ? {unit} : {})})
  }
  for (const m of plain.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase()
    // A Russian text may name "The Sunday Times" in Latin: that Sunday answers the English one.
    const latin = lang === 'ru' && /^\p{Script=Latin}/u.test(w)
    const day = lang === 'en' || latin ? enWeekdays.indexOf(w) + 1 : (ruWeekdays.find(([re]) => re.test(w))?.[1] ?? 0)
    if (day <= 0) {
      // «пятничные дебаты» ↔ "Friday's debate", «июньский саммит» ↔ "the June summit": the adjective says the day or month too.
      const adjective = lang === 'ru' ? ruDayMonthAdjectives.find(([re]) => re.test(w)) : undefined
      if (adjective) {
        const start = m.index ?? 0
        out.push({kind: adjective[1], keys: [adjective[2]], start, end: start + m[0].length, optional: true, soft: false})
      }
      continue
    }
    // «среда» is also "environment": only a capitalised weekday or one a preposition or a time of day introduces («в среду», «до вечера среды», «в прошлую среду») counts.
    if (lang === 'ru' && day === 3 && !/^С/.test(m[0]) && !/(?:^|\s)(?:в|во|по|на|до|с|со|к|ко|утра|утром|вечера|вечером|дня|ночи|прошлую|эту|следующую|каждую|ближайшую)\s+$/i.test(plain.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))) continue
    const start = m.index ?? 0
    out.push({kind: 'weekday', keys: [`d${day}`], start, end: start + m[0].length, optional: start + m[0].length <= optionalUntil, soft: false})
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}
