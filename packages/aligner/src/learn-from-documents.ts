import type {DocumentAlignment} from './document-types.js'
import {type LearnedLexicon, type LearnOptions, learnLexicon} from './self-train.js'
import type {Bead} from './types.js'

/**
 * Learns word links from checked document alignments, as a corpus build's
 * first pass gives them (hunalign's `-realign` over a whole corpus): only
 * 1-1 beads the checks let through (verdict `ok`) and that score high teach.
 * Pairs of either direction are turned Russian → English, the orientation
 * `learned` takes.
 */
export function learnFromAlignments(alignments: readonly DocumentAlignment[], options: LearnOptions = {}): LearnedLexicon {
  if (!Array.isArray(alignments)) throw new TypeError('learnFromAlignments: `alignments` must be an array')
  const doc: {src: string[]; tgt: string[]; beads: Bead[]} = {src: [], tgt: [], beads: []}
  for (const alignment of alignments) {
    const forward = alignment.sourceLang === 'ru'
    for (const bead of alignment.beads) {
      if (bead.verdict !== 'ok' || bead.source.length !== 1 || bead.target.length !== 1) continue
      const [ru, en] = forward ? [bead.source[0], bead.target[0]] : [bead.target[0], bead.source[0]]
      if (ru === undefined || en === undefined) continue
      doc.beads.push({src: [doc.src.length], tgt: [doc.tgt.length], score: bead.score})
      doc.src.push(ru.text)
      doc.tgt.push(en.text)
    }
  }
  return learnLexicon([doc], options)
}
