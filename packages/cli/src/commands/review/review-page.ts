import path from 'node:path'
import type {DocumentAlignment} from '@tolmach/aligner'
import type {Finding} from '@tolmach/core'
import {applyCorrections, type Corrections, defaultMessages, type ParsedCorrections, parseCorrections, type ReviewDocument, type ReviewStatus, renderReviewPage, reviewDocument} from '@tolmach/review'
import type {GlossaryHooks} from '../align/align-glossary.js'
import type {PairLangs} from '../../config/pair-langs.js'
import {type AlignPairOptions, alignPair, segmentIds} from '@tolmach/check'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'
import {type InputText, readInputFile} from '../../io/read-input.js'

/** The page's strings from the CLI catalog: `filter.all` ↔ `reviewPage.page.filterAll`. */
export function reviewMessages(t: Translate): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of Object.keys(defaultMessages)) {
    const camel = key.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase())
    // The page fills {{…}} itself: keep the placeholders as written.
    out[key] = t(`reviewPage.page.${camel}`, {interpolation: {skipOnVariables: true}, count: '{{count}}', value: '{{value}}', number: '{{number}}', type: '{{type}}'})
  }
  return out
}

export function renderPage(documents: readonly ReviewDocument[], t: Translate, lang: string): string {
  return renderReviewPage(documents, {lang, title: t('reviewPage.title'), messages: reviewMessages(t)})
}

export function toReviewDocument(alignment: DocumentAlignment, source: InputText, target: InputText, langs: PairLangs, statuses?: readonly ReviewStatus[]): ReviewDocument {
  const document = reviewDocument(alignment.beads, {sourceFile: source.file, targetFile: target.file, ...langs})
  if (statuses) {
    document.beads.forEach((bead, i) => {
      bead.status = statuses[i] ?? 'unreviewed'
    })
  }
  return document
}

/** A corrections file read and checked; content problems throw as a positioned input error. */
export interface LoadedCorrections extends ParsedCorrections {
  file: string
  corrections: Corrections
}

export function loadCorrections(file: string, cwd: string, t: Translate): LoadedCorrections {
  const {text} = readInputFile(file, cwd, t)
  const parsed = parseCorrections(text, file)
  if (!parsed.corrections) throw findingsError(parsed.findings)
  return {...parsed, corrections: parsed.corrections, file}
}

/** Beads, verdicts and statuses after a reviewer's corrections; the pair as aligned when none name it. */
export interface ReviewedAlignment {
  alignment: DocumentAlignment
  statuses?: ReviewStatus[]
}

/**
 * Aligns a pair and, when the corrections name it (by path, or by file name
 * when the paths differ), replaces the beads with the reviewed ones:
 * approved beads get the verdict ok, rejected ones are never written.
 */
export function alignReviewed(ru: InputText, en: InputText, langs: PairLangs, glossary: GlossaryHooks | undefined, corrections: LoadedCorrections | undefined, cwd: string, more: Omit<AlignPairOptions, 'beads'> = {}): ReviewedAlignment {
  const same = (a: string, b: string) => path.resolve(cwd, a) === path.resolve(cwd, b)
  const documents = corrections?.corrections.documents ?? []
  let d = documents.findIndex((doc) => same(doc.source, ru.file) && same(doc.target, en.file))
  if (d < 0) d = documents.findIndex((doc) => path.basename(doc.source) === path.basename(ru.file) && path.basename(doc.target) === path.basename(en.file))
  const document = documents[d]
  if (!corrections || !document) return {alignment: alignPair(ru, en, langs, glossary, more)}
  // Corrections name segments by id: segmenting gives them; the pair is aligned once, as the reviewer fixed it.
  const ids = (side: 'source' | 'target') => (side === 'source' ? segmentIds(ru, langs.sourceLang) : segmentIds(en, langs.targetLang))
  const applied = applyCorrections(document, ids('source'), ids('target'), {file: corrections.file, locate: (b) => corrections.locate(d, b)})
  if (applied.findings.length > 0) throw findingsError(applied.findings)
  const reviewed = alignPair(ru, en, langs, glossary, {...more, beads: applied.beads.map((bead) => ({src: bead.src, tgt: bead.tgt, score: 1}))})
  const statuses = applied.beads.map((bead) => bead.status)
  reviewed.beads.forEach((bead, i) => {
    if (statuses[i] !== 'approved' || bead.verdict === 'ok') return
    reviewed.verdicts[bead.verdict]--
    reviewed.verdicts.ok++
    bead.verdict = 'ok'
  })
  return {alignment: reviewed, statuses}
}

/** The beads a reviewer did not reject: only these may be written. */
export function notRejected<T>(beads: readonly T[], statuses: readonly ReviewStatus[] | undefined): T[] {
  return statuses ? beads.filter((_, i) => statuses[i] !== 'rejected') : [...beads]
}

function findingsError(findings: readonly Finding[]): Error {
  const first = findings[0] as Finding
  const place = first.place ? `:${first.place.start.line}:${first.place.start.column}` : ''
  return usageError(first.ruleId, `${first.file}${place}: ${first.message}`, first.file)
}
