import {romanize} from '@tolmach/aligner'
import {isEnglishWord} from './english-words.js'
import type {RawFinding} from './finding.js'
import type {TranslationPair} from './types.js'

// A capitalised Latin word of four letters or more (Group, Goebbels, EXISTS), hyphen parts apart.
const capitalised = /(?<![\p{L}\d_])\p{Lu}\p{L}{3,}(?![\p{L}\d_])/gu
const cyrillicWord = /\p{Script=Cyrillic}{3,}/gu
// Russian case endings as romanised: «Аргентину», «Клемента», «Кошербаевым».
const ending = /(?:ami|yami|akh|yakh|ykh|ikh|ov|ev|yov|om|em|yom|oy|ey|ym|im|am|yam|a|ya|u|yu|e|y|i|o)$/

/**
 * The shape of a spelling that transliteration does not change: consonants
 * folded the way romanisations differ (kh/h, ks/x, ts/tz, c/k), doubled
 * letters once, every run of vowels one mark. Goebbels and Gebbels, Kosherbayev
 * and Kosherbaev, Argentina and Argentinu share it; a typo (Klmeent, Jonathn)
 * moves a vowel across a consonant and does not. Russian «х» is English h
 * (Rahul, Harappa) or ch (Jochen): `kh` says which folding to use. With
 * `english`, the spelling is first read as English sounds it, the way
 * Russian transliterates English names: see `englishReading`.
 */
export function nameShape(latin: string, kh: 'k' | '' = '', english: boolean | 'no-silent-e' = false): string {
  const letters = latin.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '')
  return (english ? englishReading(letters, english === true) : letters)
    .replace(/shch|sch|kh|zh|ch|sh|ts|tz|ph|th|ck|x|q|w|c|z|h/g, (m) => (m === 'kh' ? kh : folds[m]) ?? m)
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouyj]+/g, 'V')
}

/**
 * English letters as Russian hears them, so that a name transliterated into
 * Russian (and romanised back) meets its English spelling: j, a soft g and
 * Russian «дж»/«ж» are one sound (Jenkyns «Дженкинс», Angelini «Анджелини»,
 * Farage «Фараж»), a soft c is s (Narcis «Нарсис», Encinitas «Энсинитас»), a
 * final e is silent (Karine «Карин», Johnstone «Джонстон», Moines «Мойнз»),
 * w after a vowel is a vowel (McDowall «Макдауэл»), Mc is «Мак», and Chinese
 * «цз» is j and a final ng «н» (Jinping «Цзиньпин»). A typo still moves a
 * consonant or a vowel across one: the reading does not hide it.
 */
function englishReading(letters: string, silentE: boolean): string {
  const read = letters
    .replace(/^mc(?!a)/, 'mak')
    .replace(/(?<=[aeiou])w/g, 'u')
    .replace(/dzh|tsz|dz|zh|dg(?=[eiy])|g(?=[eiy])|j/g, 'J')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/(?<=[aeiouy])ng$/, 'n')
  return silentE ? read.replace(/(?<=[^aeiouy])e(?=s?$)/, '') : read
}

const folds: Record<string, string> = {shch: 's', sch: 's', zh: 'j', ch: 'k', sh: 's', ts: 's', tz: 's', ph: 'f', th: 't', ck: 'k', x: 'ks', q: 'k', w: 'v', c: 'k', z: 's', h: ''}

/**
 * Misspelt names and capitalised words in an English translation of Russian:
 * a capitalised word the translation writes once, that the en-US dictionary
 * does not know (it knows Cyprus, James, Monday) and that no word of the
 * source explains, neither written in Latin there nor as its transliteration
 * («Клемент» → Klement). "Gropu", "Jonathn", "Klmeent" are reported;
 * "Kosherbayev" beside «Кошербаев» is not.
 */
export function checkUnknownNames(pairs: readonly TranslationPair[], report: (pair: number, f: RawFinding) => void, reported: ReadonlySet<string>): void {
  const counts = new Map<string, number>()
  for (const p of pairs) for (const m of p.target.matchAll(capitalised)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1)
  pairs.forEach((pair, index) => {
    let shapes: ReturnType<typeof sourceShapes> | undefined
    const source = pair.source.toLowerCase()
    for (const m of pair.target.matchAll(capitalised)) {
      const w = m[0]
      const start = m.index ?? 0
      // Letters outside ASCII (Słania, Galápagos) are a spelling the translator chose on purpose.
      if (!/^[A-Za-z]+$/.test(w) || counts.get(w) !== 1 || reported.has(`${index}:${start}`)) continue
      if (source.includes(w.toLowerCase()) || known(w)) continue
      shapes ??= sourceShapes(pair.source)
      // Shapes keep no vowel order: "Jaems" read as English is «Джеймс» too, but a vowel swapped out of a known word is a slip.
      if (explains(shapes, w, 'spelt') || (explains(shapes, w) && !vowelsSwapped(w))) continue
      // "the Clintons" ↔ «Клинтонов», "both Rosenbergs", "the two Koreas": a plural of a name the source or the dictionary explains.
      const singular = w.replace(/(?<=\p{L}{3})s$/u, '')
      if (singular !== w && (known(singular) || source.includes(singular.toLowerCase()) || explains(shapes, singular))) continue
      // Unknown and unexplained is not enough: a name the translator added (Feinstein) is both. A slip is one edit
      // from a known word or near the source's name. Acronyms (ISIL, USGS) and short names (Rahul, Recep) have too many neighbours.
      const upper = w === w.toUpperCase()
      if (upper ? w.length < 6 : w.length < 5) continue
      if (!oneEditFromWord(w, w.length >= 6) && !shapes.nearby.some((r) => slipOf(folded(w), r))) continue
      report(index, {ruleId: 'name-mismatch', messageId: 'nameUnknown', severity: 'warning', side: 'target', start, end: start + w.length, data: {actual: w}, actual: w})
    }
  })
}

/** The shapes of a Latin word: as romanisations spell it, and as English sounds it (kept apart, marked `E`). */
function shapesOf(latin: string, english: boolean | 'no-silent-e' = true): string[] {
  const spelt = [nameShape(latin, 'k'), nameShape(latin, '')]
  return english ? [...spelt, `E${nameShape(latin, 'k', english)}`, `E${nameShape(latin, '', english)}`] : spelt
}

/**
 * The source transliterates the word: one of its shapes is a source word's.
 * `'spelt'` takes only the romanisations' spelling; `'no-silent-e'` reads it
 * as English but counts a final e: read with it silent, "Commitete" is «Комитет».
 */
export function explains(shapes: ReadonlySet<string>, w: string, how: 'heard' | 'spelt' | 'no-silent-e' = 'heard'): boolean {
  return shapesOf(w, how === 'heard' ? true : how === 'spelt' ? false : how).some((s) => shapes.has(s))
}

/** The shapes of the source's Cyrillic words romanised, whole and without a case ending. */
export function sourceShapes(source: string): Set<string> & {nearby: string[]} {
  const out = Object.assign(new Set<string>(), {nearby: [] as string[]})
  for (const m of source.matchAll(cyrillicWord)) {
    const latin = romanize(m[0])
    const stem = latin.toLowerCase().replace(ending, '')
    for (const s of shapesOf(latin)) out.add(s)
    if (stem.length >= 3) for (const s of shapesOf(stem)) out.add(s)
    // Names: the transliteration of a capitalised source word, to measure a spelling against.
    if (/^\p{Lu}/u.test(m[0]) && stem.length >= 4) out.nearby.push(folded(latin), folded(stem))
  }
  return out
}

const folded = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')

/** Known to the en-US dictionary, or its British spelling (Organisation, Harbour). */
function known(w: string): boolean {
  if (isEnglishWord(w)) return true
  const us = w.replace(/(?<=\p{L}{2})is(?=e|ation|ing|ed)/gu, 'iz').replace(/(?<=\p{L}{2})our(?=s?$|ed$|ing$)/u, 'or').replace(/tre$/, 'ter').replace(/(?<=[aeiou])ll(?=e[dr]s?$|ing$)/, 'l')
  return us !== w && isEnglishWord(us)
}

/** A known word with a vowel and its neighbour swapped (Jaems ← James): what a shape, one mark for every run of vowels, cannot see. */
function vowelsSwapped(w: string): boolean {
  for (let i = 1; i + 1 < w.length; i++) {
    if (w[i] !== w[i + 1] && /[aeiouy]/i.test(w.slice(i, i + 2)) && isEnglishWord(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true
  }
  return false
}

/**
 * A known word one letter dropped, added, changed or two swapped away, the
 * first letter kept (Gropu → Group, Univesity → University). For short words
 * only a dropped letter or a swap: every five-letter name is a letter away from some word.
 */
function oneEditFromWord(w: string, any: boolean): boolean {
  const letters = (w === w.toUpperCase() ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : 'abcdefghijklmnopqrstuvwxyz').split('')
  for (let i = 1; i <= w.length; i++) {
    const [head, tail] = [w.slice(0, i), w.slice(i)]
    if (any && tail && isEnglishWord(head + tail.slice(1))) return true
    if (tail.length > 1 && isEnglishWord(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2))) return true
    for (const c of letters) {
      if (any && tail && c !== tail[0] && isEnglishWord(head + c + tail.slice(1))) return true
      if (isEnglishWord(head + c + tail)) return true
    }
  }
  return false
}

/**
 * A slip of the pen away from a transliterated source name: its letters
 * swapped (Klmeent ← Klement) or one dropped. A letter more is a spelling of
 * the translator's (Petersburg beside «Петербург» → Peterburg), not a slip.
 */
function slipOf(w: string, r: string): boolean {
  if (w.length === r.length) return [...w].sort().join('') === [...r].sort().join('') && distance(w, r) <= 2
  return w.length + 1 === r.length && distance(w, r) === 1
}

/** Damerau–Levenshtein distance (optimal string alignment). */
function distance(a: string, b: string): number {
  const d = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[]
    for (let j = 1; j <= b.length; j++) {
      const up = d[i - 1] as number[]
      let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2] as number[])[j - 2]! + 1)
      row[j] = v
    }
  }
  return (d[a.length] as number[])[b.length] as number
}
