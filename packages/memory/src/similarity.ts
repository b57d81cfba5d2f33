import type {Analysis} from './analyze.js'
import type {Token} from './tokens.js'
import type {MatchDifference} from './types.js'

// Costs of one token edit. Different keys cost 1 (this bound is what
// candidate retrieval relies on); the rest are small so that what a
// translator fixes in a second barely lowers the score.
const sameLemmaCost = 0.3
const caseCost = 0.05
const numberCost = 0.05
const markupCost = 0.1
const punctCost = 0.02
const punctCap = 0.06
const negationPenalty = 0.25

export interface Similarity {
  score: number
  differences: MatchDifference[]
  /** Pairs of aligned [query word index, memory word index] with the same key. */
  aligned: Array<[number, number]>
}

function substitution(a: Token, b: Token, keyA: string, keyB: string): number {
  if (keyA !== keyB) return 1
  if (a.text === b.text) return 0
  if (a.kind === 'number') return numberCost
  if (a.kind === 'placeholder') return markupCost
  if (a.text.toLowerCase() === b.text.toLowerCase()) return caseCost
  return sameLemmaCost
}

/**
 * Word-level edit distance (as OmegaT and SYSTRAN compute fuzzy matches)
 * between a query and a memory source, both analysed with the same
 * lemmatizer. Returns a score 0–100 and the differences that cost.
 */
export function similarity(query: Analysis, memory: Analysis): Similarity {
  if (query.text === memory.text) return {score: 100, differences: [], aligned: query.keys.map((_, i) => [i, i])}
  const n = query.words.length
  const m = memory.words.length
  const width = m + 1
  const d = new Float64Array((n + 1) * width)
  for (let j = 0; j <= m; j++) d[j] = j
  for (let i = 1; i <= n; i++) {
    d[i * width] = i
    const qa = query.words[i - 1]!
    const qk = query.keys[i - 1]!
    for (let j = 1; j <= m; j++) {
      const sub = d[(i - 1) * width + j - 1]! + substitution(qa, memory.words[j - 1]!, qk, memory.keys[j - 1]!)
      const del = d[(i - 1) * width + j]! + 1
      const ins = d[i * width + j - 1]! + 1
      d[i * width + j] = Math.min(sub, del, ins)
    }
  }
  const differences: MatchDifference[] = []
  const aligned: Array<[number, number]> = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const here = d[i * width + j]!
    if (i > 0 && j > 0) {
      const qa = query.words[i - 1]!
      const mb = memory.words[j - 1]!
      const cost = substitution(qa, mb, query.keys[i - 1]!, memory.keys[j - 1]!)
      if (Math.abs(d[(i - 1) * width + j - 1]! + cost - here) < 1e-9) {
        if (cost < 1) aligned.push([i - 1, j - 1])
        if (cost > 0) differences.push({kind: kindOf(qa, mb, cost), query: qa.text, memory: mb.text})
        i--
        j--
        continue
      }
    }
    if (i > 0 && Math.abs(d[(i - 1) * width + j]! + 1 - here) < 1e-9) {
      differences.push({kind: kindOf(query.words[i - 1]!, undefined, 1), query: query.words[i - 1]!.text})
      i--
    } else {
      differences.push({kind: kindOf(memory.words[j - 1]!, undefined, 1), memory: memory.words[j - 1]!.text})
      j--
    }
  }
  differences.reverse()
  aligned.reverse()
  const longest = Math.max(n, m, 1)
  let score = 1 - d[n * width + m]! / longest
  const punct = punctuationDifference(query.punct, memory.punct)
  if (punct > 0) {
    score -= Math.min(punctCap, punct * punctCost)
    differences.push({kind: 'punctuation'})
  }
  if (query.negations !== memory.negations) {
    score -= negationPenalty
    differences.push({kind: 'negation'})
  }
  // Not the same text, so never 100.
  return {score: Math.max(0, Math.min(99, Math.floor(score * 100 + 1e-9))), differences, aligned}
}

function kindOf(a: Token, b: Token | undefined, cost: number): MatchDifference['kind'] {
  if (a.kind === 'placeholder' || b?.kind === 'placeholder') return 'markup'
  if (a.kind === 'number' && (b === undefined || b.kind === 'number')) return 'number'
  if (cost === caseCost) return 'case'
  if (cost === sameLemmaCost) return 'form'
  return 'word'
}

function punctuationDifference(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const p of a) counts.set(p, (counts.get(p) ?? 0) + 1)
  for (const p of b) counts.set(p, (counts.get(p) ?? 0) - 1)
  let total = 0
  for (const c of counts.values()) total += Math.abs(c)
  return total
}
