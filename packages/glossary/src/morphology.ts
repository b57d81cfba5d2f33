import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {AzModule, AzParse} from './az-types.js'

let az: AzModule | undefined
let loadMs = 0

/**
 * Loads Az.js and its OpenCorpora dictionaries (≈12 MB, ~150 ms) once, on
 * first use, synchronously: Az only offers a callback loader, so its file
 * reads are served from `readFileSync` and the callbacks run after `init`
 * has queued them all. Nothing is fetched over the network.
 */
export function loadMorphology(): AzModule {
  if (az) return az
  const start = performance.now()
  const require = createRequire(import.meta.url)
  const Az = require('az') as AzModule
  const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts')
  const queue: Array<() => void> = []
  const original = Az.load
  Az.load = (url, type, callback) => {
    try {
      const data = readFileSync(url, type === 'json' ? 'utf8' : null)
      const value = typeof data === 'string' ? JSON.parse(data) : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)
      queue.push(() => callback(null, value))
    } catch (error) {
      queue.push(() => callback(error as Error))
    }
  }
  let failure: Error | null = null
  try {
    Az.Morph.init(dicts, (error) => {
      failure ??= error
    })
    for (const run of queue) run()
  } finally {
    Az.load = original
  }
  if (failure) throw failure
  az = Az
  loadMs = performance.now() - start
  return Az
}

/**
 * Loads the Russian dictionary now rather than on the first Russian
 * matcher; returns how long the load took in milliseconds (0 when it was
 * already loaded).
 */
export function preloadRussianMorphology(): number {
  const loaded = az !== undefined
  loadMorphology()
  return loaded ? 0 : loadMs
}

/** Milliseconds the dictionary load took (0 before it happened). */
export function morphologyLoadTime(): number {
  return loadMs
}

const parseCache = new Map<string, AzParse[]>()

/** Az parses of a lower-case word, cached. */
export function parses(word: string): AzParse[] {
  let hit = parseCache.get(word)
  if (!hit) {
    hit = loadMorphology().Morph(word)
    parseCache.set(word, hit)
  }
  return hit
}

export interface WordForm {
  word: string
  case: string
  number: string
  gender: string | undefined
  pos: string | undefined
}

const caseMap: Record<string, string> = {gen1: 'gent', gen2: 'gent', loc1: 'loct', loc2: 'loct', acc2: 'accs', voct: 'nomn'}

/** Every form of the lexeme a dictionary parse belongs to, with case and number. */
export function lexemeForms(parse: AzParse): WordForm[] {
  const out: WordForm[] = []
  for (let i = 0; i < (parse.formCnt ?? 0); i++) {
    const f = parse.inflect(i)
    if (!f) continue
    const c = f.tag.CAse
    out.push({
      word: String(f),
      case: c ? (caseMap[c] ?? c) : '',
      number: f.tag.NMbr ?? 'sing',
      gender: f.tag.GNdr,
      pos: f.tag.POST
    })
  }
  return out
}

const functionWords = new Set(['PREP', 'CONJ', 'PRCL', 'INTJ'])

/** True when a form is read as a preposition/conjunction/particle first (после ≠ посол). */
export function isMostlyFunctionWord(form: string): boolean {
  const best = parses(form)[0]
  return best !== undefined && best.score >= 0.5 && functionWords.has(best.tag.POST ?? '')
}
