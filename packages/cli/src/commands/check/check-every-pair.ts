import {type CheckFinding as PairFinding, type CustomRule, PairStreamCheck, type ReadPair as CheckPair, targetPoint, type UrlRewrite} from '@tolmach/check'
import type {Finding, Lang} from '@tolmach/core'
import {toFinding} from './check-bilingual.js'
import type {TermCheck} from './check-findings.js'
import type {InputKind} from './check-inputs.js'
import type {RuleSetting} from '../../config/config-load.js'
import type {Translate} from '../../i18n/i18n.js'

export interface EveryPairOptions {
  sourceLang: Lang
  targetLang: Lang
  rules: Record<string, RuleSetting>
  customRules?: readonly CustomRule[] | undefined
  urlRewrites?: readonly UrlRewrite[] | undefined
  termCheck?: TermCheck | undefined
  t: Translate
  /** Receives the findings of each pair (terms and every other check), pairs in input order. */
  onFindings: (findings: Finding[]) => void
}

// Term rules come from `TermCheck`, which places them the CLI way and keeps `term-inconsistent` across the run.
const termRule = /^term-/
// Rules about a word that a term finding may already cover.
const wordRules = new Set(['mixed-script', 'name-mismatch'])

/**
 * The checks of each pair read from an XLIFF, TMX, TSV or JSONL file:
 * terminology plus every check of `@tolmach/check` (numbers, dates, links,
 * markup, untranslated text, typography, consistency), a window of pairs at
 * a time so a streamed TMX of any size stays in bounded memory. Pairs of a
 * Markdown `--pair` get only the term check here: `checkMarkdownPair` runs
 * their other checks on the whole documents.
 */
export function createPairChecks(options: EveryPairOptions): {add: (pair: CheckPair, kind: InputKind | 'markdown') => void; finish: () => void} {
  const {t, termCheck, onFindings} = options
  const stream = new PairStreamCheck<CheckPair>(
    {
      sourceLang: options.sourceLang,
      targetLang: options.targetLang,
      rules: options.rules,
      ...(options.customRules ? {customRules: options.customRules} : {}),
      ...(options.urlRewrites ? {urlRewrites: options.urlRewrites} : {})
    },
    (pair, found) => {
      const placed: Finding[] = termCheck?.check(pair) ?? []
      // One problem, one finding: a glossary term left in Cyrillic or spelled wrong is a term finding, not also a script or name one.
      const terms = placed.map((f) => [f.place?.start.offset ?? 0, f.place?.end.offset ?? 0] as const)
      for (const f of found) {
        if (termRule.test(f.ruleId)) continue
        const finding = toFinding(inPair(f, pair), t)
        const [start, end] = [finding.place?.start.offset ?? 0, finding.place?.end.offset ?? 0]
        if (wordRules.has(f.ruleId) && terms.some(([a, b]) => start < b && a < end)) continue
        placed.push(finding)
      }
      if (placed.length > 0) onFindings(placed)
    }
  )
  return {
    add(pair, kind) {
      if (kind !== 'markdown') return stream.add(pair)
      // Findings go out in input order: the file pairs gathered so far first.
      stream.flush()
      const found = termCheck?.check(pair) ?? []
      if (found.length > 0) onFindings(found)
    },
    finish: () => stream.flush()
  }
}

/**
 * A finding placed in the file its pair's target came from. The source of
 * an XLIFF or TMX unit has no offset map here, so a related source mention
 * keeps its offsets but no file place.
 */
function inPair(f: PairFinding, pair: CheckPair): PairFinding {
  const [start, end] = f.side === 'target' ? [f.start, f.end] : [0, 0]
  const {related: _related, ...rest} = f
  return {...rest, file: pair.file, place: {start: targetPoint(pair, start), end: targetPoint(pair, Math.max(start, end))}}
}
