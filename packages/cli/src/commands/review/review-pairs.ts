import {checkPairs, readBilingualPairs, targetPoint} from '@tolmach/check'
import type {Lang} from '@tolmach/core'
import type {ReviewBead, ReviewDocument, ReviewFinding} from '@tolmach/review'
import {toFinding} from '../check/check-bilingual.js'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'
import type {InputText} from '../../io/read-input.js'

/**
 * A file of translation pairs (TMX, JSONL or TSV of pairs, XLIFF with
 * targets) as a review page document: one 1-1 bead per unit, checked by
 * `@tolmach/check`, placed at the unit's line in that file.
 */
export function reviewPairsDocument(input: InputText, langs: {sourceLang: Lang; targetLang: Lang}, t: Translate): ReviewDocument {
  const read = readBilingualPairs(input, langs)
  if (read === undefined) throw usageError('unknown-input', t('check.unknownInput', {file: input.file}), input.file)
  const findings = checkPairs(
    read.pairs.map((pair) => ({...(pair.id === undefined ? {} : {id: pair.id}), source: pair.source, target: pair.target})),
    langs
  )
  const byPair = new Map<number, ReviewFinding[]>()
  for (const f of findings) {
    const pair = read.pairs[f.pair]
    if (!pair) continue
    const at = f.side === 'target' ? targetPoint(pair, f.start) : targetPoint(pair, 0)
    const list = byPair.get(f.pair) ?? []
    list.push({ruleId: f.ruleId, severity: f.severity, message: toFinding(f, t).message, side: f.side, line: at.line, column: at.column, highlight: f.actual ? [f.actual] : []})
    byPair.set(f.pair, list)
  }
  const sentences = read.pairs.map((pair, i) => {
    const at = targetPoint(pair, 0)
    return {id: pair.id ?? String(i + 1), line: at.line, column: at.column}
  })
  const beads: ReviewBead[] = read.pairs.map((_, i) => {
    const list = byPair.get(i) ?? []
    const verdict = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'ok'
    return {src: [i], tgt: [i], verdict, score: 1, findings: list}
  })
  return {
    source: {file: input.file, lang: langs.sourceLang, sentences: read.pairs.map((pair, i) => ({...(sentences[i] as {id: string; line: number; column: number}), text: pair.source}))},
    target: {file: input.file, lang: langs.targetLang, sentences: read.pairs.map((pair, i) => ({...(sentences[i] as {id: string; line: number; column: number}), text: pair.target}))},
    beads
  }
}
