import type {DocumentAlignment} from '@tolmach/aligner'
import {type Segment, stripPlaceholders} from '@tolmach/core'

/**
 * A hand-made gold alignment (`corpus/gold/*.json`): beads name their
 * sentences by the opening words of their plain text (placeholders removed),
 * unique within a document, so the file survives re-segmentation ids.
 */
export interface GoldFile {
  beads: Array<{ru: string[]; en: string[]}>
}

export interface GoldComparison {
  exact: boolean
  gold: number
  found: number
  /** Gold beads the alignment does not have, as `ru [i…] ↔ en [j…]`. */
  missing: string[]
  /** Beads of the alignment that the gold does not have. */
  extra: string[]
  /** Gold openings that name no sentence, or several. */
  unresolved: Array<{opening: string; matches: number}>
}

export function isGoldFile(value: unknown): value is GoldFile {
  const beads = (value as GoldFile | null)?.beads
  const strings = (list: unknown) => Array.isArray(list) && list.every((s) => typeof s === 'string')
  return Array.isArray(beads) && beads.every((b) => strings(b?.ru) && strings(b?.en))
}

/**
 * Compares an alignment with the gold, bead for bead: exact means the same
 * set of beads. The gold names Russian and English sentences, so it holds
 * for either direction: `source`/`target` are the alignment's segments.
 */
export function compareGold(gold: GoldFile, alignment: DocumentAlignment, source: readonly Segment[], target: readonly Segment[]): GoldComparison {
  const forward = alignment.sourceLang === 'ru'
  const [ru, en] = forward ? [source, target] : [target, source]
  const unresolved: GoldComparison['unresolved'] = []
  const resolve = (openings: string[], segments: readonly Segment[]) =>
    openings.map((opening) => {
      const hits = segments.flatMap((s, i) => (stripPlaceholders(s.text, s.placeholders).trimStart().startsWith(opening) ? [i] : []))
      if (hits.length !== 1) unresolved.push({opening, matches: hits.length})
      return hits[0] ?? -1
    })
  const goldKeys = gold.beads.map((b) => key(resolve(b.ru, ru), resolve(b.en, en)))
  const foundKeys = alignment.beads.map((b) => (forward ? key(b.src, b.tgt) : key(b.tgt, b.src)))
  const foundSet = new Set(foundKeys)
  const goldSet = new Set(goldKeys)
  const missing = goldKeys.filter((k) => !foundSet.has(k))
  const extra = foundKeys.filter((k) => !goldSet.has(k))
  return {exact: unresolved.length === 0 && missing.length === 0 && extra.length === 0, gold: goldKeys.length, found: foundKeys.length, missing, extra, unresolved}
}

function key(src: readonly number[], tgt: readonly number[]): string {
  return `ru [${src.join(',')}] ↔ en [${tgt.join(',')}]`
}

/**
 * A gold file of an alignment (after a reviewer's corrections, say): each
 * sentence named by the fewest opening words that no other sentence of its
 * document starts with, as the hand-made gold files do.
 */
export function goldOf(alignment: DocumentAlignment, files: {ru: string; en: string}): GoldFile & {ru: string; en: string; note: string} {
  const forward = alignment.sourceLang !== 'en'
  const sides = (side: 'source' | 'target') => alignment.beads.flatMap((b) => b[side]).sort((a, b) => a.index - b.index)
  const [ru, en] = forward ? [sides('source'), sides('target')] : [sides('target'), sides('source')]
  const openings = (segments: readonly Segment[]) => {
    const plain = segments.map((s) => stripPlaceholders(s.text, s.placeholders).trimStart())
    return plain.map((text) => {
      const words = text.split(/(?<=\s)/)
      // At least three words, so a person can find the sentence from its name.
      let raw = ''
      for (const [k, word] of words.entries()) {
        raw += word
        const opening = raw.trimEnd()
        if (k >= 2 && plain.filter((other) => other.startsWith(opening)).length === 1) return opening
      }
      return text
    })
  }
  const ruOpen = openings(ru)
  const enOpen = openings(en)
  const ruAt = new Map(ru.map((s, i) => [s, i]))
  const enAt = new Map(en.map((s, i) => [s, i]))
  return {
    ru: files.ru,
    en: files.en,
    note: 'Gold alignment written by tolmach align --write-gold. Each bead names its sentences by the opening words of their plain text (placeholders removed); openings are unique within a document.',
    beads: alignment.beads.map((b) => {
      const [r, e] = forward ? [b.source, b.target] : [b.target, b.source]
      return {ru: r.map((s) => ruOpen[ruAt.get(s) as number] as string), en: e.map((s) => enOpen[enAt.get(s) as number] as string)}
    })
  }
}
