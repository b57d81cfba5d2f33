import {alignDocuments, type Bead, type BeadCheckHook, type DocumentAlignment} from '@tolmach/aligner'
import type {Lang, Segment} from '@tolmach/core'
import type {GlossaryHooks} from './align-glossary.js'
import type {PairLangs} from './pair-langs.js'
import type {InputText} from './read-input.js'
import {segmentDocument} from './segment-document.js'

/**
 * Segments a document and its translation (Russian → English or English →
 * Russian, as `langs` says) and aligns them, checking every bead (with the
 * glossary's anchors and term checks when one is given, built for the same
 * direction). The one path both `tolmach align` and `corpus build` take.
 */
export function alignPair(source: InputText, target: InputText, langs: PairLangs, glossary?: GlossaryHooks, beads?: readonly Bead[]): DocumentAlignment {
  const checks: BeadCheckHook[] = glossary ? [glossary.check] : []
  return alignDocuments(
    {segments: segments(source, langs.sourceLang), text: source.text, file: source.file},
    {segments: segments(target, langs.targetLang), text: target.text, file: target.file},
    {...langs, ...(glossary ? {anchors: glossary.anchors, checks} : {}), ...(beads ? {beads} : {})}
  )
}

function segments(input: InputText, lang: Lang): Segment[] {
  const out: Segment[] = []
  for (const piece of segmentDocument(input.text, {lang, file: input.file})) for (const s of piece) out.push(s)
  return out
}
