/**
 * A dateline that opens a sentence rather than standing on its own line:
 * «13 октября 2022 - Сегодня …», "SEPTEMBER 24, 2020 - The …",
 * «Астана. 5 марта. KAZAKHSTAN TODAY - Министр …», "WASHINGTON, Feb. 3 (Reuters) - The …".
 * Translators add, drop or rewrite it (another date, the agency's name), so it
 * is no evidence either way: the aligner leaves it out of the sentence's length
 * and does not expect its numbers and Latin words on the other side.
 */
// Month names as written in datelines: lower case, capitalised or all capitals («марта», "February", "OCTOBER").
const monthNames = [
  ...['jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december'],
  ...['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
]
const month = `(?:${monthNames.flatMap((m) => [m, m[0]?.toUpperCase() + m.slice(1), m.toUpperCase()]).sort((a, b) => b.length - a.length).join('|')})`
// «5 марта», "February 4", "18 OCTOBER 2018", «26 сентября 2024г.», «24 октября 2019 года», "Feb. 3, 2020".
const date = String.raw`(?:\d{1,2}\s+${month}|${month}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4}\s*(?:г\.?|года)?)?`
// The place: one to three capitalised words, then an optional country or state («Астана», "ASTANA, Kazakhstan", "NEW YORK").
const word = String.raw`\p{Lu}[\p{L}'’.-]*`
const place = String.raw`${word}(?:[ -]${word}){0,2}(?:,\s*${word}(?:\s${word})?)?`
// The dash (or the period after «/ТАСС/») is followed by a capital: «5 марта - день рождения …» is a sentence about a date.
// An agency after the date: «KAZAKHSTAN TODAY», «(Reuters)», «/ТАСС/», «РИА Новости».
const agency = String.raw`(?:\(\p{L}[\p{L} .&-]{0,30}\)|/\p{L}[\p{L} .&-]{0,30}/|\p{Lu}[\p{Lu}\p{L} .&-]{1,30}?)`
const prefixRe = new RegExp(String.raw`^(?:${place}[.,]\s*)?${date}\.?(?:\s+${agency})?(?:\s*[-–—]|(?<=/)\.)\s+(?=[\p{Lu}«"“])`, 'u')

/** Length of the dateline opening `sentence` (with its dash and the space after), or 0. */
export function datelinePrefix(sentence: string): number {
  const m = prefixRe.exec(sentence)
  // Nothing of the sentence left after it: a dateline line, not a prefix.
  if (!m || m[0].length >= sentence.length - 3) return 0
  return m[0].length
}
