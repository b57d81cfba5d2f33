import {isLang, type Lang} from '@tolmach/core'
import {englishTermVariants} from './english-forms.js'
import {isCaseSensitiveName} from './proper-name.js'
import {AFTER_PREPOSITION, russianTermVariants} from './russian-forms.js'
import {type Token, tokenize} from './tokenize.js'
import type {Glossary, Term, TermMatch, TermMatcher} from './types.js'

interface Entry {
  conceptId: string
  term: string
  status: Term['status']
  /** The term as written (not an inflected or spelling variant): it wins over a sibling term's variant. */
  own: boolean
}

interface TrieNode {
  next: Map<string, TrieNode>
  entries?: Entry[]
  /**
   * Root only: first letters (a, b as 26 × 26 bits) of the closed English
   * compounds that open a term (roadmap), so that `road map` is tried as one
   * word only when a compound could start with it.
   */
  compounds?: Uint8Array
}

export interface TermMatcherOptions {
  lang: Lang
}

/**
 * Builds a matcher for the terms of one language: every form of every
 * term is generated once (Russian through the morphology dictionary) and
 * stored in a token trie, so `find` costs a few map lookups per token
 * whatever the glossary size.
 */
export function createTermMatcher(glossary: Glossary, options: TermMatcherOptions): TermMatcher {
  if (!glossary || !Array.isArray(glossary.concepts)) throw new TypeError('createTermMatcher: `glossary` must have a `concepts` array')
  if (!options || !isLang(options.lang)) throw new TypeError("createTermMatcher: `lang` must be 'ru' or 'en'")
  const lang = options.lang
  const root: TrieNode = {next: new Map()}
  const cache = new Map<string, string[][]>()
  for (const concept of glossary.concepts) {
    for (const term of concept.terms) {
      if (term.lang !== lang) continue
      const entry: Entry = {conceptId: concept.id, term: term.text, status: term.status, own: false}
      const variants = termVariants(term, lang, cache)
      // «Investigation» (preferred) and «Investigations» (forbidden) are each other's
      // inflections: each spelling belongs to the term that writes it so.
      variants.forEach((keys, k) => {
        insert(root, keys, k === 0 ? {...entry, own: true} : entry)
        if (lang === 'en' && keys[0] && keys[0].length >= 5 && isLowerWord(keys[0])) {
          root.compounds ??= new Uint8Array(26 * 26)
          root.compounds[(keys[0].charCodeAt(0) - 97) * 26 + keys[0].charCodeAt(1) - 97] = 1
        }
      })
    }
  }
  return {
    lang,
    find(text: string): TermMatch[] {
      if (typeof text !== 'string') throw new TypeError('find: `text` must be a string')
      return findIn(root, text)
    }
  }
}

function termVariants(term: Term, lang: Lang, cache: Map<string, string[][]>): string[][] {
  const texts = [term.text, ...(term.forms ?? [])]
  const out: string[][] = []
  // A capitalised multiword proper name matches case-sensitively unless the glossary says otherwise.
  const caseSensitive = term.caseSensitive ?? (isCaseSensitiveName(term.text, lang) || undefined)
  for (const text of texts) {
    const cacheKey = `${text}\u0000${caseSensitive}\u0000${term.exact}`
    let variants = cache.get(cacheKey)
    if (!variants) {
      if (term.exact) variants = englishTermVariants(text, caseSensitive).slice(0, 1)
      else variants = lang === 'ru' ? russianTermVariants(text, caseSensitive) : englishTermVariants(text, caseSensitive)
      cache.set(cacheKey, variants)
    }
    out.push(...variants, ...joinedVariants(text, variants))
  }
  return out
}

/** A hyphenated term (горно-добывающая) also matches written as one word (горнодобывающая). */
function joinedVariants(text: string, variants: string[][]): string[][] {
  const tokens = tokenize(text)
  if (!tokens.some((t) => t.hyphen)) return []
  const out: string[][] = []
  for (const keys of variants) {
    if (keys.length !== tokens.length) continue
    const joined: string[] = []
    keys.forEach((k, i) => {
      if (i > 0 && tokens[i]!.hyphen) joined[joined.length - 1] += k
      else joined.push(k)
    })
    out.push(joined)
  }
  return out
}

function insert(root: TrieNode, keys: string[], entry: Entry) {
  if (keys.length === 0) return
  let node = root
  for (const key of keys) {
    let child = node.next.get(key)
    if (!child) {
      child = {next: new Map()}
      node.next.set(key, child)
    }
    node = child
  }
  node.entries ??= []
  if (!entry.own && node.entries.some((e) => e.own && e.conceptId === entry.conceptId)) return
  const same = node.entries.findIndex((e) => e.conceptId === entry.conceptId && e.term === entry.term)
  if (same < 0) node.entries.push(entry)
  else if (entry.own) node.entries[same] = entry
  if (entry.own) node.entries = node.entries.filter((e) => e.own || e.conceptId !== entry.conceptId)
}

/**
 * Spelling variants of a compound in the text, as [tokens consumed, key]:
 * `горно-добывающей` and `road map`/`road-map` read as one word (горнодобывающей,
 * roadmap), `С5 + 1` as С5+1.
 */
function joinedKey(tokens: Token[], j: number, compounds: Uint8Array | undefined): Joined | undefined {
  const a = tokens[j]!
  const b = tokens[j + 1]
  if (!b) return undefined
  if (b.raw === '+') {
    const c = tokens[j + 2]
    return c && c.start - b.end <= 1 ? {count: 3, exact: `${a.exact}+${c.exact}`, lower: `${a.lower}+${c.lower}`} : undefined
  }
  if (b.hyphen) return {count: 2, exact: a.exact + b.exact, lower: a.lower + b.lower}
  // `road map` as `roadmap`: only at the start of a term, when a compound there begins so.
  if (compounds && compounds[(a.raw.charCodeAt(0) - 97) * 26 + a.raw.charCodeAt(1) - 97] === 1 && isLowerWord(a.raw) && isLowerWord(b.raw)) {
    return {count: 2, exact: a.exact + b.exact, lower: a.lower + b.lower}
  }
  return undefined
}

interface Joined {
  count: number
  exact: string
  lower: string
}

/** Two or more ASCII lowercase letters: `road` and `map` of "road map". */
function isLowerWord(raw: string): boolean {
  if (raw.length < 2) return false
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k)
    if (c < 97 || c > 122) return false
  }
  return true
}
const PREPOSITIONAL = new Set(['о', 'об', 'обо', 'при'])

function findIn(root: TrieNode, text: string): TermMatch[] {
  const tokens = tokenize(text)
  const matches: TermMatch[] = []
  const seen = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    let active: TrieNode[] = [root]
    // «о после»: forms that are otherwise function words match only after their preposition.
    const context = i > 0 && PREPOSITIONAL.has(tokens[i - 1]!.lower) ? root.next.get(AFTER_PREPOSITION) : undefined
    if (context) active = [root, context]
    // Nodes reached by a joined compound, by the index of its last token (rare: made on first use).
    let carried: Map<number, TrieNode[]> | undefined
    for (let j = i; j < tokens.length && (active.length > 0 || (carried !== undefined && carried.size > 0)); j++) {
      const token = tokens[j]!
      let next: TrieNode[] = []
      if (carried?.has(j)) {
        next = carried.get(j)!
        carried.delete(j)
      }
      const joined = joinedKey(tokens, j, j === i ? root.compounds : undefined)
      for (const node of active) {
        const hit = joined && (node.next.get(joined.exact) ?? node.next.get(joined.lower))
        if (hit && joined) {
          const at = j + joined.count - 1
          carried ??= new Map()
          const list = carried.get(at)
          if (list) list.push(hit)
          else carried.set(at, [hit])
        }
        const a = node.next.get(token.exact)
        if (a) next.push(a)
        if (token.lower !== token.exact) {
          const b = node.next.get(token.lower)
          if (b && b !== a) next.push(b)
        }
      }
      for (const node of next) {
        for (const e of node.entries ?? []) {
          const start = tokens[i]!.start
          const end = token.end
          const id = `${e.conceptId}\u0000${e.term}\u0000${start}\u0000${end}`
          if (seen.has(id)) continue
          seen.add(id)
          matches.push({conceptId: e.conceptId, term: e.term, status: e.status, start, end})
        }
      }
      active = next
    }
  }
  // Reading order; at one start the longest match first, nested ones after.
  return matches.sort((a, b) => a.start - b.start || b.end - a.end)
}
