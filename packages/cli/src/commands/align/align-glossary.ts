import type {AnchorProvider, BeadCheckHook, BeadFinding} from '@tolmach/aligner'
import type {Finding, Lang} from '@tolmach/core'
import {checkTerms, createTermMatcher, type Glossary, type TermMatch, type TermMatcher} from '@tolmach/glossary'
import type {Translate} from '../../i18n/i18n.js'
import {readGlossaryFile} from '../glossary/glossary-read.js'

/** A glossary as the aligner takes it: concept anchors and a per-bead term check. */
export interface GlossaryHooks {
  file: string
  concepts: number
  anchors: AnchorProvider
  check: BeadCheckHook
  /** Rows of the glossary that could not be used. */
  messages: Finding[]
}

/**
 * Loads a glossary file (CSV, TBX, JSON… as `readGlossaryFile` reads it) and
 * adapts it to the aligner, which never imports the glossary itself: term
 * concept ids become alignment anchors, and `checkTerms` runs on each bead.
 * A missing approved rendering is a warning (the pair goes to review, a
 * translator may have rephrased on purpose); a forbidden one is an error.
 * The glossary is concept-oriented, so one termbase serves both directions:
 * the matchers follow `sourceLang` → `targetLang`.
 */
export function loadGlossaryHooks(file: string, cwd: string, t: Translate, langs: {sourceLang: Lang; targetLang: Lang} = {sourceLang: 'ru', targetLang: 'en'}): GlossaryHooks {
  // The one loader `check` and `glossary` use: bytes in, the encoding sniffed (a windows-1251 CSV from Excel reads the same).
  const {glossary, messages} = readGlossaryFile(file, cwd, t)
  const source = memoized(createTermMatcher(glossary, {lang: langs.sourceLang}))
  const target = memoized(createTermMatcher(glossary, {lang: langs.targetLang}))
  const ids = (matcher: TermMatcher, text: string) => matcher.find(text).map((m) => m.conceptId)
  return {
    file,
    concepts: glossary.concepts.length,
    messages,
    anchors: {source: (text) => ids(source, text), target: (text) => ids(target, text)},
    check: termCheck(glossary, source, target)
  }
}

function termCheck(glossary: Glossary, sourceMatcher: TermMatcher, targetMatcher: TermMatcher): BeadCheckHook {
  return (src, tgt, bead) => {
    if (bead.src.length === 0 || bead.tgt.length === 0) return []
    const source = joined(src, bead.src)
    const target = joined(tgt, bead.tgt)
    const found = checkTerms([{source: source.text, target: target.text}], {source: sourceMatcher, target: targetMatcher}, {glossary, severities: {'term-missing': 'warning'}})
    const out: BeadFinding[] = []
    for (const f of found) {
      if (f.ruleId === 'term-inconsistent') continue
      const {pair: _pair, pairId: _pairId, conceptId, sourceTerm: _term, start, end, place: _place, ...finding} = f
      // term-missing concerns a source term: point at it rather than the whole target.
      const term = f.ruleId === 'term-missing' ? sourceMatcher.find(source.text).find((m) => m.conceptId === conceptId) : undefined
      const at = term ? locate(source, term.start, term.end) : locate(target, start, end)
      out.push({...finding, side: term ? 'source' : 'target', ...at})
    }
    return out
  }
}

interface Joined {
  text: string
  indexes: readonly number[]
  starts: number[]
}

/** Sentences of one side of a bead joined with spaces, remembering where each starts. */
function joined(sentences: readonly string[], indexes: readonly number[]): Joined {
  const starts: number[] = []
  let text = ''
  for (const i of indexes) {
    if (text) text += ' '
    starts.push(text.length)
    text += sentences[i] as string
  }
  return {text, indexes, starts}
}

/** Joined-text offsets → a sentence of the bead and offsets inside it. */
function locate(side: Joined, start: number, end: number): {sentence: number; start: number; end: number} {
  let k = 0
  while (k + 1 < side.starts.length && (side.starts[k + 1] as number) <= start) k++
  const base = side.starts[k] as number
  const length = side.text.length - base
  const next = side.starts[k + 1]
  const limit = next === undefined ? length : next - 1 - base
  return {sentence: side.indexes[k] as number, start: Math.min(start - base, limit), end: Math.min(Math.max(end - base, start - base), limit)}
}

/**
 * The aligner asks for a sentence's terms (anchors) and the bead check asks
 * again for the same text: Russian matching goes through morphology, so
 * remember recent answers. Bounded, so a large corpus does not pile up.
 */
function memoized(matcher: TermMatcher, limit = 4096): TermMatcher {
  const cache = new Map<string, TermMatch[]>()
  return {
    lang: matcher.lang,
    find(text) {
      let found = cache.get(text)
      if (found === undefined) {
        if (cache.size >= limit) cache.clear()
        found = matcher.find(text)
        cache.set(text, found)
      }
      return found
    }
  }
}
