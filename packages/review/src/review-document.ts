import type {Finding, Segment} from '@tolmach/core'
import type {AlignedBead, ReviewBead, ReviewDocument, ReviewFinding, ReviewSentence} from './types.js'

export interface ReviewDocumentOptions {
  sourceFile: string
  targetFile: string
  sourceLang: string
  targetLang: string
}

/**
 * Turns an alignment (`alignDocuments`' beads) into what the page shows:
 * every sentence of both sides once, in document order, and beads that
 * point at them by index.
 */
export function reviewDocument(beads: readonly AlignedBead[], options: ReviewDocumentOptions): ReviewDocument {
  const source = sentencesOf(beads, 'src', 'source')
  const target = sentencesOf(beads, 'tgt', 'target')
  return {
    source: {file: options.sourceFile, lang: options.sourceLang, sentences: source},
    target: {file: options.targetFile, lang: options.targetLang, sentences: target},
    beads: beads.map(
      (bead): ReviewBead => ({
        src: [...bead.src],
        tgt: [...bead.tgt],
        verdict: bead.verdict,
        score: bead.score,
        findings: bead.findings.map((finding) => reviewFinding(finding, options))
      })
    )
  }
}

function sentencesOf(beads: readonly AlignedBead[], key: 'src' | 'tgt', side: 'source' | 'target'): ReviewSentence[] {
  const out: ReviewSentence[] = []
  for (const bead of beads) {
    bead[key].forEach((index, k) => {
      const segment = bead[side][k] as Segment
      out[index] = {id: segment.id, text: segment.text, line: segment.position.start.line, column: segment.position.start.column}
    })
  }
  for (let i = 0; i < out.length; i++) {
    if (out[i] === undefined) throw new TypeError(`reviewDocument: ${side} sentence ${i} is in no bead`)
  }
  return out
}

function reviewFinding(finding: Finding, options: ReviewDocumentOptions): ReviewFinding {
  const side = finding.file === options.targetFile ? 'target' : finding.file === options.sourceFile ? 'source' : 'pair'
  const out: ReviewFinding = {ruleId: finding.ruleId, severity: finding.severity, message: finding.message, side, highlight: highlights(finding)}
  if (finding.place) {
    out.line = finding.place.start.line
    out.column = finding.place.start.column
  }
  return out
}

function highlights(finding: Finding): string[] {
  const out = new Set<string>()
  for (const value of [finding.actual, ...(finding.expected ?? [])]) {
    if (value && value.length >= 2 && value.length <= 80) out.add(value)
  }
  return [...out]
}
