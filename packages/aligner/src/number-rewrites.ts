import {findNumbers} from './numbers.js'

/**
 * What translators routinely do to numbers without changing the content:
 * convert a measure to the reader's units («24-метровым» for "80-foot") and
 * leave a product's or event's number implicit where the document names it
 * already ("PostgreSQL 17 improves…" → «Среди ключевых улучшений…»).
 */

/** Units a measure is converted between: an imperial unit, the metric one, and the factor from the first to the second. */
const conversions: Array<[RegExp, RegExp, (x: number) => number]> = [
  [/^[\s-]*(?:feet|foot|ft)\b/i, /^[\s-]*(?:м(?!\p{L})|метр)/iu, (x) => x * 0.3048],
  [/^[\s-]*(?:yards?|yd)\b/i, /^[\s-]*(?:м(?!\p{L})|метр)/iu, (x) => x * 0.9144],
  [/^[\s-]*(?:inch(?:es)?|in\.)/i, /^[\s-]*(?:см(?!\p{L})|сантиметр)/iu, (x) => x * 2.54],
  [/^[\s-]*(?:miles?|mi\b)/i, /^[\s-]*(?:км(?!\p{L})|километр)/iu, (x) => x * 1.609],
  [/^[\s-]*(?:pounds?|lbs?\b)/i, /^[\s-]*(?:кг(?!\p{L})|килограмм)/iu, (x) => x * 0.4536],
  [/^[\s-]*(?:ounces?|oz\b)/i, /^[\s-]*(?:г(?!\p{L})|грамм)/iu, (x) => x * 28.35],
  [/^[\s-]*(?:gallons?|gal\b)/i, /^[\s-]*(?:л(?!\p{L})|литр)/iu, (x) => x * 3.785],
  [/^[\s-]*(?:acres?)\b/i, /^[\s-]*(?:га(?!\p{L})|гектар)/iu, (x) => x * 0.4047],
  [/^\s*(?:°\s*F|degrees? Fahrenheit)\b/i, /^\s*(?:°\s*C?|градус)/iu, (x) => ((x - 32) * 5) / 9]
]

/** A number on the English side and one on the Russian side that state the same measure in different units. */
export function convertedMeasure(en: {text: string; end: number; value: string}, ru: {text: string; end: number; value: string}): boolean {
  const a = Number(en.value)
  const b = Number(ru.value)
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false
  const afterEn = en.text.slice(en.end, en.end + 24)
  const afterRu = ru.text.slice(ru.end, ru.end + 24)
  for (const [imperial, metric, convert] of conversions) {
    if (!imperial.test(afterEn) || !metric.test(afterRu)) continue
    const expected = convert(a)
    // Translators round: «24 метра» for 80 feet (24.4), «30 см» for a foot.
    if (Math.abs(expected - b) <= Math.max(1, 0.12 * Math.abs(expected))) return true
  }
  return false
}

// A name and its number: "PostgreSQL 17", «Windows 11», "COP29" is one token and needs no rule.
const nameNumber = /(?<![\p{L}\d])(\p{Lu}[\p{L}\d+#-]*[\p{L}+#])\s+(\d+(?:\.\d+)?)(?![\d.,]?\d)/gu
const namesOf = new WeakMap<readonly string[], Set<string>>()

/** Every "Name N" of a document (lowercased), read once per document. */
function documentNames(sentences: readonly string[]): Set<string> {
  let names = namesOf.get(sentences)
  if (!names) {
    names = new Set()
    for (const s of sentences) for (const m of s.matchAll(nameNumber)) names.add(`${(m[1] as string).toLowerCase()} ${m[2]}`)
    namesOf.set(sentences, names)
  }
  return names
}

/**
 * The number `start…end` of `text` belongs to a name ("PostgreSQL 17") that the other
 * document also writes with this number somewhere: the translation left it implicit here.
 */
export function implicitNameNumber(text: string, start: number, end: number, other: readonly string[]): boolean {
  const before = /(\p{Lu}[\p{L}\d+#-]*[\p{L}+#])\s+$/u.exec(text.slice(Math.max(0, start - 40), start))
  if (!before) return false
  const value = text.slice(start, end)
  // The number must be the name's whole number ("PostgreSQL 17", not "PostgreSQL 17.2" read as 17).
  if (!findNumbers(value, 'en').length) return false
  return documentNames(other).has(`${(before[1] as string).toLowerCase()} ${value}`)
}
