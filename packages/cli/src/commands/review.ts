import type {ReviewDocument} from '@tolmach/review'
import {type GlossaryHooks, loadGlossaryHooks} from './align/align-glossary.js'
import {configLangs} from '../config/config-langs.js'
import type {CommandContext} from '../context.js'
import {usageError} from '../errors.js'
import {decidePairLangs} from '../config/pair-langs.js'
import {readInputFile} from '../io/read-input.js'
import {reviewPairsDocument} from './review/review-pairs.js'
import {alignReviewed, type LoadedCorrections, loadCorrections, renderPage, toReviewDocument} from './review/review-page.js'
import {withOutput} from '../io/write-output.js'

export interface ReviewOptions {
  output?: string
  glossary?: string
  corrections?: string
}

/**
 * `tolmach review RU EN [RU EN …] -o review.html`: aligns and checks each
 * pair and writes one self-contained page to look at and correct the beads;
 * with `--corrections`, the page starts from a reviewer's earlier edits.
 */
export async function runReview(files: string[], options: ReviewOptions, ctx: CommandContext): Promise<number> {
  const {t, io} = ctx
  const markdown = (file: string) => /\.(md|markdown)$/i.test(file) || file === '-'
  const corrections: LoadedCorrections | undefined = options.corrections === undefined ? undefined : loadCorrections(options.corrections, io.cwd, t)
  const documents: ReviewDocument[] = []
  let i = 0
  while (i < files.length) {
    ctx.progress.update(i, files.length, t('progress.aligning', {file: files[i]}))
    const first = files[i] as string
    if (!markdown(first)) {
      // A file of pairs (TMX, JSONL, TSV, XLIFF with targets) is one document by itself.
      const input = readInputFile(first, io.cwd, t)
      const fallback = configLangs(ctx)
      const sourceLang = fallback.source ?? 'ru'
      documents.push(reviewPairsDocument(input, {sourceLang, targetLang: fallback.target ?? (sourceLang === 'ru' ? 'en' : 'ru')}, t))
      i++
      continue
    }
    const second = files[i + 1]
    if (second === undefined || !markdown(second)) throw usageError('review-pairs', t('reviewPage.odd', {count: files.filter(markdown).length}))
    const source = readInputFile(first, io.cwd, t)
    const target = readInputFile(second, io.cwd, t)
    const {warnings, ...langs} = decidePairLangs({}, {source, target}, () => configLangs(ctx), t)
    for (const warning of warnings) ctx.warn(warning)
    const glossary: GlossaryHooks | undefined = options.glossary === undefined ? undefined : loadGlossaryHooks(options.glossary, io.cwd, t, langs)
    const {alignment, statuses} = alignReviewed(source, target, langs, glossary, corrections, io.cwd)
    documents.push(toReviewDocument(alignment, source, target, langs, statuses))
    i += 2
  }
  ctx.progress.done()
  const inputs = [...files, ...(options.glossary ? [options.glossary] : []), ...(options.corrections ? [options.corrections] : [])]
  const sink = await withOutput(options.output, {inputs, cwd: io.cwd, stdout: io.stdout, t}, (out) => out.write(renderPage(documents, t, t('reviewPage.lang'))))
  const beads = documents.reduce((sum, doc) => sum + doc.beads.length, 0)
  ctx.info(t('reviewPage.written', {beads: t('align.beads', {count: beads}), output: sink.name}))
  return 0
}
