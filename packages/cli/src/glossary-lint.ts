import {createFinding, type Finding, type Lang} from '@tolmach/core'
import {checkTerms, createTermMatcher, type TermMatcher, termKey} from '@tolmach/glossary'
import {createGlossaryLocator} from './glossary-locate.js'
import type {GlossaryFile} from './glossary-read.js'
import type {Translate} from './i18n.js'

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
