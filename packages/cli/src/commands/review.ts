import type {ReviewDocument} from '@tolmach/review'
import {type GlossaryHooks, loadGlossaryHooks} from '../align-glossary.js'
import {configLangs} from '../config-langs.js'
import type {CommandContext} from '../context.js'
import {usageError} from '../errors.js'
import {decidePairLangs} from '../pair-langs.js'
import {readInputFile} from '../read-input.js'
import {alignReviewed, type LoadedCorrections, loadCorrections, renderPage, toReviewDocument} from '../review-page.js'
import {withOutput} from '../write-output.js'

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
  if (files.length === 0 || files.length % 2 !== 0) throw usageError('review-pairs', t('reviewPage.odd', {count: files.length}))
  const corrections: LoadedCorrections | undefined = options.corrections === undefined ? undefined : loadCorrections(options.corrections, io.cwd, t)
  const documents: ReviewDocument[] = []
  for (let i = 0; i < files.length; i += 2) {
    ctx.progress.update(i / 2, files.length / 2, t('progress.aligning', {file: files[i]}))
    const source = readInputFile(files[i] as string, io.cwd, t)
    const target = readInputFile(files[i + 1] as string, io.cwd, t)
    const {warnings, ...langs} = decidePairLangs({}, {source, target}, () => configLangs(ctx), t)
    for (const warning of warnings) ctx.warn(warning)
    const glossary: GlossaryHooks | undefined = options.glossary === undefined ? undefined : loadGlossaryHooks(options.glossary, io.cwd, t, langs)
    const {alignment, statuses} = alignReviewed(source, target, langs, glossary, corrections, io.cwd)
    documents.push(toReviewDocument(alignment, source, target, langs, statuses))
  }
  ctx.progress.done()
  const inputs = [...files, ...(options.glossary ? [options.glossary] : []), ...(options.corrections ? [options.corrections] : [])]
  const sink = await withOutput(options.output, {inputs, cwd: io.cwd, stdout: io.stdout, t}, (out) => out.write(renderPage(documents, t, t('reviewPage.lang'))))
  const beads = documents.reduce((sum, doc) => sum + doc.beads.length, 0)
  ctx.info(t('reviewPage.written', {beads: t('align.beads', {count: beads}), output: sink.name}))
  return 0
}
