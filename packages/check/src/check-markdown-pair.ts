import {alignDocuments, blockIndexes, builtinLexicon, englishStopWords, stemWord} from '@tolmach/aligner'
import type {Finding, OffsetMap, Segment} from '@tolmach/core'
import {segmentMarkdown} from '@tolmach/segmenter'
import {checkPairs} from './check-pair.js'
import {createLocator} from './locate.js'
import {applySuppressions} from './suppress.js'
import {checkScript} from './check-script.js'
import {termMatchers} from './check-terms.js'
import {checkTargetOnly} from './check-typography.js'
import type {RawFinding} from './finding.js'
import type {CheckFinding, CheckOptions, LinkMention, TranslationPair} from './types.js'

export interface MarkdownPairOptions extends CheckOptions {
  /** File names for findings; default `ru.md`/`en.md` are not invented: positions are still given. */
  ruFile?: string
  enFile?: string
}

export interface MarkdownPairResult {
  findings: CheckFinding[]
  /** The pairs that were checked (beads with both sides), for callers that render or export them. */
  pairs: TranslationPair[]
}

/** Segments joined with a space, with one offset map into their common file. */
function join(segments: readonly Segment[]): {text: string; map: OffsetMap; links: LinkMention[]} {
  let text = ''
  const map: OffsetMap = []
  const links: LinkMention[] = []
  for (const segment of segments) {
    if (text) text += ' '
    const base = text.length
    if (segment.map.length === 0) map.push([base, segment.position.start.offset])
    for (const [t, s] of segment.map) map.push([base + t, s])
    for (const p of segment.placeholders) {
      const url = p.data?.['url']
      if (p.node === 'link' && p.type !== 'close' && typeof url === 'string') links.push({url, start: base + p.offset, end: base + p.offset})
    }
    text += segment.text
  }
  return {text, map, links}
}

/**
 * Checks a Russian Markdown document against its translation (or the other
 * way round, `sourceLang: 'en'`): segments both, aligns them with the
 * aligner, reports source sentences with no counterpart (omissions) and
 * target sentences with none (additions), and runs `checkPairs` on every
 * aligned bead. Findings are placed in the translation; a finding about
 * the source carries the source position as `related`.
 * `<!-- tolmach-disable-next-line rule-id -->` in the translation silences a line.
 */
export function checkMarkdownPair(ruText: string, enText: string, options: MarkdownPairOptions): MarkdownPairResult {
  if (typeof ruText !== 'string' || typeof enText !== 'string') throw new TypeError('checkMarkdownPair: `ruText` and `enText` must be strings')
  if (typeof options !== 'object' || options === null) throw new TypeError('checkMarkdownPair: `options` must be an object')
  const ru = segmentMarkdown(ruText, {lang: 'ru', ...(options.ruFile === undefined ? {} : {file: options.ruFile})})
  const en = segmentMarkdown(enText, {lang: 'en', ...(options.enFile === undefined ? {} : {file: options.enFile})})
  const matchers = termMatchers(options)
  const byLang = matchers && (options.sourceLang === 'ru' ? {ru: matchers.source, en: matchers.target} : {ru: matchers.target, en: matchers.source})
  const anchors = byLang && {
    source: (text: string) => byLang.ru.find(text).map((m) => m.conceptId),
    target: (text: string) => byLang.en.find(text).map((m) => m.conceptId)
  }
  const alignment = alignDocuments(
    {segments: ru, text: ruText, ...(options.ruFile === undefined ? {} : {file: options.ruFile})},
    {segments: en, text: enText, ...(options.enFile === undefined ? {} : {file: options.enFile})},
    anchors ? {anchors} : {}
  )
  const ruIsSource = options.sourceLang === 'ru'
  const src = {text: ruIsSource ? ruText : enText, file: ruIsSource ? options.ruFile : options.enFile, segments: ruIsSource ? ru : en}
  const tgt = {text: ruIsSource ? enText : ruText, file: ruIsSource ? options.enFile : options.ruFile, segments: ruIsSource ? en : ru}
  const pairs: TranslationPair[] = []
  // Which bead each pair is, to see whether a sentence stands alone near it.
  const beadOf: number[] = []
  const lonely: Array<{side: 'source' | 'target'; segments: Segment[]; bead: number; severity: CheckFinding['severity']}> = []
  const oriented = mergeLonely(alignment.beads.map((b) => (ruIsSource ? {source: b.source, target: b.target, findings: b.findings} : {source: b.target, target: b.source, findings: b.findings})))
  const ratio = ruIsSource ? alignment.ratio : 1 / alignment.ratio
  const beads = absorb(splitLopsided(oriented, Number.isFinite(ratio) && ratio > 0 ? ratio : 1), Number.isFinite(ratio) && ratio > 0 ? ratio : 1, {source: blockIndexes(src.segments, src.text), target: blockIndexes(tgt.segments, tgt.text)}, ruIsSource)
  beads.forEach((bead, k) => {
    if (bead.source.length > 0 && bead.target.length > 0) {
      const s = join(bead.source)
      const t = join(bead.target)
      const pair: TranslationPair = {
        id: (bead.target[0] as Segment).id,
        source: s.text,
        target: t.text,
        sourceLocation: {text: src.text, map: s.map, ...(src.file === undefined ? {} : {file: src.file})},
        targetLocation: {text: tgt.text, map: t.map, ...(tgt.file === undefined ? {} : {file: tgt.file})},
        links: {source: s.links, target: t.links},
        segments: {source: bead.source, target: bead.target}
      }
      pairs.push(pair)
      beadOf.push(k)
      return
    }
    // The aligner marks boilerplate (datelines, bylines, "Read more") as info: keep its verdict. A sentence
    // only the translation has is the translator's context for foreign readers far more often than an error
    // (Xbench and CheckMate do not flag it): info, unless the config raises `addition`.
    const added = bead.source.length === 0
    const severity = !added && bead.findings.some((f) => f.severity === 'warning' || f.severity === 'error') ? 'warning' : 'info'
    lonely.push({side: bead.target.length === 0 ? 'source' : 'target', segments: bead.target.length === 0 ? bead.source : bead.target, bead: k, severity})
  })
  const findings = condensed(checkPairs(pairs, options), pairs, beadOf, beads, options, ruIsSource)
  findings.push(...unaligned(lonely, beads, src, tgt, options))
  const suppressed = applySuppressions(findings, tgt.text)
  return {findings: suppressed.sort(byPlace), pairs}
}

/**
 * A sentence rendered in fewer words («…стремимся к обеспечению справедливости
 * в процессе глобализации и призываем к решительным действиям по борьбе с
 * изменением климата» ↔ "We are working for a fair globalization and bold
 * climate action."), a sentence for a sentence among neighbours that are so
 * too, and whose English words mostly translate the Russian, is a condensed
 * translation, not a sentence lost: `length-ratio` is info there. Where the
 * alignment slid past a dropped sentence, the short sentence is another
 * sentence's translation and its words do not match: the warning stays.
 */
function condensed(findings: CheckFinding[], pairs: TranslationPair[], beadOf: number[], beads: Bead[], options: CheckOptions, ruSource: boolean): CheckFinding[] {
  if (options.rules?.['length-ratio'] !== undefined) return findings
  const oneToOne = (b: Bead | undefined) => b === undefined || (b.source.length === 1 && b.target.length === 1)
  return findings.map((f) => {
    if (f.ruleId !== 'length-ratio' || f.messageId !== 'targetTooShort' || pairs[f.pair] === undefined) return f
    const k = beadOf[f.pair] as number
    const bead = beads[k] as Bead
    return ruSource && [k - 1, k, k + 1].every((j) => oneToOne(beads[j])) && targetCovered(bead) >= 0.5 ? {...f, severity: 'info'} : f
  })
}

type Side = {text: string; file: string | undefined; segments: Segment[]}
type Oriented = {source: Segment[]; target: Segment[]; findings: Finding[]}

/**
 * Neighbouring one-sided beads with sentences on both sides are one passage
 * the translator restructured (a list turned into a sentence), not an
 * omission and an addition: they are checked as one pair.
 */
function mergeLonely(beads: Oriented[]): Oriented[] {
  const out: Oriented[] = []
  let run: Oriented[] = []
  const flush = () => {
    const hasSource = run.some((b) => b.source.length > 0)
    const hasTarget = run.some((b) => b.target.length > 0)
    if (hasSource && hasTarget) out.push({source: run.flatMap((b) => b.source), target: run.flatMap((b) => b.target), findings: []})
    else out.push(...run)
    run = []
  }
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) run.push(bead)
    else {
      flush()
      out.push(bead)
    }
  }
  flush()
  return out
}
type Bead = {source: Segment[]; target: Segment[]}

/**
 * Unaligned sentences. An added target sentence is placed where it is; an
 * omitted source sentence is placed in the translation where it should
 * have been: after the target of the bead before it when that sentence
 * shared its paragraph, else before the target of the next bead.
 */
function unaligned(lonely: Array<{side: 'source' | 'target'; segments: Segment[]; bead: number; severity: CheckFinding['severity']}>, beads: Bead[], src: Side, tgt: Side, options: MarkdownPairOptions): CheckFinding[] {
  const locate = createLocator()
  const srcBlocks = blockIndexes(src.segments, src.text)
  const out: CheckFinding[] = []
  for (const item of lonely) {
    for (const segment of item.segments) {
      const setting = options.rules?.[item.side === 'source' ? 'omission' : 'addition']
      if (setting === 'off') continue
      const severity = setting ?? item.severity
      const at = (file: string | undefined) => (file === undefined ? {} : {file})
      if (item.side === 'target') {
        const place = locate({text: tgt.text}, segment.position.start.offset, segment.position.end.offset)
        out.push({
          ruleId: 'addition', messageId: 'targetUnaligned', data: {actual: segment.text}, actual: segment.text, severity, source: 'tolmach-check',
          pair: -1, side: 'target', start: 0, end: segment.text.length, ...at(tgt.file), ...(place ? {place} : {})
        })
        // What needs no source still applies: a sentence left in Russian, doubled spaces, brackets, repeats.
        const own: RawFinding[] = []
        const text = segment.text.replace(/\{\/?\d+\/?\}/g, (m) => '\u2063'.repeat(m.length))
        checkScript('', text, {source: options.sourceLang, target: options.targetLang}, (f) => own.push(f))
        checkTargetOnly('', text, (f) => own.push(f))
        for (const f of own) {
          const setting = options.rules?.[f.ruleId]
          if (setting === 'off') continue
          const fp = locate({text: tgt.text, map: segment.map}, f.start, f.end)
          out.push({
            ruleId: f.ruleId, messageId: f.messageId, data: f.data, severity: setting ?? f.severity, source: 'tolmach-check', pair: -1, side: 'target',
            start: f.start, end: f.end, ...at(tgt.file), ...(fp ? {place: fp} : {}), ...(f.actual === undefined ? {} : {actual: f.actual})
          })
        }
        continue
      }
      const offset = omissionOffset(segment, item.bead, beads, srcBlocks, src.segments)
      const place = locate({text: tgt.text}, offset, offset)
      const related = locate({text: src.text}, segment.position.start.offset, segment.position.end.offset)
      out.push({
        ruleId: 'omission', messageId: 'sourceUnaligned', data: {expected: segment.text}, expected: [segment.text], severity, source: 'tolmach-check',
        pair: -1, side: 'target', start: 0, end: 0, ...at(tgt.file), ...(place ? {place} : {}),
        related: {side: 'source', start: 0, end: segment.text.length, ...at(src.file), ...(related ? {place: related} : {})}
      })
    }
  }
  return out
}

const length = (segments: readonly Segment[]) => segments.reduce((n, s) => n + s.text.length, 0)
// How far from the document's own length ratio a bead may be and still be a faithful translation.
const fits = Math.log(1.35)

/**
 * A sentence the aligner left alone beside a bead of its own paragraph that
 * is too short on that side, and fits once the sentence joins it, is half of
 * a 2-1 bead (a sentence the translator split or joined), not an omission
 * or an addition. A sentence truly left out makes its neighbour no shorter.
 */
function absorb(beads: Oriented[], ratio: number, blocks: {source: number[]; target: number[]}, ruSource: boolean): Oriented[] {
  const out = beads.map((b) => ({...b, source: [...b.source], target: [...b.target]}))
  const skew = (b: {source: Segment[]; target: Segment[]}) => Math.abs(Math.log(Math.max(1, length(b.target)) / (Math.max(1, length(b.source)) * ratio)))
  for (let k = 0; k < out.length; k++) {
    const lone = out[k] as Oriented
    if ((lone.source.length === 0) === (lone.target.length === 0)) continue
    const side = lone.source.length > 0 ? 'source' : 'target'
    const segment = lone[side][0] as Segment
    let best: {at: number; gain: number} | undefined
    for (const j of [k - 1, k + 1]) {
      const next = out[j]
      if (!next || next.source.length === 0 || next.target.length === 0) continue
      const neighbour = j < k ? next[side].at(-1) : next[side][0]
      if (!neighbour || blocks[side][neighbour.index] !== blocks[side][segment.index]) continue
      const merged = {source: side === 'source' ? [...next.source, ...lone.source] : next.source, target: side === 'target' ? [...next.target, ...lone.target] : next.target}
      const before = skew(next)
      const after = skew(merged)
      const covered = side === 'source' && ruSource && after < fits && coveredOnlyBy(lone.source, next) > 0
      if (((before > Math.log(1.2) && after < before) || covered) && after < fits && (!best || before - after > best.gain)) best = {at: j, gain: before - after}
    }
    if (!best) continue
    const into = out[best.at] as Oriented
    const order = (a: Segment, b: Segment) => a.index - b.index
    into[side] = [...into[side], ...lone[side]].sort(order)
    out.splice(k, 1)
    k--
  }
  return out
}

const contentWords = (text: string, lang: 'ru' | 'en') =>
  [...text.toLowerCase().matchAll(/\p{L}{4,}/gu)].map((m) => m[0]).filter((w) => lang === 'ru' || !englishStopWords.has(w)).map((w) => stemWord(w, lang))

/** The share of the English side's content words that translate a word of the Russian side (by the aligner's lexicon). */
function targetCovered(bead: Bead): number {
  const lexicon = builtinLexicon()
  const translations = new Set(bead.source.flatMap((s) => contentWords(s.text, 'ru')).flatMap((w) => lexicon.ru(w) ?? []))
  const words = [...new Set(bead.target.flatMap((s) => contentWords(s.text, 'en')))]
  return words.length === 0 ? 0 : words.filter((w) => translations.has(w)).length / words.length
}

/**
 * «…могут быть настроены… Это позволяет защититься от ситуаций, когда место
 * на диске закончилось.» ↔ "…can be tuned… and help avoid out-of-disk
 * errors.": how many words of the neighbour's translation translate the
 * lone Russian sentence (by the aligner's lexicon) and no word of the
 * neighbour's own source. A sentence truly left out leaves no such word.
 */
function coveredOnlyBy(lone: readonly Segment[], bead: Oriented): number {
  const lexicon = builtinLexicon()
  const target = new Set(bead.target.flatMap((s) => contentWords(s.text, 'en')))
  const translations = (segments: readonly Segment[]) => new Set(segments.flatMap((s) => contentWords(s.text, 'ru')).flatMap((w) => lexicon.ru(w) ?? []).filter((e) => target.has(e)))
  const own = translations(bead.source)
  return [...translations(lone)].filter((e) => !own.has(e)).length
}

/**
 * The aligner may pair a sentence the translator left out with its
 * neighbour's translation (2-1). When the bead is far too short on one
 * side and fits once its first or last sentence on the other side stands
 * alone, that sentence is an omission (or an addition), not half a bead.
 */
function splitLopsided(beads: Oriented[], ratio: number): Oriented[] {
  const out: Oriented[] = []
  const skew = (source: Segment[], target: Segment[]) => Math.log(Math.max(1, length(target)) / (Math.max(1, length(source)) * ratio))
  for (const bead of beads) {
    const s = bead.source.length > 0 && bead.target.length > 0 ? skew(bead.source, bead.target) : 0
    const long: 'source' | 'target' | undefined = s < -Math.log(1.5) && bead.source.length > 1 ? 'source' : s > Math.log(1.5) && bead.target.length > 1 ? 'target' : undefined
    if (!long) {
      out.push(bead)
      continue
    }
    const options = [
      {kept: bead[long].slice(1), alone: bead[long].slice(0, 1), first: true},
      {kept: bead[long].slice(0, -1), alone: bead[long].slice(-1), first: false}
    ].map((o) => ({...o, skew: Math.abs(long === 'source' ? skew(o.kept, bead.target) : skew(bead.source, o.kept))}))
    const best = options.sort((a, b) => a.skew - b.skew)[0]
    if (!best || best.skew >= fits) {
      out.push(bead)
      continue
    }
    const kept: Oriented = long === 'source' ? {source: best.kept, target: bead.target, findings: []} : {source: bead.source, target: best.kept, findings: []}
    const alone: Oriented = long === 'source' ? {source: best.alone, target: [], findings: [warningMark]} : {source: [], target: best.alone, findings: [warningMark]}
    out.push(...(best.first ? [alone, kept] : [kept, alone]))
  }
  return out
}

// A split-off sentence is no boilerplate line: its finding is a warning.
const warningMark = {ruleId: 'unaligned', severity: 'warning', message: '', source: 'tolmach-check'} as Finding

function omissionOffset(segment: Segment, k: number, beads: Bead[], blocks: number[], segments: Segment[]): number {
  const block = blocks[segment.index] ?? -1
  for (let j = k - 1; j >= 0; j--) {
    const b = beads[j] as Bead
    if (b.target.length === 0) continue
    const last = b.source.at(-1)
    if (!last || blocks[last.index] === block || segments[last.index] === undefined) return (b.target.at(-1) as Segment).position.end.offset
    break
  }
  for (let j = k + 1; j < beads.length; j++) {
    const b = beads[j] as Bead
    if (b.target.length > 0) return (b.target[0] as Segment).position.start.offset
  }
  for (let j = k - 1; j >= 0; j--) {
    const b = beads[j] as Bead
    if (b.target.length > 0) return (b.target.at(-1) as Segment).position.end.offset
  }
  return 0
}

function byPlace(a: CheckFinding, b: CheckFinding): number {
  return (a.place?.start.offset ?? -1) - (b.place?.start.offset ?? -1) || a.ruleId.localeCompare(b.ruleId)
}
