import {createFinding, detectLanguage, type Finding, type Lang} from '@tolmach/core'
import {blankPlaceholders, blankUrls, urlRe} from './blank.js'
import {boilerplateKind} from './boilerplate.js'
import {findNumberWords} from './number-words.js'
import {convertedMeasure, implicitNameNumber} from './number-rewrites.js'
import {findNumbers, type NumberMention} from './numbers.js'
import type {Bead} from './types.js'

/** A bead finding, placed inside one sentence of the bead. */
export interface BeadFinding extends Finding {
  side: 'source' | 'target'
  /** Index of the sentence in `src` or `tgt`. */
  sentence: number
  /** 0-based UTF-16 offsets inside that sentence. */
  start: number
  end: number
}

export interface BeadCheck {
  verdict: 'ok' | 'warning' | 'error'
  findings: BeadFinding[]
}

export interface CheckOptions {
  /** Language of `src` (default `ru`); `targetLang` is the other one unless given. */
  sourceLang?: Lang
  /** Language of `tgt` (default: the language `sourceLang` is not). */
  targetLang?: Lang
  /** Target characters per source character in this document (`alignDocuments().ratio`); default 1.04 for ru → en, its inverse for en → ru. */
  ratio?: number
  /** Allowed factor either way around `ratio` before `length-ratio` fires; default 2. */
  ratioTolerance?: number
  /** Bead score under which `low-confidence` fires; default 0.85. */
  minScore?: number
}

const source = 'tolmach-aligner'
// Spelled-out small numbers («двух», "two") make digits ≤ 10 unreliable.
const smallNumber = /^(?:\d|10)$/

/**
 * Check one bead of an alignment: numbers and dates, links, lengths,
 * untranslated text and confidence. Content problems are findings; the
 * verdict is the worst severity among them (info does not count).
 */
export function checkBead(src: readonly string[], tgt: readonly string[], bead: Bead, options: CheckOptions = {}): BeadCheck {
  if (!Array.isArray(src) || !Array.isArray(tgt)) throw new TypeError('checkBead: `src` and `tgt` must be arrays of strings')
  if (!bead || !Array.isArray(bead.src) || !Array.isArray(bead.tgt)) throw new TypeError('checkBead: `bead` must have `src` and `tgt` index arrays')
  for (const i of bead.src) if (typeof src[i] !== 'string') throw new TypeError(`checkBead: source sentence ${i} does not exist`)
  for (const j of bead.tgt) if (typeof tgt[j] !== 'string') throw new TypeError(`checkBead: target sentence ${j} does not exist`)
  const {sourceLang, targetLang} = beadLangs(options)
  const langOf = (side: 'source' | 'target'): Lang => (side === 'source' ? sourceLang : targetLang)
  const findings: BeadFinding[] = []
  const push = (side: 'source' | 'target', sentence: number, start: number, end: number, init: Omit<Parameters<typeof createFinding>[0], 'source'>) =>
    findings.push({...createFinding({...init, source}), side, sentence, start, end})

  if (bead.tgt.length === 0 || bead.src.length === 0) {
    const side = bead.tgt.length === 0 ? 'source' : 'target'
    for (const k of side === 'source' ? bead.src : bead.tgt) {
      const text = (side === 'source' ? src[k] : tgt[k]) as string
      const kind = boilerplateKind(text, langOf(side))
      push(side, k, 0, text.length, {
        ruleId: side === 'source' ? 'unaligned-source' : 'unaligned-target',
        severity: kind ? 'info' : 'warning',
        message: kind ? `${kind} line without counterpart` : `${side} sentence without counterpart`,
        actual: text
      })
    }
    return verdictOf(findings)
  }

  checkNumbers(src, tgt, bead, push, sourceLang, targetLang)
  checkLinks(src, tgt, bead, push)

  const ls = bead.src.reduce((n, i) => n + (src[i] as string).length, 0)
  const lt = bead.tgt.reduce((n, j) => n + (tgt[j] as string).length, 0)
  const ratio = options.ratio ?? (sourceLang === 'ru' ? 1.04 : 1 / 1.04)
  const tolerance = options.ratioTolerance ?? 2
  const observed = ls > 0 ? lt / (ls * ratio) : Number.POSITIVE_INFINITY
  if (observed > tolerance || observed < 1 / tolerance) {
    const j = bead.tgt[0] as number
    push('target', j, 0, (tgt[j] as string).length, {
      ruleId: 'length-ratio',
      severity: 'warning',
      // State the bead's own ratio and the document's, not their quotient: "2.22×" on a 120/108 pair read as nonsense.
      message: `target has ${lt} characters for ${ls} of source (ratio ${(ls > 0 ? lt / ls : Number.POSITIVE_INFINITY).toFixed(2)}; this document's is ${ratio.toFixed(2)})`,
      actual: `${lt} characters for ${ls}`,
      expected: [`${Math.round(ls * ratio / tolerance)}–${Math.round(ls * ratio * tolerance)} characters`]
    })
  }

  const srcText = bead.src.map((i) => src[i]).join(' ')
  for (const j of bead.tgt) {
    const text = tgt[j] as string
    const guess = detectLanguage(text)
    const script = (lang: Lang) => (lang === 'ru' ? guess.cyrillic : guess.latin)
    // Left in the source language: enough letters of its script to be more than a name.
    const inSource = guess.lang === sourceLang && script(sourceLang) > 3
    // A word or more in the target language: translated around a kept title or name, for a reviewer to judge.
    const partly = inSource && script(targetLang) > 3
    // A name, or a link on its own line, reads the same in both languages.
    const same = normalize(text) === normalize(srcText) && !isName(text) && /\p{L}/u.test(blankUrls(text))
    if (same || inSource) {
      push('target', j, 0, text.length, {
        ruleId: 'untranslated',
        severity: partly && !same ? 'warning' : 'error',
        message: same ? 'target sentence repeats the source' : `target sentence is ${partly ? 'mostly ' : ''}in ${languageName[sourceLang]}`,
        actual: text
      })
    }
  }

  // Scores are calibrated (params.confidence): under 0.85 about one pair in three is wrong on held-out real text.
  const minScore = options.minScore ?? 0.85
  if (bead.score < minScore) {
    const i = bead.src[0] as number
    push('source', i, 0, (src[i] as string).length, {
      ruleId: 'low-confidence',
      severity: 'warning',
      message: `alignment score ${bead.score} is under ${minScore}`,
      actual: String(bead.score),
      expected: [`≥ ${minScore}`]
    })
  }
  return verdictOf(findings)
}

type Push = (side: 'source' | 'target', sentence: number, start: number, end: number, init: Omit<Parameters<typeof createFinding>[0], 'source'>) => void

interface Located extends NumberMention {
  sentence: number
  text: string
}

function checkNumbers(src: readonly string[], tgt: readonly string[], bead: Bead, push: Push, sourceLang: Lang, targetLang: Lang) {
  const gather = (indexes: number[], texts: readonly string[], lang: Lang): Located[] =>
    indexes.flatMap((k) => {
      const text = texts[k] as string
      // Digits inside links are the link's business (link-mismatch), not numbers.
      const blanked = blankUrls(blankPlaceholders(text))
      return findNumbers(blanked, lang).map((n) => ({...n, sentence: k, text: text.slice(n.start, n.end)}))
    })
  const ours = gather(bead.src, src, sourceLang)
  const theirs = gather(bead.tgt, tgt, targetLang)
  const used = new Set<Located>()
  const unmatched: Located[] = []
  for (const r of ours) {
    const match = theirs.find((e) => !used.has(e) && (e.value === r.value || e.raw === r.raw || e.value === r.raw || e.raw === r.value))
    if (match) used.add(match)
    else unmatched.push(r)
  }
  // A digit answered by a spelled-out number on the other side («в два раза» ↔ "2x", «семидесятой» ↔ "70th").
  const words = (indexes: number[], texts: readonly string[], lang: Lang) => new Set(indexes.flatMap((k) => findNumberWords(texts[k] as string, lang).map((w) => w.value)))
  const ourWords = words(bead.src, src, sourceLang)
  const theirWords = words(bead.tgt, tgt, targetLang)
  for (let k = unmatched.length - 1; k >= 0; k--) if (theirWords.has((unmatched[k] as Located).value)) unmatched.splice(k, 1)
  const extra = theirs.filter((e) => !used.has(e) && !ourWords.has(e.value))
  settleRewrites(unmatched, extra, src, tgt, sourceLang)
  const report = (n: Located, side: 'source' | 'target', others: Located[]) =>
    push(side, n.sentence, n.start, n.end, {
      ruleId: 'number-mismatch',
      severity: n.kind === 'number' && smallNumber.test(n.raw) ? 'warning' : 'error',
      message: `${n.kind === 'month' ? 'month' : 'number'} \`${n.text}\` has no counterpart in the ${side === 'source' ? 'target' : 'source'}`,
      actual: n.text,
      expected: others.map((o) => o.text)
    })
  // A date on one side only, with every other number matched, is a dateline
  // the translator added or dropped ("Feb. 3", «13 октября 2022 -»): say so, do not fail the pair.
  const onlyDate = (side: Located[], other: Located[]) => other.length === 0 && side.length > 0 && isDate(side)
  if (onlyDate(unmatched, extra) || onlyDate(extra, unmatched)) {
    const side = unmatched.length ? 'source' : 'target'
    const date = unmatched.length ? unmatched : extra
    const first = date[0] as Located
    const last = date[date.length - 1] as Located
    if (first.sentence === last.sentence) {
      push(side, first.sentence, first.start, last.end, {
        ruleId: 'date-one-side',
        severity: 'info',
        message: `date \`${date.map((n) => n.text).join(' ')}\` appears in the ${side} only (a dateline added or dropped in translation)`,
        actual: date.map((n) => n.text).join(' ')
      })
      return
    }
  }
  // A number changed in translation is one problem, not two: pair each unmatched source number with an
  // extra target one of the same kind, in order, and report it once, in the translation.
  const paired = new Set<Located>()
  for (const n of extra) {
    const was = unmatched.find((u) => !paired.has(u) && u.kind === n.kind)
    if (!was) continue
    paired.add(was).add(n)
    push('target', n.sentence, n.start, n.end, {
      ruleId: 'number-mismatch',
      severity: n.kind === 'number' && smallNumber.test(n.raw) && smallNumber.test(was.raw) ? 'warning' : 'error',
      message: `${n.kind === 'month' ? 'month' : 'number'} \`${n.text}\` does not match \`${was.text}\` in the source`,
      actual: n.text,
      expected: [was.text]
    })
  }
  for (const n of unmatched) if (!paired.has(n)) report(n, 'source', extra.filter((e) => !paired.has(e)))
  for (const n of extra) if (!paired.has(n)) report(n, 'target', unmatched.filter((u) => !paired.has(u)))
}

/**
 * Take out of `unmatched` (source numbers) and `extra` (target numbers) what a translator
 * rewrites without changing the content: a measure converted to other units, and a
 * name's number ("PostgreSQL 17") left implicit where the other document has it.
 */
function settleRewrites(unmatched: Located[], extra: Located[], src: readonly string[], tgt: readonly string[], sourceLang: Lang) {
  const at = (n: Located, texts: readonly string[]) => ({text: texts[n.sentence] as string, end: n.end, value: n.value})
  for (let k = unmatched.length - 1; k >= 0; k--) {
    const u = unmatched[k] as Located
    const q = extra.findIndex((e) => (sourceLang === 'en' ? convertedMeasure(at(u, src), at(e, tgt)) : convertedMeasure(at(e, tgt), at(u, src))))
    if (q < 0) continue
    unmatched.splice(k, 1)
    extra.splice(q, 1)
  }
  for (const [list, texts, other] of [[unmatched, src, tgt], [extra, tgt, src]] as const) {
    for (let k = list.length - 1; k >= 0; k--) {
      const n = list[k] as Located
      if (n.kind === 'number' && implicitNameNumber(texts[n.sentence] as string, n.start, n.end, other)) list.splice(k, 1)
    }
  }
}

/** A month with its day and/or year and nothing else, close together: one date. */
function isDate(mentions: Located[]): boolean {
  // A month whose day and year were matched elsewhere, or a bare month name of a dateline.
  if (mentions.length === 1) return (mentions[0] as Located).kind === 'month'
  if (mentions.length < 2 || mentions.length > 3 || mentions.filter((n) => n.kind === 'month').length !== 1) return false
  const numbers = mentions.filter((n) => n.kind === 'number')
  if (!numbers.every((n) => /^\d{1,2}$/.test(n.value) ? Number(n.value) <= 31 : /^(1[89]|20)\d\d$/.test(n.value))) return false
  return (mentions[mentions.length - 1] as Located).start - (mentions[0] as Located).end < 12
}

function checkLinks(src: readonly string[], tgt: readonly string[], bead: Bead, push: Push) {
  const gather = (indexes: number[], texts: readonly string[]) =>
    indexes.flatMap((k) => [...(texts[k] as string).matchAll(urlRe)].map((m) => ({url: m[0].replace(/[.,;:)]+$/, ''), sentence: k, start: m.index ?? 0})))
  const ru = gather(bead.src, src)
  const en = gather(bead.tgt, tgt)
  const enUrls = new Set(en.map((u) => u.url))
  const ruUrls = new Set(ru.map((u) => u.url))
  for (const u of ru) {
    if (!enUrls.has(u.url)) {
      push('source', u.sentence, u.start, u.start + u.url.length, {ruleId: 'link-mismatch', severity: 'error', message: `link \`${u.url}\` is missing from the target`, actual: u.url, expected: [...enUrls]})
    }
  }
  for (const u of en) {
    if (!ruUrls.has(u.url)) {
      push('target', u.sentence, u.start, u.start + u.url.length, {ruleId: 'link-mismatch', severity: 'error', message: `link \`${u.url}\` is not in the source`, actual: u.url, expected: [...ruUrls]})
    }
  }
}

const languageName: Record<Lang, string> = {ru: 'Russian', en: 'English'}

/** The bead's two languages; the same language twice is misuse. */
export function beadLangs(options: {sourceLang?: Lang; targetLang?: Lang}): {sourceLang: Lang; targetLang: Lang} {
  const sourceLang = options.sourceLang ?? (options.targetLang === 'ru' ? 'en' : 'ru')
  const targetLang = options.targetLang ?? (sourceLang === 'ru' ? 'en' : 'ru')
  for (const [name, value] of [['sourceLang', sourceLang], ['targetLang', targetLang]] as const) {
    if (value !== 'ru' && value !== 'en') throw new TypeError(`\`${name}\` must be 'ru' or 'en'`)
  }
  if (sourceLang === targetLang) throw new TypeError('`sourceLang` and `targetLang` must differ: the aligner pairs Russian with English')
  return {sourceLang, targetLang}
}

/** A short line of capitalised words ("New York", "António Guterres"): the same in both languages. */
function isName(text: string): boolean {
  const words = text.trim().split(/\s+/)
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\d]/u.test(w))
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

function verdictOf(findings: BeadFinding[]): BeadCheck {
  const verdict = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok'
  return {verdict, findings}
}
