/**
 * Units of measure after a number, so that a translation that converts
 * («25 см» ↔ "10 inches", «27 градусов» ↔ "80 degrees", «135 км/ч» ↔
 * "85 mph") is compared by value rather than by its digits.
 */

// A range or a pair shares the unit written after its last number: «от 2,5 до 10 см», "1 to 4 inches".
const rangeGap = /^\s*(?:[-–—]|до|или|и|to|or|and)\s*\d[\d.,]*(?:\s*(?:тыс\.?|млн|thousand|million))?/u

const ruUnits: Array<[RegExp, string]> = [
  [/^\s?км\s?\/\s?ч(?!\p{L})|^\s?километр\p{L}*\s+в\s+час/u, 'km/h'],
  [/^\s?(?:км|километр\p{L}*)(?!\p{L})/u, 'km'],
  [/^\s?(?:см|сантиметр\p{L}*)(?!\p{L})/u, 'cm'],
  [/^\s?(?:мм|миллиметр\p{L}*)(?!\p{L})/u, 'mm'],
  [/^\s?(?:м|метр\p{L}*)(?!\p{L})/u, 'm'],
  [/^\s?(?:кг|килограмм\p{L}*)(?!\p{L})/u, 'kg'],
  [/^\s?(?:л|литр\p{L}*)(?!\p{L})/u, 'l'],
  [/^\s?(?:°\s?C|градус\p{L}*(?!\s+по\s+Фаренгейту))(?!\p{L})/u, '°C']
]

const enUnits: Array<[RegExp, string]> = [
  [/^[-\s]?(?:mph|miles?[-\s]per[-\s]hour)\b/i, 'mph'],
  [/^[-\s]?(?:kph|km\/h|kilometers?[-\s]per[-\s]hour)\b/i, 'km/h'],
  [/^[-\s]?(?:miles?|mi)\b/i, 'mi'],
  [/^[-\s]?(?:km|kilometres?|kilometers?)\b/i, 'km'],
  [/^[-\s]?(?:inch(?:es)?|in\.)/i, 'in'],
  [/^[-\s]?(?:foot|feet|ft)\b/i, 'ft'],
  [/^[-\s]?(?:yards?|yd)\b/i, 'yd'],
  [/^[-\s]?(?:pounds?|lbs?)\b/i, 'lb'],
  [/^[-\s]?(?:gallons?)\b/i, 'gal'],
  [/^[-\s]?(?:°\s?F|degrees?(?:\s+Fahrenheit)?(?!\s+Celsius))/i, '°F'],
  [/^[-\s]?(?:°\s?C|degrees?\s+Celsius)/i, '°C'],
  [/^[-\s]?(?:cm|centimet(?:re|er)s?)\b/i, 'cm'],
  [/^[-\s]?(?:kg|kilograms?|kilos?)\b/i, 'kg'],
  [/^[-\s]?(?:m|met(?:re|er)s?)\b/i, 'm']
]

/** The unit written after a number that ends at `end` (or after the range it opens). */
export function unitAfter(text: string, end: number, lang: 'ru' | 'en'): string | undefined {
  // "half an inch", «300-килограммовая свинья».
  const after = text.slice(end, end + 60).replace(lang === 'en' ? /^\s+an?(?=\s)/ : /^-(?=\p{L})/u, '')
  const gap = after.match(rangeGap)
  const units = lang === 'ru' ? ruUnits : enUnits
  const find = (s: string) => units.find(([re]) => re.test(s))?.[1]
  return find(after) ?? (gap ? find(after.slice(gap[0].length)) : undefined)
}

// One unit in terms of another: value in `from` × factor = value in `to`.
const factors: Record<string, Record<string, number>> = {
  km: {mi: 0.621371}, 'km/h': {mph: 0.621371}, cm: {in: 0.393701, ft: 0.0328084}, mm: {in: 0.0393701},
  m: {ft: 3.28084, yd: 1.09361, mi: 0.000621371}, kg: {lb: 2.20462}, l: {gal: 0.264172}
}

/** Whether `a` of unit `ua` and `b` of unit `ub` are one measure, converted and rounded as newspapers round. */
export function sameMeasure(a: number, ua: string, b: number, ub: string): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= Math.max(0.15 * Math.abs(y), 0.5)
  if (ua === ub) return close(a, b)
  if (ua === '°C' && ub === '°F') return Math.abs(a * 1.8 + 32 - b) <= 3
  if (ua === '°F' && ub === '°C') return Math.abs(b * 1.8 + 32 - a) <= 3
  const f = factors[ua]?.[ub] ?? (factors[ub]?.[ua] ? 1 / (factors[ub]?.[ua] as number) : undefined)
  return f !== undefined && close(a * f, b)
}
