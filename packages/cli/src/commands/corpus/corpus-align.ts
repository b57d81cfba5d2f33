import {existsSync, statSync} from 'node:fs'
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {learnFromAlignments, type Verdict} from '@tolmach/aligner'
import {compareFindings, createFinding, type Finding} from '@tolmach/core'
import type {ReviewDocument} from '@tolmach/review'
import {formatFindings} from '@tolmach/report'
import {type GlossaryHooks, loadGlossaryHooks} from '../align/align-glossary.js'
import type {PairLangs} from '../../config/pair-langs.js'
import {countRules, creationDate, isWritten, reviewFindings, writePairs} from '../align/align-write.js'
import type {CommandContext} from '../../context.js'
import {compareGold, type GoldComparison, isGoldFile} from '@tolmach/check'
import {reportFindings} from '../../io/findings.js'
import {readInputFile} from '../../io/read-input.js'
import {reviewLabels} from '../../i18n/review-labels.js'
import {alignReviewed, loadCorrections, notRejected, type ReviewedAlignment, renderPage, toReviewDocument} from '../review/review-page.js'
import {withOutput} from '../../io/write-output.js'

export interface CorpusPair {
  name: string
  beads: number
  /** Units written to the TMX (two-sided beads with an `ok` verdict). */
  units: number
  verdicts: Record<Verdict, number>
  tmx: string
  gold?: GoldComparison
}

export interface CorpusAlignment {
  pairs: CorpusPair[]
  beads: number
  verdicts: Record<Verdict, number>
  /** Findings per rule id over every bead and pair. */
  findings: Record<string, number>
  glossary?: string
  review: string
  /** The side-by-side review page of every pair. */
  reviewPage: string
  /** Gold pairs compared, and how many matched exactly. */
  gold: {pairs: number; exact: number}
}

/**
 * The alignment half of `corpus build`: every `DIR/SRC/NAME.md` that has a
 * `DIR/TGT/NAME.md` (`ru` and `en`, either way round) is segmented, aligned
 * and checked (with the glossary beside DIR, `glossary/termbase.csv`, or
 * `--glossary`); approved pairs go to `DIR/aligned/NAME.tmx`, everything
 * else to `DIR/aligned/review.txt`; a `DIR/gold/NAME.json` (its beads name
 * ru and en sentences, so it serves both directions) is compared bead for
 * bead. Returns 1 when a bead has an error verdict or a gold pair is not
 * matched exactly.
 */
export async function alignCorpus(dir: string, names: readonly string[], glossaryFile: string | undefined, langs: PairLangs, ctx: CommandContext, correctionsFile?: string): Promise<{summary: CorpusAlignment; status: number}> {
  const {t, io} = ctx
  const base = path.resolve(io.cwd, dir)
  const defaultGlossary = path.join(path.relative(io.cwd, path.dirname(base)) || '.', 'glossary', 'termbase.csv')
  const glossaryPath = glossaryFile ?? (existsSync(path.resolve(io.cwd, defaultGlossary)) ? defaultGlossary : undefined)
  const glossary: GlossaryHooks | undefined = glossaryPath === undefined ? undefined : loadGlossaryHooks(glossaryPath, io.cwd, t, langs)
  const outDir = path.join(dir, 'aligned')
  const pairs = names.filter((name) => existsSync(path.join(base, langs.targetLang, name)))
  if (pairs.length > 0) await mkdir(path.resolve(io.cwd, outDir), {recursive: true})

  const summary: CorpusAlignment = {pairs: [], beads: 0, verdicts: {ok: 0, warning: 0, error: 0}, findings: {}, review: path.join(outDir, 'review.txt'), reviewPage: path.join(outDir, 'review.html'), gold: {pairs: 0, exact: 0}}
  if (glossaryPath !== undefined) summary.glossary = glossaryPath
  const corrections = correctionsFile === undefined ? undefined : loadCorrections(correctionsFile, io.cwd, t)
  const pages: ReviewDocument[] = []
  const review: Finding[] = [...(glossary?.messages ?? [])]
  const shown: Finding[] = [...(glossary?.messages ?? [])]
  let status = 0
  // Self-training, as hunalign's -realign does over a corpus: every pair is aligned, the
  // confident checked beads of all of them teach word links, and every pair is aligned again with them.
  const inputs = pairs.map((name) => {
    const sourcePath = path.join(dir, langs.sourceLang, name)
    const targetPath = path.join(dir, langs.targetLang, name)
    return {name, sourcePath, targetPath, source: readInputFile(sourcePath, io.cwd, t), target: readInputFile(targetPath, io.cwd, t)}
  })
  const steps = 2 * inputs.length
  const firstPass = inputs.map((input, i) => {
    ctx.progress.update(i, steps, t('progress.aligning', {file: input.name}))
    return alignReviewed(input.source, input.target, langs, glossary, corrections, io.cwd)
  })
  const learned = learnFromAlignments(firstPass.map((a) => a.alignment))
  for (const [i, {name, sourcePath, targetPath, source, target}] of inputs.entries()) {
    ctx.progress.update(inputs.length + i, steps, t('progress.aligning', {file: name}))
    const {alignment, statuses} = learned.ru.size === 0 ? (firstPass[i] as ReviewedAlignment) : alignReviewed(source, target, langs, glossary, corrections, io.cwd, {learned})
    pages.push(toReviewDocument(alignment, source, target, langs, statuses))
    const stem = name.replace(/\.md$/, '')
    const tmx = path.join(outDir, `${stem}.tmx`)
    const written: Finding[] = []
    // The TM keeps the date it was first created on (else the inputs' date), so a
    // rebuild of an unchanged corpus, in any checkout, gives the same bytes.
    const first = await previousCreationDate(tmx, io.cwd)
    const date = creationDate(io.env, first ?? new Date(Math.max(mtime(sourcePath, io.cwd), mtime(targetPath, io.cwd))))
    await withOutput(tmx, {inputs: [sourcePath, targetPath], cwd: io.cwd, stdout: io.stdout, t}, (sink) =>
      writePairs(notRejected(alignment.beads, statuses), 'tmx', sink, {include: 'ok', ...langs, creationDate: date, onFinding: (f) => void written.push(f)})
    )
    const pair: CorpusPair = {
      name,
      beads: alignment.beads.length,
      units: alignment.beads.filter((b) => isWritten(b, 'ok')).length,
      verdicts: alignment.verdicts,
      tmx
    }
    summary.beads += pair.beads
    for (const v of ['ok', 'warning', 'error'] as const) summary.verdicts[v] += alignment.verdicts[v]
    countRules(alignment.beads, summary.findings)
    for (const f of alignment.findings) summary.findings[f.ruleId] = (summary.findings[f.ruleId] ?? 0) + 1
    const pending = reviewFindings(alignment, 'ok')
    review.push(...pending, ...written)
    shown.push(...alignment.findings, ...written, ...pending.filter((f) => f.severity === 'error' && !alignment.findings.includes(f)))
    if (alignment.verdicts.error > 0) status = 1

    const goldPath = path.join(dir, 'gold', `${stem}.json`)
    if (existsSync(path.resolve(io.cwd, goldPath))) {
      summary.gold.pairs++
      const gold = await readGold(goldPath, io.cwd)
      if (gold === undefined) {
        shown.push(createFinding({ruleId: 'gold-invalid', message: t('corpus.goldInvalid', {file: goldPath}), source: 'tolmach', file: goldPath}))
        status = 1
      } else {
        const segments = (side: 'source' | 'target') => alignment.beads.flatMap((b) => b[side])
        pair.gold = compareGold(gold, alignment, sortByIndex(segments('source')), sortByIndex(segments('target')))
        if (pair.gold.exact) summary.gold.exact++
        else {
          status = 1
          reportGold(goldPath, pair.gold, ctx)
        }
      }
    }
    summary.pairs.push(pair)
  }
  ctx.progress.done()
  if (pairs.length > 0) {
    const text = formatFindings(review.sort(compareFindings), 'stylish', {color: false, labels: reviewLabels(t)})
    await withOutput(summary.review, {inputs: [], cwd: io.cwd, stdout: io.stdout, t}, (sink) => sink.write(text && !text.endsWith('\n') ? `${text}\n` : text))
    await withOutput(summary.reviewPage, {inputs: [], cwd: io.cwd, stdout: io.stdout, t}, (sink) => sink.write(renderPage(pages, t, t('reviewPage.lang'))))
  }
  status = Math.max(status, reportFindings(shown.sort(compareFindings), ctx))
  return {summary, status}
}

/** The `creationdate` of the TMX header already at `file`, if any. */
async function previousCreationDate(file: string, cwd: string): Promise<Date | undefined> {
  let head: string
  try {
    head = (await readFile(path.resolve(cwd, file), 'utf8')).slice(0, 2048)
  } catch {
    return undefined
  }
  const m = /<header\b[^>]*\bcreationdate="(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z"/.exec(head)
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined
}

function mtime(file: string, cwd: string): number {
  return Math.floor(statSync(path.resolve(cwd, file)).mtimeMs / 1000) * 1000
}

async function readGold(file: string, cwd: string) {
  try {
    const value: unknown = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'))
    return isGoldFile(value) ? value : undefined
  } catch {
    return undefined
  }
}

function sortByIndex<T extends {index: number}>(list: T[]): T[] {
  return list.sort((a, b) => a.index - b.index)
}

function reportGold(file: string, gold: GoldComparison, ctx: CommandContext): void {
  const {t} = ctx
  const lines = [
    ...gold.unresolved.map((u) => t('corpus.goldUnresolved', {file, opening: u.opening, count: u.matches})),
    ...gold.missing.map((bead) => t('corpus.goldMissing', {file, bead})),
    ...gold.extra.map((bead) => t('corpus.goldExtra', {file, bead}))
  ]
  // Not a warning: the build fails on it, even with --quiet.
  for (const line of lines) ctx.io.stderr.write(`${ctx.colors.red(`${t('error.prefix')}:`)} ${line}\n`)
}
