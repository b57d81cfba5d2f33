import {translate, WIKIPEDIA} from 'iuliia'

const cache = new Map<string, string>()

/** Romanise one Russian word with the Wikipedia scheme (Кошербаев → Kosherbayev), cached. */
export function romanize(word: string): string {
  let latin = cache.get(word)
  if (latin === undefined) {
    latin = translate(word, WIKIPEDIA)
    // A long document has many distinct word forms; keep the cache bounded.
    if (cache.size > 200_000) cache.clear()
    cache.set(word, latin)
  }
  return latin
}

// Spellings that differ between romanised Russian and English, folded in one
// pass: kh/h, ch/c/k/q, sh/shch/s, ts/z/s, ph/f, w/v, x/ks.
const folds = /shch|sch|kh|zh|ch|sh|ts|tz|ph|th|ck|x|q|w|c|z|h/g
const foldTo: Record<string, string> = {
  shch: 's', sch: 's', kh: '', zh: 'j', ch: 'k', sh: 's', ts: 's', tz: 's', ph: 'f', th: 't', ck: 'k', x: 'ks', q: 'k', w: 'v', c: 'k', z: 's', h: ''
}
const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'j'])

/**
 * A consonant skeleton of a Latin word, coarse enough that a romanised
 * Russian word and its English cognate meet: konferentsiya and conference
 * both give `knfr`, prezidenta and president `prsd`. Undefined when the word
 * has too few consonants to be telling.
 */
export function skeleton(latinWord: string): string | undefined {
  const key = rawSkeleton(latinWord)
  return key.length === 4 ? key : undefined
}

/**
 * A three-letter skeleton for short names (Путин ↔ Putin gives `ptn`),
 * only used for capitalised words, where collisions are rare.
 */
export function nameSkeleton(latinWord: string): string | undefined {
  const key = rawSkeleton(latinWord)
  return key.length >= 3 ? key.slice(0, 3) : undefined
}

function rawSkeleton(latinWord: string): string {
  let key = skeletons.get(latinWord)
  if (key === undefined) {
    key = computeSkeleton(latinWord)
    if (skeletons.size > 200_000) skeletons.clear()
    skeletons.set(latinWord, key)
  }
  return key
}

const skeletons = new Map<string, string>()

function computeSkeleton(latinWord: string): string {
  // Only the first consonants count, so the tail of a long word is never read.
  let w = latinWord.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length < 4) return ''
  w = w.slice(0, 16).replace(folds, (m) => foldTo[m] ?? m)
  const first = w[0] ?? ''
  let out = vowels.has(first) ? 'a' : first
  let last = first
  for (let i = 1; i < w.length && out.length < 4; i++) {
    const ch = w[i] as string
    if (ch !== last && !vowels.has(ch) && ch !== out[out.length - 1]) out += ch
    last = ch
  }
  return out
}
