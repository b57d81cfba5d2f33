import {detectLanguage} from '@tolmach/core'
import {beadMargins} from './bead-confidence.js'
import {createBeadEvidence} from './bead-evidence.js'
import {createKeyTable, type SentenceFeatures, sentenceFeatures, weighKeys} from './features.js'
import {flatten} from './features-flat.js'
import {createFence} from './fence.js'
import {lengthCost} from './length-cost.js'
import {builtinLexicon, withLearned} from './lexicon.js'
import {learnLexicon} from './self-train.js'
import {params as defaults, type Params } from './params.js'
import type {AlignOptions, AlignResult, Bead} from './types.js'
import {validateOptions} from './validate.js'
import {viterbi} from './viterbi.js'

/**
 * Align Russian sentences `src` with English sentences `tgt`. Returns beads
 * in document order covering every sentence exactly once; a sentence without
 * counterpart gets a bead with an empty other side.
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): Bead[] {
  return alignSentencesWithReport(src, tgt, options).beads
}

/** `alignSentences`, also returning the estimated length ratio and warnings. */
export function alignSentencesWithReport(
  src: readonly string[],
  tgt: readonly string[],
  options: AlignOptions = {},
  p: Params = defaults
): AlignResult {
  validateOptions(src, tgt, options)
  if (options.realign) {
    // hunalign's -realign: learn word links from this document's confident beads, then align again with them.
    // Progress over both passes: the first reports the first half of the rows.
    const report = options.onProgress
    const pass = (offset: number) => (report ? {onProgress: (done: number) => report(offset + done, 2 * src.length)} : {})
    const first = alignSentencesWithReport(src, tgt, {...options, realign: false, ...pass(0)}, p)
    const learned = learnLexicon([{src, tgt, beads: first.beads}])
    if (learned.ru.size === 0) {
      report?.(2 * src.length, 2 * src.length)
      return first
    }
    const merged = options.learned ? {ru: new Map([...options.learned.ru, ...learned.ru])} : learned
    return alignSentencesWithReport(src, tgt, {...options, realign: false, learned: merged, ...pass(src.length)}, p)
  }
  const n = src.length
  const m = tgt.length
  const warnings: string[] = []
  const table = createKeyTable()
  const builtin = options.lexicon === false ? undefined : builtinLexicon(options.lexicon === true ? {} : options.lexicon)
  const lexicon = options.learned ? withLearned(builtin, options.learned) : builtin
  const fs = src.map((s, i) => sentenceFeatures(s, 'ru', i, table, options.anchors, options.dictionary, lexicon))
  const ft = tgt.map((s, i) => sentenceFeatures(s, 'en', i, table, options.anchors, options.dictionary, lexicon))
  weighKeys(table, fs, ft)
  const totalS = sum(fs)
  const totalT = sum(ft)
  // Estimated from the document itself; clamped so a lopsided pair (one side
  // truncated) does not distort every bead.
  const rawRatio = totalS > 0 && totalT > 0 ? totalT / totalS : p.priorRatio
  // Shrunk towards the usual ratio: in a short document one dropped
  // sentence would otherwise skew it enough to make a merge look right.
  const shrunk = (totalT + p.priorRatio * p.priorChars) / (totalS + p.priorChars)
  // A lopsided pair (one side truncated or padded) says nothing about how
  // translation changes length: fall back on the usual ratio, so the shared
  // part still aligns 1-1 and the rest becomes deletions instead of merges.
  const lopsided = rawRatio > 3 || rawRatio < 1 / 3
  const ratio = lopsided ? p.priorRatio : Math.min(2, Math.max(0.5, shrunk))
  if (n === 0 || m === 0) {
    if (n + m > 0) warnings.push(`one side is empty (${n} source, ${m} target sentences): every sentence is unaligned`)
  } else if (n > 3 * m || m > 3 * n || lopsided) {
    warnings.push(`the documents differ a lot in length (${n} vs ${m} sentences, ${totalS} vs ${totalT} characters): many sentences will stay unaligned`)
  }
  // Two Russian files (or two English ones) align badly and quietly: say so; the caller decides whether it is an error.
  const srcLang = detectLanguage(src.join(' '), 20_000)
  const tgtLang = detectLanguage(tgt.join(' '), 20_000)
  if (n > 0 && srcLang.latin + srcLang.cyrillic > 0 && srcLang.lang !== 'ru') warnings.push('the source does not look Russian')
  if (m > 0 && tgtLang.latin + tgtLang.cyrillic > 0 && tgtLang.lang !== 'en') warnings.push('the target does not look English')
  const boundaries = options.boundaries ?? []
  const width = options.band ?? p.band
  const flatS = flatten(fs, table.weight)
  const flatT = flatten(ft, table.weight)
  const evidence = createBeadEvidence(flatS, flatT, table.weight)
  const meanT = Math.max(1, m > 0 ? totalT / m : 1)
  const srcStart = paragraphStarts(options.srcParagraphs, n)
  const tgtStart = paragraphStarts(options.tgtParagraphs, m)
  const fence = createFence(boundaries, n, m)

  const pointCost = (i: number, j: number): number => {
    if (!srcStart || !tgtStart) return 0
    const sb = srcStart[i] === 1
    const tb = tgtStart[j] === 1
    return sb && tb ? -p.paraBoth : sb ? p.paraSrcOnly : tb ? p.paraTgtOnly : 0
  }
  const headingS = options.srcHeadings
  const headingT = options.tgtHeadings
  const kindS = fs.map((f) => f.boilerplate)
  const kindT = ft.map((f) => f.boilerplate)
  const charsS = prefixSums(fs)
  const charsT = prefixSums(ft)
  // Extra cost by shape, indexed a * 4 + b.
  const shapeCost = new Float64Array(64)
  for (const [shape, cost] of Object.entries(p.move)) {
    const [a, b] = shape.split('-').map(Number) as [number, number]
    shapeCost[a * 8 + b] = cost
  }
  for (let k = 4; k < 8; k++) {
    shapeCost[k * 8 + 1] = p.listMove
    shapeCost[8 + k] = p.listMove
  }
  const leadS = src.map(endsWithColon)
  const leadT = tgt.map(endsWithColon)
  // The evidence a sentence shares with the two sentences facing the point where it would be left
  // out: after an omission, length alone would rather drop the sentence whose words say it is the
  // translation (a longer rendering) than the one the translator added.
  const facing = (k: number, at: number, source: boolean): number => {
    let best = 0
    const limit = source ? m : n
    for (let q = Math.max(0, at - 1); q < Math.min(limit, at + 1); q++) {
      if (source) evidence.measure(k, 1, q, 1)
      else evidence.measure(q, 1, k, 1)
      if (evidence.shared > best) best = evidence.shared
    }
    return best
  }
  const beadCost = (i0: number, j0: number, a: number, b: number): number => {
    if (b === 0) return p.deleteSrc - (kindS[i0] ? p.boilerplate : headingS?.[i0] ? p.headingDelete : 0) + p.counterpart * facing(i0, j0, true)
    if (a === 0) return p.deleteTgt - (kindT[j0] ? p.boilerplate : headingT?.[j0] ? p.headingDelete : 0) + p.counterpart * facing(j0, i0, false)
    // A lead-in and its list items may absorb one sentence of the other side; nothing else is that long.
    if ((a > 3 && !leadS[i0]) || (b > 3 && !leadT[j0])) return Number.POSITIVE_INFINITY
    const ls = (charsS[i0 + a] as number) - (charsS[i0] as number)
    const lt = (charsT[j0 + b] as number) - (charsT[j0] as number)
    evidence.measure(i0, a, j0, b)
    let cost = p.lengthWeight * lengthCost(ls, lt, ratio, p.variance) - p.shared * evidence.shared + p.missingHard * evidence.missing
    // A credit line paired with anything but a credit line of the same kind.
    if ((a === 1 ? kindS[i0] : firstKind(kindS, i0, a)) !== (b === 1 ? kindT[j0] : firstKind(kindT, j0, b))) cost += p.kindMismatch
    // A line about the publication (dateline, byline, tweet signature) is never glued to a sentence
    // when the other side has no line of that role: it shares the sentence's names («ASTANA,
    // Kazakhstan, February 4.» beside «Kazakh President…»), yet it is one-sided.
    if (a + b > 2 && (gluedRole(kindS, i0, a, kindT, j0, b) || gluedRole(kindT, j0, b, kindS, i0, a))) return Number.POSITIVE_INFINITY
    cost += shapeCost[a * 8 + b] as number
    if ((a > 1 || b > 1) && a < 4 && b < 4) {
      // A sentence glued on where the translator dropped one brings no evidence of its own: what it
      // shares with the other side («farmers»), its sibling shares too.
      const parts = evidence.parts
      const own = evidence.own
      for (const [from, count, feats, base] of [[0, a, fs, i0], [a, b, ft, j0]] as const) {
        if (count < 2) continue
        let best = 0
        for (let k = 0; k < count; k++) best = Math.max(best, (parts[from + k] as number) / Math.max(1, (feats[base + k] as SentenceFeatures).chars))
        for (let k = 0; k < count; k++) {
          const chars = (feats[base + k] as SentenceFeatures).chars
          if (chars >= 30 && (own[from + k] as number) / chars <= p.unsupportedShare * best) {
            cost += p.unsupported
            break
          }
        }
      }
    }
    if (srcStart) for (let s = i0 + 1; s < i0 + a; s++) if (srcStart[s] === 1) cost += p.paraInside
    if (tgtStart) for (let t = j0 + 1; t < j0 + b; t++) if (tgtStart[t] === 1) cost += p.paraInside
    return cost
  }

  const path = viterbi({
    n,
    m,
    width,
    step: (i) => ((fs[i] as SentenceFeatures).chars * ratio) / meanT,
    beginRow: (i, lo) => evidence.beginRow(i, lo),
    beadCost: (i0, a, j0, b) => beadCost(i0, j0, a, b),
    pointCost,
    fence,
    boundaries,
    ...(options.onProgress ? {progress: (done: number) => options.onProgress?.(done, n)} : {})
  })
  const margins = beadMargins(path, {beadCost: (i0, a, j0, b) => beadCost(i0, j0, a, b), pointCost, fence})
  const beads: Bead[] = []
  let i = 0
  let j = 0
  for (const [k, [a, b]] of path.entries()) {
    const c = beadCost(i, j, a, b)
    beads.push({src: range(i, a), tgt: range(j, b), score: round(confidence(c, margins[k] as number, a, b, p))})
    i += a
    j += b
  }
  return {beads, ratio: round(rawRatio), warnings}
}

/**
 * Confidence of a bead from its own cost and its margin over the best local
 * alternative (`beadMargins`), on a logistic scale fitted on the development
 * part of align-real (params.confidence; the held-out part reports it).
 */
function confidence(cost: number, margin: number, a: number, b: number, p: Params): number {
  const c = p.confidence
  if (a === 0 || b === 0) return 1 / (1 + Math.exp(cost))
  const z = c.bias + c.margin * Math.min(margin, c.marginCap) - c.cost * cost
  return 1 / (1 + Math.exp(-z))
}

function endsWithColon(sentence: string): boolean {
  return /:\s*$/.test(sentence)
}

const publicationRoles = new Set(['dateline', 'byline', 'signature'])

/** A role line merged with other lines of its side while the other side has no line of its role. */
function gluedRole(kinds: Array<string | undefined>, first: number, count: number, other: Array<string | undefined>, otherFirst: number, otherCount: number): boolean {
  if (count < 2) return false
  for (let k = first; k < first + count; k++) {
    const kind = kinds[k]
    if (kind === undefined || !publicationRoles.has(kind)) continue
    let matched = false
    for (let q = otherFirst; q < otherFirst + otherCount; q++) if (other[q] === kind) matched = true
    if (!matched) return true
  }
  return false
}

function firstKind(kinds: Array<string | undefined>, first: number, count: number): string | undefined {
  for (let k = first; k < first + count; k++) if (kinds[k]) return kinds[k]
  return undefined
}

function prefixSums(features: SentenceFeatures[]): Float64Array {
  const out = new Float64Array(features.length + 1)
  for (let i = 0; i < features.length; i++) out[i + 1] = (out[i] as number) + (features[i] as SentenceFeatures).chars
  return out
}

function sum(features: SentenceFeatures[]): number {
  let total = 0
  for (const f of features) total += f.chars
  return total
}

/** 1 where a paragraph starts before sentence i (and at both ends), or undefined without paragraph data. */
function paragraphStarts(paragraphs: readonly number[] | undefined, count: number): Uint8Array | undefined {
  if (!paragraphs) return undefined
  const starts = new Uint8Array(count + 1)
  starts[0] = 1
  starts[count] = 1
  for (let i = 1; i < count; i++) if (paragraphs[i] !== paragraphs[i - 1]) starts[i] = 1
  return starts
}

function range(start: number, length: number): number[] {
  return Array.from({length}, (_, k) => start + k)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
