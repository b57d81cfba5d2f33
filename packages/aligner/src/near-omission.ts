import {createFinding} from '@tolmach/core'
import {boilerplateKind} from './boilerplate.js'
import type {BeadFinding} from './check-bead.js'
import type {Bead} from './types.js'

/**
 * A pair next to a sentence the aligner left without counterpart is where
 * alignments drift after an omission (the pair shifted by one, the dropped
 * sentence's neighbour paired with the wrong one), so it goes to review
 * rather than straight to the TM. Page furniture (bylines, credits, share
 * prompts) and a heading (a page title one side lacks) left one-sided are
 * routine and cast no doubt on their neighbours.
 */
export function nearOmission(
  src: readonly string[],
  tgt: readonly string[],
  beads: readonly Bead[],
  k: number,
  langs: {sourceLang: 'ru' | 'en'; targetLang: 'ru' | 'en'} = {sourceLang: 'ru', targetLang: 'en'},
  headings?: {src: readonly boolean[]; tgt: readonly boolean[]}
): BeadFinding[] {
  const bead = beads[k] as Bead
  if (!bead.src.length || !bead.tgt.length) return []
  const omitted = (b: Bead | undefined): number | undefined => {
    if (!b || (b.src.length && b.tgt.length)) return undefined
    const onSource = b.src.length > 0
    if (onSource ? headings?.src[b.src[0] as number] : headings?.tgt[b.tgt[0] as number]) return undefined
    const text = (onSource ? src[b.src[0] as number] : tgt[b.tgt[0] as number]) as string
    return boilerplateKind(text, onSource ? langs.sourceLang : langs.targetLang) ? undefined : (onSource ? b.src[0] : b.tgt[0])
  }
  const before = omitted(beads[k - 1])
  const after = omitted(beads[k + 1])
  if (before === undefined && after === undefined) return []
  const i = bead.src[0] as number
  const text = src[i] as string
  return [
    {
      ...createFinding({
        ruleId: 'near-omission',
        severity: 'warning',
        message: 'pair next to a sentence left without counterpart: check that it did not shift',
        actual: text,
        source: 'tolmach-aligner'
      }),
      side: 'source',
      sentence: i,
      start: 0,
      end: text.length
    }
  ]
}
