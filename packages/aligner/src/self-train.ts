import {stemWord} from './stem.js'
import {englishStopWords} from './stop-words.js'
import type {Bead} from './types.js'

/** Word links learned from aligned text: Russian stem → English stems. */
export interface LearnedLexicon {
  ru: Map<string, string[]>
}

/** One aligned document to learn from. */
export interface TrainingDocument {
  src: readonly string[]
  tgt: readonly string[]
  beads: readonly Bead[]
}

export interface LearnOptions {
  /** Only 1-1 beads scoring at least this teach (default 0.9). */
  minScore?: number
  /** EM iterations of IBM Model 1 (default 5). */
  iterations?: number
  /** A link needs t(en | ru) at least this (default 0.3) … */
  minProbability?: number
  /** … and the two stems together in at least this many beads (default 2). */
  minCount?: number
}

const cyrWord = /[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*/g
const latWord = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g

function ruStems(sentence: string): string[] {
  const out = new Set<string>()
  for (const m of sentence.matchAll(cyrWord)) if (m[0].length > 2) out.add(stemWord(m[0], 'ru'))
  return [...out]
}

function enStems(sentence: string): string[] {
  const out = new Set<string>()
  for (const m of sentence.matchAll(latWord)) {
    const lower = m[0].toLowerCase()
    if (lower.length > 2 && !englishStopWords.has(lower)) out.add(stemWord(lower, 'en'))
  }
  return [...out]
}

/**
 * Learn word translations from the confident beads of aligned documents
 * (IBM Model 1 with a null word, as hunalign's `-realign` learns from its
 * first pass): the caller realigns with the result as `learned`. Nothing
 * leaves the process; it is the document's own evidence, made explicit.
 */
export function learnLexicon(documents: readonly TrainingDocument[], options: LearnOptions = {}): LearnedLexicon {
  if (!Array.isArray(documents)) throw new TypeError('learnLexicon: `documents` must be an array')
  const minScore = options.minScore ?? 0.9
  const iterations = options.iterations ?? 5
  const minProbability = options.minProbability ?? 0.3
  const minCount = options.minCount ?? 2
  const pairs: Array<[string[], string[]]> = []
  for (const d of documents) {
    for (const b of d.beads) {
      if (b.src.length !== 1 || b.tgt.length !== 1 || b.score < minScore) continue
      const r = ruStems(d.src[b.src[0] as number] as string)
      const e = enStems(d.tgt[b.tgt[0] as number] as string)
      if (r.length && e.length) pairs.push([r, e])
    }
  }
  // t(e | r), keyed "r\te"; uniform start.
  const t = new Map<string, number>()
  const together = new Map<string, number>()
  for (const [rs, es] of pairs) {
    for (const r of rs) {
      for (const e of es) {
        const k = `${r}\t${e}`
        t.set(k, 1)
        together.set(k, (together.get(k) ?? 0) + 1)
      }
    }
  }
  const nullT = new Map<string, number>()
  for (let it = 0; it < iterations; it++) {
    const count = new Map<string, number>()
    const total = new Map<string, number>()
    for (const [rs, es] of pairs) {
      for (const e of es) {
        let denom = nullT.get(e) ?? 1
        for (const r of rs) denom += t.get(`${r}\t${e}`) as number
        for (const r of rs) {
          const k = `${r}\t${e}`
          const c = (t.get(k) as number) / denom
          count.set(k, (count.get(k) ?? 0) + c)
          total.set(r, (total.get(r) ?? 0) + c)
        }
      }
    }
    for (const [k, c] of count) t.set(k, c / (total.get(k.slice(0, k.indexOf('\t'))) as number))
    // The null word explains what no Russian word does, at a fixed small rate.
    for (const [, es] of pairs) for (const e of es) nullT.set(e, 0.05)
  }
  const ru = new Map<string, string[]>()
  for (const [k, p] of t) {
    if (p < minProbability || (together.get(k) as number) < minCount) continue
    const [r, e] = k.split('\t') as [string, string]
    const list = ru.get(r)
    if (list) list.push(e)
    else ru.set(r, [e])
  }
  return {ru}
}
