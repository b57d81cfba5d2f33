import type {DocumentAlignment, DocumentBead} from '@tolmach/aligner'
import type {Finding, Lang} from '@tolmach/core'
import {type AlignedPair, isIncluded, ladderChunks, type PairInclude, pairsJsonlChunks, pairsTsvChunks, tmxChunks} from '@tolmach/formats'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'
import type {OutputSink} from '../../io/write-output.js'

export const pairFormats = ['tmx', 'tsv', 'jsonl', 'ladder'] as const
export type PairFormat = (typeof pairFormats)[number]
export const pairIncludes: readonly PairInclude[] = ['ok', 'warning', 'all']

/** `--format` value → format; without one, the `-o` extension decides, else TMX (what a CAT tool loads). */
export function parsePairFormat(value: string | undefined, output: string | undefined, t: Translate): PairFormat {
  if (value === undefined) {
    const ext = output?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1]
    if (ext === 'tsv') return 'tsv'
    if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl'
    if (ext === 'ladder') return 'ladder'
    return 'tmx'
  }
  const format = value.toLowerCase()
  if ((pairFormats as readonly string[]).includes(format)) return format as PairFormat
  throw usageError('unknown-format', t('error.unknownFormat', {value, valid: pairFormats.join(', ')}))
}

export function parseInclude(value: string | undefined, t: Translate): PairInclude {
  if (value === undefined) return 'ok'
  if ((pairIncludes as readonly string[]).includes(value)) return value as PairInclude
  throw usageError('unknown-include', t('align.unknownInclude', {value, valid: pairIncludes.join(', ')}))
}

/**
 * A reproducible creation date: SOURCE_DATE_EPOCH when set (reproducible
 * builds), else the fallback; TMX files regenerated from unchanged input
 * then do not change.
 */
export function creationDate(env: NodeJS.ProcessEnv, fallback: Date): Date {
  const epoch = Number(env['SOURCE_DATE_EPOCH'])
  return env['SOURCE_DATE_EPOCH'] && Number.isFinite(epoch) ? new Date(epoch * 1000) : fallback
}

/**
 * Whether a bead goes into a pair export. A deletion (one side empty) is not
 * a translation pair: it stays out of the translation memory, whatever its
 * verdict, unless everything is asked for (`--include all`).
 */
export function isWritten(bead: AlignedPair, include: PairInclude): boolean {
  if (include !== 'all' && (bead.source.length === 0 || bead.target.length === 0)) return false
  return isIncluded(bead.verdict, include)
}

/** Writes beads in a pair format. The ladder is the whole alignment, so `include` does not filter it. */
export async function writePairs(
  beads: readonly AlignedPair[],
  format: PairFormat,
  sink: OutputSink,
  options: {include: PairInclude; creationDate: Date; onFinding: (finding: Finding) => void; sourceLang?: Lang; targetLang?: Lang}
): Promise<void> {
  const {include, onFinding} = options
  // Filtered here (the writers filter by verdict only), so deletions stay out of the TM.
  const pairs = format === 'ladder' ? beads : beads.filter((b) => isWritten(b, include))
  const chunks =
    format === 'tmx'
      ? tmxChunks(pairs, {include, onFinding, creationDate: options.creationDate, srcLang: options.sourceLang ?? 'ru', tgtLang: options.targetLang ?? 'en'})
      : format === 'tsv'
        ? pairsTsvChunks(pairs, {include, onFinding})
        : format === 'jsonl'
          ? pairsJsonlChunks(pairs, {include, onFinding})
          : ladderChunks(beads, {onFinding})
  let buffer = ''
  for (const chunk of chunks) {
    buffer += chunk
    if (buffer.length >= 1 << 16) {
      await sink.write(buffer)
      buffer = ''
    }
  }
  if (buffer) await sink.write(buffer)
}

/** What a reviewer must look at: the pair's own problems and every finding of a bead left out of the TM. */
export function reviewFindings(alignment: DocumentAlignment, include: PairInclude): Finding[] {
  const out = [...alignment.findings]
  for (const bead of alignment.beads) if (!isWritten(bead, include)) out.push(...bead.findings)
  return out
}

export function countRules(beads: readonly DocumentBead[], into: Record<string, number> = {}): Record<string, number> {
  for (const bead of beads) for (const f of bead.findings) into[f.ruleId] = (into[f.ruleId] ?? 0) + 1
  return into
}
