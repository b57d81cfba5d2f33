import {alignDocuments, type Bead, type BeadCheckHook, type DocumentAlignment} from '@tolmach/aligner'
import type {Segment} from '@tolmach/core'
import type {GlossaryHooks} from './align-glossary.js'
import type {InputText} from './read-input.js'
import {segmentDocument} from './segment-document.js'

/**
 * Segments a Russian document and its English version and aligns them,
 * checking every bead (with the glossary's anchors and term checks when one
 * is given). The one path both `tolmach align` and `corpus build` take.
 */
export function alignPair(ru: InputText, en: InputText, glossary?: GlossaryHooks, beads?: readonly Bead[]): DocumentAlignment {
  const checks: BeadCheckHook[] = glossary ? [glossary.check] : []
  return alignDocuments(
    {segments: segments(ru, 'ru'), text: ru.text, file: ru.file},
    {segments: segments(en, 'en'), text: en.text, file: en.file},
    {...(glossary ? {anchors: glossary.anchors, checks} : {}), ...(beads ? {beads} : {})}
  )
}

function segments(input: InputText, lang: 'ru' | 'en'): Segment[] {
  const out: Segment[] = []
  for (const piece of segmentDocument(input.text, {lang, file: input.file})) for (const s of piece) out.push(s)
  return out
}
