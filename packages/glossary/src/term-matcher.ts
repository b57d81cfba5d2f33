import {isLang, type Lang} from '@tolmach/core'
import {englishTermVariants} from './english-forms.js'
import {isCaseSensitiveName} from './proper-name.js'
import {russianTermVariants} from './russian-forms.js'
import {tokenize} from './tokenize.js'
import type {Glossary, Term, TermMatch, TermMatcher} from './types.js'

interface Entry {
  conceptId: string
  term: string
  status: Term['status']
}

interface TrieNode {
  next: Map<string, TrieNode>
  entries?: Entry[]
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
      const entry: Entry = {conceptId: concept.id, term: term.text, status: term.status}
      for (const keys of termVariants(term, lang, cache)) insert(root, keys, entry)
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
    out.push(...variants)
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
  if (!node.entries.some((e) => e.conceptId === entry.conceptId && e.term === entry.term)) node.entries.push(entry)
}

function findIn(root: TrieNode, text: string): TermMatch[] {
  const tokens = tokenize(text)
  const matches: TermMatch[] = []
  const seen = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    let active: TrieNode[] = [root]
    for (let j = i; j < tokens.length && active.length > 0; j++) {
      const token = tokens[j]!
      const next: TrieNode[] = []
      for (const node of active) {
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
