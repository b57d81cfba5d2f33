import type {SegmentDocument} from '@tolmach/core'
import type {CandidateMatch, TargetText} from '@tolmach/formats'
import type {Glossary} from '@tolmach/glossary'
import type {CommandContext} from '../../context.js'
import {usageError} from '../../errors.js'
import {openCliMemory} from '../tm/tm-open.js'

export interface FuzzyOptions {
  tm: string
  minMatch?: string
  maxMatches?: string
  /** Terms a match's target contradicts lower it and are noted (`export -g`). */
  glossary?: Glossary
}

/** `--tm` names a memory store (not a TMX file): a `.tmdb`, a postgres:// URL or a config name. */
export function isMemoryStore(value: string): boolean {
  // TMX files and translated XLIFF files are read as exact-match memories; anything else names a store.
  return !/\.(tmx|xlf|xliff|sdlxliff|mqxliff)$/i.test(value) && value !== '-'
}

function bounded(value: string | undefined, option: string, fallback: number, max: number, ctx: CommandContext): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) throw usageError('bad-number', ctx.t('tm.badNumber', {option, value, max}))
  return n
}

/**
 * Matches of every segment from a memory store: the best 100% match becomes
 * the target (to review, as exact TMX matches do), and up to `--max-matches`
 * matches of `--min-match`% or more are offered as candidates (XLIFF 1.2
 * `alt-trans`, XLIFF 2 `mtc:matches`), each with its score and origin.
 */
export async function fuzzyMatches(
  document: SegmentDocument,
  options: FuzzyOptions,
  ctx: CommandContext
): Promise<{targets: Map<string, TargetText>; candidates: Map<string, CandidateMatch[]>}> {
  const minScore = bounded(options.minMatch, '--min-match', 75, 100, ctx)
  const maxMatches = bounded(options.maxMatches, '--max-matches', 3, 100, ctx)
  const {memory, name} = await openCliMemory(options.tm, ctx)
  const contradictions = options.glossary ? (await import('./export-fuzzy-terms.js')).glossaryContradictions(options.glossary) : undefined
  const targets = new Map<string, TargetText>()
  const candidates = new Map<string, CandidateMatch[]>()
  try {
    for (const segment of document.segments) {
      const matches = await memory.search(segment.text, {sourceLang: document.lang, targetLang: document.targetLang!, minScore, maxMatches, ...(contradictions ? {contradictions} : {})})
      if (matches.length === 0) continue
      const best = matches[0]!
      if (best.score === 100 && samePlaceholders(best.target, segment.text)) {
        targets.set(segment.id, {text: best.target, state: 'translated', subState: 'tolmach:exact-match', xliff12State: 'needs-review-translation', stateQualifier: 'exact-match'})
      }
      candidates.set(
        segment.id,
        matches.map((m) => ({
          source: m.entry.source,
          target: m.target,
          similarity: m.score,
          origin: [name, m.entry.origin?.file, m.repaired ? 'numbers repaired' : undefined].filter(Boolean).join('; '),
          ...(m.explanation !== 'same text' ? {note: m.explanation} : {})
        }))
      )
    }
  } finally {
    await memory.close()
  }
  return {targets, candidates}
}

const tokens = /\{\/?\d+\/?\}/g
function samePlaceholders(a: string, b: string): boolean {
  const list = (s: string) => [...s.matchAll(tokens)].map((m) => m[0]).sort().join(' ')
  return list(a) === list(b)
}
