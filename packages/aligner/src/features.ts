import {blankPlaceholders} from './blank.js'
import {boilerplateKind} from './boilerplate.js'
import {datelinePrefix} from './dateline-prefix.js'
import {lookupWord} from './dictionary.js'
import type {LexicalModel} from './lexicon.js'
import {findNumbers} from './numbers.js'
import {stemWord} from './stem.js'
import {nameSkeleton, romanize, skeleton} from './transliterate.js'
import type {AnchorProvider, Dictionary} from './types.js'

/** What the aligner knows about one sentence: its length and the evidence keys it carries. */
export interface SentenceFeatures {
  /** Length in characters, whitespace runs counted once. */
  chars: number
  /** Interned evidence keys, sorted, unique. */
  keys: Int32Array
  /** Keys that should appear in the translation too (numbers, Latin tokens, URLs). */
  hard: Int32Array
  /** Boilerplate kind (photo credit, share prompt…), if any. */
  boilerplate: string | undefined
}

/** Key interning shared by both sides of one alignment, with per-key weights. */
export interface KeyTable {
  ids: Map<string, number>
  /** Base weight of each key class, by key id. */
  base: number[]
  /** Weight after discounting frequent keys, by key id (filled by `weighKeys`). */
  weight: Float64Array
  /** Key ids of each word already seen in this document, by language: a document repeats its words. */
  wordIds?: {ru: Map<string, number[]>; en: Map<string, number[]>}
}

const base: Record<string, number> = {n: 2, r: 0.7, m: 1.5, u: 3, w: 2, t: 1, c: 0.7, a: 2.5, d: 1, l: 1, b: 3}

const urlRe = /\bhttps?:\/\/[^\s<>«»"]+|\bwww\.[^\s<>«»"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ru|com|org|gov|net|kz|uk|int|io|рф)\b/gi
const latinRe = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9+&]*(?:[-.][A-Za-z0-9+]+)*/g
const cyrWordRe = /[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*/g

// Codes such as «С5+1» are often typed with Cyrillic letters that look Latin.
const codeRe = /(?<![\p{L}\d])[\p{L}\d+]*\d[\p{L}\d+]*(?![\p{L}\d])/gu
const lookalikes: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x'
}

/** The Latin reading of a code written with Cyrillic lookalikes, or undefined when it has none or has other Cyrillic letters. */
export function latinLookalikes(token: string): string | undefined {
  if (!/[А-Яа-яЁё]/.test(token)) return undefined
  let out = ''
  for (const ch of token) {
    if (/[А-Яа-яЁё]/.test(ch)) {
      const latin = lookalikes[ch]
      if (!latin) return undefined
      out += latin
    } else out += ch
  }
  return out
}

/**
 * Transliteration keys of a word and of each part of a hyphenated one
 * (Санкт-Петербург ↔ Saint Petersburg), plus a short key for capitalised
 * words so short names (Путин ↔ Putin) meet too.
 */
function addSkeletons(add: (key: string) => void, word: string, latin: string) {
  const parts = latin.includes('-') ? [latin, ...latin.split('-')] : [latin]
  for (const part of parts) {
    const sk = skeleton(part)
    if (sk) add(`t:${sk}`)
  }
  if (/^\p{Lu}\p{Ll}/u.test(word)) {
    const short = nameSkeleton(latin.split('-')[0] ?? latin)
    if (short) add(`c:${short}`)
  }
}

// Keys that depend on the word alone (transliteration, built-in word list),
// cached: documents repeat their words, and the corpus repeats its documents' words.
// One cache per lexical model, so aligning with and without a lexicon in turn
// (the benchmark, a realign pass) does not throw the other's words away.
interface WordCache {
  ru: Map<string, string[]>
  en: Map<string, string[]>
}
const plainCache: WordCache = {ru: new Map(), en: new Map()}
const lexiconCaches = new WeakMap<LexicalModel, WordCache>()

function cacheFor(lexicon: LexicalModel | undefined): WordCache {
  if (!lexicon) return plainCache
  let cache = lexiconCaches.get(lexicon)
  if (!cache) {
    cache = {ru: new Map(), en: new Map()}
    lexiconCaches.set(lexicon, cache)
  }
  return cache
}

function wordKeys(word: string, lang: 'ru' | 'en', lexicon: LexicalModel | undefined): string[] {
  const cache = cacheFor(lexicon)[lang]
  let keys = cache.get(word)
  if (keys) return keys
  keys = []
  const out = keys
  const add = (key: string) => out.push(key)
  if (lang === 'en') {
    addSkeletons(add, word, word.toLowerCase())
    if (lexicon && word.length > 1) add(`l:${stemWord(word, 'en')}`)
  } else {
    const latin = romanize(word.toLowerCase())
    if (word.length >= 2 && word.length <= 6 && word === word.toUpperCase()) add(`w:${latin}`)
    addSkeletons(add, word, latin)
    if (lexicon) for (const stem of lexiconLinks(word, lexicon)) add(`l:${stem}`)
  }
  if (cache.size > 200_000) cache.clear()
  cache.set(word, keys)
  return keys
}

// Snowball reads some of a noun's case endings as an adjective's («систему» → «сист», not
// «систем»): the form without a noun ending is looked up too, as it is itself the stem of
// the lemma's entry when Snowball strips no more of the lemma («система» → «систем»).
const nounEndings = [/(?:ами|ями)$/, /(?:ой|ей|ом|ем|ам|ям|ах|ях|ов|ев)$/, /[уюаяыие]$/]

function lexiconLinks(word: string, lexicon: LexicalModel): readonly string[] {
  const lower = word.toLowerCase()
  const stem = stemWord(lower, 'ru')
  let links = lexicon.ru(stem)
  for (const ending of nounEndings) {
    const bare = lower.replace(ending, '')
    if (bare === lower || bare.length < 4 || bare === stem) continue
    const more = lexicon.ru(bare)
    if (more) links = links ? [...new Set([...links, ...more])] : more
  }
  return links ?? []
}

function intern(table: KeyTable, key: string): number {
  let id = table.ids.get(key)
  if (id === undefined) {
    id = table.base.length
    table.ids.set(key, id)
    table.base.push(base[key[0] as string] ?? 1)
  }
  return id
}

export function createKeyTable(): KeyTable {
  return {ids: new Map(), base: [], weight: new Float64Array(0), wordIds: {ru: new Map(), en: new Map()}}
}

/** The interned ids of `wordKeys(word)`, remembered for the document. */
function wordKeyIds(table: KeyTable, word: string, lang: 'ru' | 'en', lexicon: LexicalModel | undefined): number[] {
  const seen = table.wordIds?.[lang]
  let ids = seen?.get(word)
  if (ids) return ids
  ids = wordKeys(word, lang, lexicon).map((key) => intern(table, key))
  seen?.set(word, ids)
  return ids
}

/** Evidence keys of one sentence. */
export function sentenceFeatures(
  text: string,
  lang: 'ru' | 'en',
  index: number,
  table: KeyTable,
  anchors: AnchorProvider | undefined,
  dictionary: Dictionary | undefined,
  lexicon?: LexicalModel
): SentenceFeatures {
  const keys = new Set<number>()
  const hard = new Set<number>()
  // The keys of a dateline prefix are never hard: its date and agency are added or dropped freely.
  let soft = false
  const add = (key: string, isHard: boolean) => {
    const id = intern(table, key)
    keys.add(id)
    if (isHard && !soft) hard.add(id)
  }
  const whole = blankPlaceholders(text)
  const prefix = datelinePrefix(whole)
  const plain = whole.slice(prefix)
  if (prefix > 0) {
    soft = true
    wordAndNumberKeys(whole.slice(0, prefix), lang, table, add, keys, dictionary, lexicon)
    soft = false
  }
  const urls = [...plain.matchAll(urlRe)]
  let rest = plain
  for (const url of urls) rest = rest.replace(url[0], ' ')
  for (const url of urls) add(`u:${url[0].toLowerCase().replace(/^https?:\/\/(www\.)?|^www\.|[/.]+$/g, '')}`, true)
  wordAndNumberKeys(rest, lang, table, add, keys, dictionary, lexicon)
  if (anchors) {
    const ids = lang === 'ru' ? anchors.source(text, index) : anchors.target(text, index)
    for (const id of ids) add(`a:${id}`, false)
  }
  const kind = boilerplateKind(text, lang)
  if (kind) add(`b:${kind}`, false)
  return {
    // Without the dateline prefix: the other side may have none, or another.
    chars: plain.trim().replace(/\s+/g, ' ').length,
    keys: Int32Array.from(keys).sort(),
    hard: Int32Array.from(hard).sort(),
    boilerplate: kind
  }
}

/** Keys of the numbers and words of `rest` (text with its links taken out). */
function wordAndNumberKeys(
  rest: string,
  lang: 'ru' | 'en',
  table: KeyTable,
  add: (key: string, isHard: boolean) => void,
  keys: Set<number>,
  dictionary: Dictionary | undefined,
  lexicon: LexicalModel | undefined
): void {
  for (const n of findNumbers(rest, lang)) {
    // Small integers are often spelled out on the other side ("two", «двух»).
    const small = n.kind === 'number' && /^\d$|^10$/.test(n.value)
    add(`n:${n.value}`, !small)
    if (n.raw !== n.value) add(`r:${n.raw}`, false)
  }
  for (const m of rest.matchAll(latinRe)) {
    const word = m[0]
    const lower = word.toLowerCase()
    if (lang === 'ru') {
      add(`w:${lower}`, word.length > 1)
    } else {
      add(`w:${lower}`, /\d/.test(word) && word.length > 1)
      for (const id of wordKeyIds(table, word, 'en', lexicon)) keys.add(id)
      if (dictionary) for (const id of lookupWord(dictionary.en, lower) ?? []) add(`d:${id}`, false)
    }
  }
  if (lang === 'ru') {
    for (const m of rest.matchAll(codeRe)) {
      const latin = latinLookalikes(m[0])
      if (latin) add(`w:${latin.toLowerCase()}`, true)
    }
    for (const m of rest.matchAll(cyrWordRe)) {
      const word = m[0]
      for (const id of wordKeyIds(table, word, 'ru', lexicon)) keys.add(id)
      if (dictionary) for (const id of lookupWord(dictionary.ru, word.toLowerCase().replace(/ё/g, 'е')) ?? []) add(`d:${id}`, false)
    }
  }
}

/**
 * Discount keys that occur in many sentences: a year repeated through a
 * document says little about which sentence pairs with which.
 */
export function weighKeys(table: KeyTable, src: SentenceFeatures[], tgt: SentenceFeatures[]): void {
  const dfSrc = new Int32Array(table.base.length)
  const dfTgt = new Int32Array(table.base.length)
  for (const f of src) for (const k of f.keys) dfSrc[k] = (dfSrc[k] as number) + 1
  for (const f of tgt) for (const k of f.keys) dfTgt[k] = (dfTgt[k] as number) + 1
  table.weight = new Float64Array(table.base.length)
  for (let k = 0; k < table.base.length; k++) {
    const df = Math.max(dfSrc[k] as number, dfTgt[k] as number, 1)
    table.weight[k] = (table.base[k] as number) / (1 + Math.log(df))
  }
  // A key the other side never has cannot be shared: drop it (unless hard,
  // where its absence is the evidence). English has every word as a Latin
  // key, so this keeps the DP's key lists short.
  const prune = (side: SentenceFeatures[], other: Int32Array) => {
    for (const f of side) {
      if (f.keys.every((k) => (other[k] as number) > 0)) continue
      const hard = new Set(f.hard)
      f.keys = f.keys.filter((k) => (other[k] as number) > 0 || hard.has(k))
    }
  }
  prune(src, dfTgt)
  prune(tgt, dfSrc)
}
