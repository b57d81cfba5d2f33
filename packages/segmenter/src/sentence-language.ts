/**
 * What the sentence rules need to know about a language, written as plain
 * word lists (see abbreviations-ru.ts, abbreviations-en.ts) so that adding
 * an abbreviation is a one-word edit. Keys are lowercase, without the dot;
 * dotted sequences are written with dots between their parts (`т.е`).
 */
export interface AbbreviationData {
  /** Stand before what they qualify (проф. Иванов, Mr. Smith): never end a sentence. */
  head: readonly string[]
  /** Stand after it (5 млн., и т. д., Inc.): end a sentence before a capital. */
  tail: readonly string[]
  /**
   * Head before a name (ул. Ленина, г. Москва, St. Michael), tail after a number or a
   * name (в 2022 г. Стороны…, на Тверской ул. Затем…, Main St. The…).
   */
  context: readonly string[]
  /** Abbreviations only before a number (рис. 3, No. 5, p. 55); otherwise ordinary words. */
  numberHead: readonly string[]
  /** Dotted sequences that never end a sentence (т.е., т.к., e.g.). */
  headDotted: readonly string[]
  /** Dotted sequences that may end one (т.д., т.п., у.е., a.m.). */
  tailDotted: readonly string[]
  /** Multi-letter first-name initials (Дж. Д. Вэнс, Вс. Мейерхольд). */
  initials: readonly string[]
  /** Tail abbreviations kept before a capital word: `долл США` (5 млн долл. США). */
  keptBefore: readonly string[]
  /** Words that begin sentences; they tell «Иванов А. В Москве…» from «А. В. Иванов». */
  starters: readonly string[]
  /** Heading words before a number that do not end a sentence: «Статья 5. Полномочия». */
  headings: readonly string[]
  /** Names spelled with a final `!` (Yahoo!): the mark does not end a sentence. */
  exclaimed: readonly string[]
}

export type AbbreviationKind = 'head' | 'tail' | 'context' | 'numberHead'

/** The lists above, as sets for the scanner. */
export interface SentenceLanguage {
  kinds: ReadonlyMap<string, AbbreviationKind>
  dotted: ReadonlyMap<string, 'head' | 'tail'>
  initials: ReadonlySet<string>
  keptBefore: ReadonlySet<string>
  starters: ReadonlySet<string>
  headings: ReadonlySet<string>
  exclaimed: ReadonlySet<string>
  /**
   * English capitalises names, titles and ordinary sentence starts alike, so
   * there a capitalised tail (Inc., Co.) ends a sentence only before a starter
   * word, head abbreviations never end one, and every lone capital is an
   * initial. Russian rules use the starter list only to settle ambiguity.
   */
  code: 'ru' | 'en'
}

export function compileLanguage(data: AbbreviationData, code: 'ru' | 'en'): SentenceLanguage {
  const kinds = new Map<string, AbbreviationKind>()
  for (const key of ['numberHead', 'context', 'tail', 'head'] as const) {
    for (const word of data[key]) kinds.set(word, key)
  }
  const dotted = new Map<string, 'head' | 'tail'>()
  for (const word of data.tailDotted) dotted.set(word, 'tail')
  for (const word of data.headDotted) dotted.set(word, 'head')
  return {
    kinds,
    dotted,
    initials: new Set(data.initials),
    keptBefore: new Set(data.keptBefore),
    starters: new Set(data.starters),
    headings: new Set(data.headings),
    exclaimed: new Set(data.exclaimed),
    code
  }
}
