import {type AlignDocumentsOptions, type AnchorProvider, alignDocuments, type Bead, type BeadCheckHook, type DocumentAlignment, type LearnedLexicon} from '@tolmach/aligner'
import type {Lang, Segment} from '@tolmach/core'
import {segmentDocument} from '@tolmach/segmenter'
import type {InputText} from './read-messages.js'

/** A glossary as the aligner takes it: concept anchors and a per-bead term check. */
export interface AlignHooks {
  anchors: AnchorProvider
  check: BeadCheckHook
}

/** The direction of a pair. */
export interface PairLangs {
  sourceLang: Lang
  targetLang: Lang
}

/**
 * Segments a document and its translation (Russian → English or English →
 * Russian, as `langs` says) and aligns them, checking every bead (with the
 * glossary's anchors and term checks when one is given, built for the same
 * direction). The one path both `tolmach align` and `corpus build` take.
 */
export function alignPair(source: InputText, target: InputText, langs: PairLangs, glossary?: AlignHooks, more: AlignPairOptions = {}): DocumentAlignment {
  const checks: BeadCheckHook[] = glossary ? [glossary.check] : []
  const report = more.onProgress
  // One bar over the whole work: each side's segmenting is a tenth, the search the rest.
  const total = source.text.length + target.text.length
  const segmenting = (offset: number) => (report ? {onProgress: (done: number) => report((offset + done) / (10 * total), 1)} : {})
  const options: AlignDocumentsOptions = {...langs, ...(glossary ? {anchors: glossary.anchors, checks} : {})}
  if (more.beads) options.beads = more.beads
  if (more.learned) options.learned = more.learned
  if (report) options.onProgress = (done, all) => report(0.1 + (0.9 * done) / Math.max(1, all), 1)
  return alignDocuments(
    {segments: segments(source, langs.sourceLang, segmenting(0)), text: source.text, file: source.file},
    {segments: segments(target, langs.targetLang, segmenting(source.text.length)), text: target.text, file: target.file},
    options
  )
}

export interface AlignPairOptions {
  /** Beads a reviewer fixed: checked as given, no search. */
  beads?: readonly Bead[]
  /** Word links learned from a first pass over a corpus (`learnFromAlignments`). */
  learned?: LearnedLexicon
  /** The share of the pair's work done (segmenting, then the search), as done/total. */
  onProgress?: (done: number, total: number) => void
}

function segments(input: InputText, lang: Lang, more: {onProgress?: (done: number, total: number) => void}): Segment[] {
  const out: Segment[] = []
  for (const piece of segmentDocument(input.text, {lang, file: input.file, ...more})) for (const s of piece) out.push(s)
  return out
}

/** The ids of a document's segments in order: what a reviewer's corrections refer to, without aligning. */
export function segmentIds(input: InputText, lang: Lang): string[] {
  return segments(input, lang, {}).map((segment) => segment.id)
}
