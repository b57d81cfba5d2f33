import {createFinding, detectLanguage, type Finding, type Lang, type Segment, stripPlaceholders} from '@tolmach/core'
import {alignSentencesWithReport} from './align-sentences.js'
import {type BeadFinding, beadLangs, checkBead} from './check-bead.js'
import {checkPlaceholders} from './check-placeholders.js'
import {nearOmission} from './near-omission.js'
import {blockIndexes, headingBoundaries} from './document-structure.js'
import type {AlignDocumentsOptions, AlignInput, DocumentAlignment, DocumentBead, Verdict} from './document-types.js'
import {type PlacedSide, placedSide, placeFinding } from './place-finding.js'
import type {AnchorProvider, Bead} from './types.js'

const source = 'tolmach-aligner'
// Past this many times the expected length, one side is mostly missing.
const lopsided = 3
// English characters per Russian one in ordinary releases: the yardstick for a
// lopsided pair, whose own ratio is what is in question.
const enPerRu = 1.04

/**
 * Align a document with its translation, Russian → English or English →
 * Russian (`sourceLang`, default `ru`), both already segmented
 * (`segmentMarkdown` from `@tolmach/segmenter`; the aligner does not parse
 * Markdown itself). The Markdown structure guides the alignment: headings
 * pair with headings as hard boundaries, paragraphs and list items as soft
 * ones, and link URLs as anchors. Every bead is checked (`checkBead`,
 * inline markup, links, any `checks` hooks) and gets a verdict with
 * findings placed in the source or target file.
 *
 * The alignment itself always runs Russian against English: an English
 * source goes in as the second side and its beads are mirrored coming out,
 * so both directions give the same pairs. Checks, findings and the ratio
 * follow the real direction.
 */
export function alignDocuments(src: AlignInput | readonly Segment[], tgt: AlignInput | readonly Segment[], options: AlignDocumentsOptions = {}): DocumentAlignment {
  const a = toInput(src, 'src')
  const b = toInput(tgt, 'tgt')
  if (typeof options !== 'object' || options === null) throw new TypeError('alignDocuments: `options` must be an object')
  if (options.checks !== undefined && (!Array.isArray(options.checks) || options.checks.some((c) => typeof c !== 'function'))) {
    throw new TypeError('alignDocuments: `checks` must be an array of functions')
  }
  const langs = beadLangs({sourceLang: options.sourceLang ?? a.lang, targetLang: options.targetLang ?? b.lang})
  const ss = a.segments.map((s) => s.text)
  const ts = b.segments.map((s) => s.text)
  const searched = alignRussianEnglish(a, b, langs.sourceLang === 'ru', options)
  const ratio = searched.ratio
  // Fixed beads (a reviewer's corrections) still take the search's length ratio, which the checks measure against.
  const beads = options.beads === undefined ? searched.beads : fixedBeads(options.beads, ss.length, ts.length)
  const usualRatio = usual(langs.sourceLang)

  const sides: Record<'source' | 'target', PlacedSide> = {
    source: placedSide(a.segments, a.text, a.file),
    target: placedSide(b.segments, b.text, b.file)
  }
  // A lopsided pair has a lopsided ratio; bead checks measure against the usual one then.
  // The checks measure each pair against the ratio of this document's own 1-1 pairs (their median):
  // the whole-document ratio counts one-sided material (a dropped section, an added byline) too.
  const fromPairs = medianPairRatio(ss, ts, beads)
  const sane = fromPairs ?? (ratio > lopsided || ratio < 1 / lopsided ? usualRatio : Math.min(2, Math.max(0.5, ratio)))
  const checkOptions = {...options.check, ...langs, ratio: options.check?.ratio ?? sane}
  const verdicts: Record<Verdict, number> = {ok: 0, warning: 0, error: 0}
  const headings = {src: a.segments.map((s) => s.kind === 'heading'), tgt: b.segments.map((s) => s.kind === 'heading')}
  const out: DocumentBead[] = beads.map((bead, k) => {
    const raw: BeadFinding[] = [...checkBead(ss, ts, bead, checkOptions).findings, ...checkPlaceholders(a.segments, b.segments, bead), ...nearOmission(ss, ts, beads, k, langs, headings)]
    for (const hook of options.checks ?? []) raw.push(...hook(ss, ts, bead))
    const findings = raw.map((f) => placeFinding(f, sides[f.side]))
    const verdict = verdictOf(findings)
    verdicts[verdict]++
    const result: DocumentBead = {
      ...bead,
      source: bead.src.map((i) => a.segments[i] as Segment),
      target: bead.tgt.map((j) => b.segments[j] as Segment),
      verdict,
      findings
    }
    if (sides.source.file !== undefined) result.sourceFile = sides.source.file
    if (sides.target.file !== undefined) result.targetFile = sides.target.file
    return result
  })
  return {beads: out, ratio, ...langs, findings: documentFindings(sides, langs.sourceLang, langs.targetLang), verdicts}
}

/** Target characters per source character in ordinary releases. */
function usual(sourceLang: Lang): number {
  return sourceLang === 'ru' ? enPerRu : 1 / enPerRu
}

/**
 * The sentence alignment, always Russian against English (the features,
 * length model and lexicon are built that way round): with an English
 * source the sides go in swapped and the beads come out mirrored. The ratio
 * returned is target characters per source character.
 */
function alignRussianEnglish(a: AlignInput, b: AlignInput, forward: boolean, options: AlignDocumentsOptions): {beads: Bead[]; ratio: number} {
  const [ru, en] = forward ? [a, b] : [b, a]
  const ruParagraphs = blockIndexes(ru.segments, ru.text)
  const enParagraphs = blockIndexes(en.segments, en.text)
  const anchors = options.anchors && !forward ? swapAnchors(options.anchors) : options.anchors
  const alignOptions: Parameters<typeof alignSentencesWithReport>[2] = {
    srcParagraphs: ruParagraphs,
    tgtParagraphs: enParagraphs,
    boundaries: headingBoundaries(ru.segments, en.segments, ruParagraphs, enParagraphs),
    anchors: linkAnchors(ru.segments, en.segments, anchors),
    srcHeadings: ru.segments.map((s) => s.kind === 'heading'),
    tgtHeadings: en.segments.map((s) => s.kind === 'heading')
  }
  if (options.dictionary !== undefined) alignOptions.dictionary = options.dictionary
  if (options.lexicon !== undefined) alignOptions.lexicon = options.lexicon
  if (options.band !== undefined) alignOptions.band = options.band
  if (options.learned !== undefined) alignOptions.learned = options.learned
  if (options.onProgress !== undefined) alignOptions.onProgress = options.onProgress
  const {beads, ratio} = alignSentencesWithReport(ru.segments.map((s) => s.text), en.segments.map((s) => s.text), alignOptions)
  if (forward) return {beads, ratio}
  return {beads: beads.map((bead) => ({src: bead.tgt, tgt: bead.src, score: bead.score})), ratio: 1 / ratio}
}

function swapAnchors(anchors: AnchorProvider): AnchorProvider {
  return {source: (sentence, i) => anchors.target(sentence, i), target: (sentence, j) => anchors.source(sentence, j)}
}

function fixedBeads(beads: readonly Bead[], sources: number, targets: number): Bead[] {
  let i = 0
  let j = 0
  for (const bead of beads) {
    for (const s of bead.src) if (s !== i++) throw new TypeError('alignDocuments: `beads` must cover every source sentence once, in order')
    for (const t of bead.tgt) if (t !== j++) throw new TypeError('alignDocuments: `beads` must cover every target sentence once, in order')
  }
  if (i !== sources || j !== targets) throw new TypeError('alignDocuments: `beads` must cover every sentence of both documents')
  return beads.map((bead) => ({src: [...bead.src], tgt: [...bead.tgt], score: bead.score}))
}

function medianPairRatio(ss: readonly string[], ts: readonly string[], beads: ReadonlyArray<{src: number[]; tgt: number[]}>): number | undefined {
  const ratios: number[] = []
  for (const b of beads) {
    if (b.src.length !== 1 || b.tgt.length !== 1) continue
    const ls = (ss[b.src[0] as number] as string).length
    const lt = (ts[b.tgt[0] as number] as string).length
    if (ls >= 20 && lt >= 20) ratios.push(lt / ls)
  }
  if (ratios.length < 5) return undefined
  ratios.sort((x, y) => x - y)
  return Math.min(2, Math.max(0.5, ratios[ratios.length >> 1] as number))
}

function toInput(value: AlignInput | readonly Segment[], name: string): AlignInput {
  const input: AlignInput | undefined = Array.isArray(value) ? {segments: value as readonly Segment[]} : (value as AlignInput)
  if (typeof input !== 'object' || input === null || !Array.isArray(input.segments)) {
    throw new TypeError(`alignDocuments: \`${name}\` must be an array of segments or {segments, text?, file?}`)
  }
  if (input.segments.some((s) => typeof s?.text !== 'string' || !Array.isArray(s.placeholders) || !Array.isArray(s.map))) {
    throw new TypeError(`alignDocuments: \`${name}\` segments must come from segmentMarkdown (text, placeholders, map)`)
  }
  if (input.text !== undefined && typeof input.text !== 'string') throw new TypeError(`alignDocuments: \`${name}.text\` must be a string`)
  return input
}

/** Link URLs are the same on both sides of a faithful translation: strong anchors, added to the caller's. */
function linkAnchors(src: readonly Segment[], tgt: readonly Segment[], extra: AnchorProvider | undefined): AnchorProvider {
  const urls = (segment: Segment | undefined) =>
    (segment?.placeholders ?? []).flatMap((p) => (p.node === 'link' && typeof p.data?.['url'] === 'string' ? [`link:${p.data['url']}`] : []))
  return {
    source: (sentence, i) => [...urls(src[i]), ...(extra?.source(sentence, i) ?? [])],
    target: (sentence, j) => [...urls(tgt[j]), ...(extra?.target(sentence, j) ?? [])]
  }
}

/** Problems of the pair as a whole: wrong language on a side, one side (nearly) empty. */
function documentFindings(sides: Record<'source' | 'target', PlacedSide>, sourceLang: Lang, targetLang: Lang): Finding[] {
  const ratio = usual(sourceLang)
  const findings: Finding[] = []
  const plain = (side: PlacedSide) => side.segments.map((s) => stripPlaceholders(s.text, s.placeholders)).join(' ')
  const texts = {source: plain(sides.source), target: plain(sides.target)}
  for (const [side, want] of [['source', sourceLang], ['target', targetLang]] as const) {
    const guess = detectLanguage(texts[side], 20_000)
    if (guess.cyrillic + guess.latin === 0 || guess.lang === want) continue
    const name = want === 'ru' ? 'Russian' : 'English'
    findings.push(documentFinding(sides[side], 'language-mismatch', 'error', `the ${side} does not look ${name} (${guess.lang} detected)`, guess.lang, [want]))
  }
  const ls = texts.source.length
  const lt = texts.target.length
  if ((ls === 0) !== (lt === 0)) {
    const empty = ls === 0 ? 'source' : 'target'
    findings.push(documentFinding(sides[empty], 'length-mismatch', 'warning', `the ${empty} has no sentences: every sentence of the other side is unaligned`, '0', []))
  } else if (ls > 0 && (lt > lopsided * ls * ratio || ls * ratio > lopsided * lt)) {
    const short = lt > ls * ratio ? 'source' : 'target'
    findings.push(documentFinding(sides[short], 'length-mismatch', 'warning', `the documents differ a lot in length (${ls} vs ${lt} characters): many sentences will stay unaligned`, `${ls}:${lt}`, []))
  }
  return findings
}

function documentFinding(side: PlacedSide, ruleId: string, severity: 'error' | 'warning', message: string, actual: string, expected: string[]): Finding {
  const init: Parameters<typeof createFinding>[0] = {ruleId, severity, message, source, actual, expected}
  if (side.file !== undefined) init.file = side.file
  return createFinding(init)
}

function verdictOf(findings: readonly Finding[]): Verdict {
  return findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'ok'
}
