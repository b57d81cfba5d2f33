import {readFileSync} from 'node:fs'
import {stemWord} from './stem.js'
import type {LearnedLexicon} from './self-train.js'
import {englishStopWords} from './stop-words.js'

/**
 * The lexical model: which English stems a Russian stem may translate.
 * Both sides meet on a key named after the English stem, so an English word
 * carries one key (its stem; keys the other side never has are pruned) and
 * a Russian word a few.
 */
export interface LexicalModel {
  /** Russian Snowball stem → English Snowball stems. */
  ru(stem: string): readonly string[] | undefined
}

/** Which parts of the built-in lexicon to use. */
export interface LexiconParts {
  /** The hand-written core list of news/official vocabulary (`data/core-lexicon.tsv`). */
  core?: boolean
  /** The table derived from openly licensed dictionaries (`data/lexicon-derived.tsv`). */
  derived?: boolean
}

const cache = new Map<string, LexicalModel>()
const maxLinks = 6
let loadMs = 0

/** The built-in lexicon, read from the package's data files once, on first use. */
export function builtinLexicon(parts: LexiconParts = {}): LexicalModel {
  const core = parts.core ?? true
  const derived = parts.derived ?? true
  const id = `${core}/${derived}`
  const hit = cache.get(id)
  if (hit) return hit
  const start = performance.now()
  const table: Record<string, string> = derived ? (JSON.parse(readData('lexicon-derived.json')) as {ru: Record<string, string>}).ru : {}
  const extra = new Map<string, string[]>()
  if (core) for (const entry of parseCoreLexicon(readData('core-lexicon.tsv'))) addCore(extra, table, entry)
  const split = new Map<string, readonly string[]>()
  const model: LexicalModel = {
    ru(stem) {
      const hit = split.get(stem)
      if (hit) return hit
      const value = extra.get(stem) ?? (Object.hasOwn(table, stem) ? table[stem]?.split(' ') : undefined)
      if (value === undefined) return undefined
      // Each link is a key on every sentence holding the word: the first few (core entries, then
      // the dictionaries' first senses) carry nearly all the evidence, and alignment time grows with keys.
      const list = value.slice(0, maxLinks)
      split.set(stem, list)
      return list
    }
  }
  cache.set(id, model)
  loadMs += performance.now() - start
  return model
}

/** Milliseconds spent loading lexicon files so far. */
export function lexiconLoadTime(): number {
  return loadMs
}

function readData(name: string): string {
  return readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')
}

/** One line of the core lexicon: a Russian lemma and the English words it translates. */
export interface CoreEntry {
  line: number
  ru: string
  en: string[]
}

/**
 * Parse the core lexicon (`russian lemma<TAB>english, english …`, `#`
 * comments). Lines that do not have that shape are returned as problems
 * rather than skipped silently.
 */
export function parseCoreLexicon(text: string): CoreEntry[] & {problems?: Array<{line: number; text: string}>} {
  const entries: CoreEntry[] & {problems?: Array<{line: number; text: string}>} = []
  const problems: Array<{line: number; text: string}> = []
  const lines = text.split(/\r?\n/)
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k] as string
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const [ru, en, extra] = line.split('\t')
    const words = (en ?? '').split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)
    if (!ru || !/^[а-яё-]+$/i.test(ru.trim()) || !words.length || extra !== undefined || words.some((w) => !/^[a-z][a-z' -]*$/.test(w))) {
      problems.push({line: k + 1, text: raw})
      continue
    }
    entries.push({line: k + 1, ru: ru.trim().toLowerCase(), en: words})
  }
  if (problems.length) entries.problems = problems
  return entries
}

function addCore(extra: Map<string, string[]>, table: Record<string, string>, entry: CoreEntry) {
  const rs = stemWord(entry.ru, 'ru')
  const derived = Object.hasOwn(table, rs) ? (table[rs] as string).split(' ') : []
  const list = extra.get(rs) ?? derived
  // A multiword English side ("take part") meets on its last word.
  for (const en of entry.en) {
    if (englishStopWords.has(en)) continue
    const es = stemWord(en.split(' ').at(-1) as string, 'en')
    if (!list.includes(es)) list.unshift(es)
  }
  extra.set(rs, list)
}

const withLearnedCache = new WeakMap<LearnedLexicon, Map<LexicalModel | undefined, LexicalModel>>()

/** A lexical model that also knows links learned by `learnLexicon`. */
export function withLearned(model: LexicalModel | undefined, learned: LearnedLexicon): LexicalModel {
  let byModel = withLearnedCache.get(learned)
  if (!byModel) {
    byModel = new Map()
    withLearnedCache.set(learned, byModel)
  }
  const hit = byModel.get(model)
  if (hit) return hit
  const merged = new Map<string, readonly string[]>()
  const out: LexicalModel = {
    ru(stem) {
      const extra = learned.ru.get(stem)
      const base = model?.ru(stem)
      if (!extra) return base
      let list = merged.get(stem)
      if (!list) {
        list = [...new Set([...(base ?? []), ...extra])]
        merged.set(stem, list)
      }
      return list
    }
  }
  byModel.set(model, out)
  return out
}
