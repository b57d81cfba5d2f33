import {createFinding, type Finding, type Lang} from '@tolmach/core'
import {checkTerms, createTermMatcher, type GlossaryMerge, type TermMatcher, termKey} from '@tolmach/glossary'
import {createGlossaryLocator} from './glossary-locate.js'
import {type GlossaryFile, joinGlossaryFiles} from '@tolmach/glossary'
import type {Translate} from '../../i18n/i18n.js'

export interface LintOptions {
  sourceLang: Lang
  targetLang: Lang
  t: Translate
}

const approved = (status: string) => status === 'preferred' || status === 'admitted'

/**
 * Lints one parsed glossary: the reader's own messages (unusable rows,
 * merged duplicates, conflicting statuses) plus what only the whole model
 * shows — one term in two concepts after normalisation, a concept with no
 * approved translation, an example pair that fails the terminology check.
 */
export function lintGlossary(file: GlossaryFile, options: LintOptions): Finding[] {
  const {t, sourceLang, targetLang} = options
  const {glossary} = file
  const locate = createGlossaryLocator(file.bytes, file.encoding)
  const findings: Finding[] = [...file.messages]
  const add = (ruleId: string, severity: Finding['severity'], message: string, conceptId: string, term?: string, extra: Partial<Finding> = {}) =>
    findings.push({...createFinding({ruleId, severity, message, source: 'tolmach-glossary-lint', file: file.file, place: locate(conceptId, term)}), ...extra})

  // Terms the reader already reported as a status conflict: one set, not a scan of the messages per term.
  const conflicts = new Set(file.messages.filter((m) => m.ruleId === 'glossary-status-conflict').flatMap((m) => [...m.message.matchAll(/"([^"]*)"/g)].map((q) => q[1]!)))
  const conflicted = (text: string) => conflicts.has(text)
  const owners = new Map<string, {conceptId: string; text: string; status: string}>()
  for (const concept of glossary.concepts) {
    for (const term of concept.terms) {
      const key = `${term.lang}\u0000${termKey(term.text)}`
      const first = owners.get(key)
      if (!first) owners.set(key, {conceptId: concept.id, text: term.text, status: term.status})
      else if (first.conceptId !== concept.id) {
        if (!conflicted(term.text)) add('glossary-duplicate-term', 'warning', t('glossary.lint.duplicate', {term: term.text, first: first.conceptId, second: concept.id}), concept.id, term.text, {actual: term.text})
      }
    }
    const hasSource = concept.terms.some((term) => term.lang === sourceLang && approved(term.status))
    const hasTarget = concept.terms.some((term) => term.lang === targetLang && approved(term.status))
    if (hasSource && !hasTarget) add('glossary-no-translation', 'warning', t('glossary.lint.noTranslation', {concept: concept.id, lang: targetLang}), concept.id)
    // A concept the check can never start from: its approved terms are all in the target language.
    if (!hasSource && hasTarget) add('glossary-no-source', 'warning', t('glossary.lint.noSource', {concept: concept.id, lang: sourceLang}), concept.id)
    if (!concept.terms.some((term) => approved(term.status))) add('glossary-no-approved', 'warning', t('glossary.lint.noApproved', {concept: concept.id}), concept.id)
  }

  // The matchers generate every form of every term: build them only when there are examples to check.
  let matchers: {source: TermMatcher; target: TermMatcher} | undefined
  for (const concept of glossary.concepts) {
    for (const example of concept.examples ?? []) {
      const src = example[sourceLang]
      const tgt = example[targetLang]
      if (!src || !tgt) continue
      matchers ??= {source: createTermMatcher(glossary, {lang: sourceLang}), target: createTermMatcher(glossary, {lang: targetLang})}
      for (const f of checkTerms([{source: src, target: tgt}], matchers, {glossary})) {
        if (f.ruleId === 'term-inconsistent') continue
        add('glossary-example-fails', 'error', t('glossary.lint.example', {concept: concept.id, rule: f.ruleId, detail: f.message}), concept.id, tgt, {actual: tgt})
      }
    }
  }
  return findings
}

/**
 * Lints several glossaries: each on its own, plus a term that a concept of
 * another file also has (the files would be merged into one termbase, or
 * checked together, and disagree on which concept owns it).
 */
export function lintGlossaries(files: readonly GlossaryFile[], options: LintOptions): Finding[] {
  const findings = files.flatMap((file) => lintGlossary(file, options))
  if (files.length < 2) return findings
  const {merges} = joinGlossaryFiles(files, {byTerm: true})
  for (const merge of merges) {
    if (merge.from === merge.intoFrom) continue
    const file = files[merge.from]!
    const message = options.t('glossary.lint.duplicateAcross', {term: merge.term.text, concept: merge.conceptId, other: merge.into, file: files[merge.intoFrom]!.file})
    findings.push(createFinding({ruleId: 'glossary-duplicate-term', severity: 'warning', message, source: 'tolmach-glossary-lint', file: file.file, place: createGlossaryLocator(file.bytes, file.encoding)(merge.conceptId, merge.term.text), actual: merge.term.text}))
  }
  return findings
}

/** What `glossary import --merge` did: each merge an info at the merged concept, each status conflict a warning at its term. */
export function mergeFindings(files: readonly GlossaryFile[], merges: readonly GlossaryMerge[], t: Translate): Finding[] {
  const locators = new Map<number, ReturnType<typeof createGlossaryLocator>>()
  const locate = (from: number, conceptId: string, term: string) => {
    if (!locators.has(from)) locators.set(from, createGlossaryLocator(files[from]!.bytes, files[from]!.encoding))
    return locators.get(from)!(conceptId, term)
  }
  return merges.flatMap((m) => {
    const file = files[m.from]!.file
    const at = (ruleId: string, severity: Finding['severity'], message: string, term: string) =>
      createFinding({ruleId, severity, message, source: 'tolmach-glossary', file, place: locate(m.from, m.conceptId, term), actual: term})
    return [
      at('glossary-merged', 'info', t('glossary.merged', {concept: m.conceptId, into: m.into, file: files[m.intoFrom]!.file, term: m.term.text}), m.term.text),
      ...m.conflicts.map((c) => at('glossary-status-conflict', 'warning', t('glossary.mergeConflict', {term: c.term.text, status: t(`glossary.status.${c.term.status}`), kept: t(`glossary.status.${c.kept.status}`)}), c.term.text))
    ]
  })
}
