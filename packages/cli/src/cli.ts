import {type Argument, Command, type Help, type Option} from 'commander'
import {colorsFor} from './io/colors.js'
import {translateCommanderError} from './i18n/commander-messages.js'
import {type CommandContext, createContext} from './context.js'
import type {Translate} from './i18n/i18n.js'
import type {Io} from './io/io.js'

export interface ProgramOptions {
  io: Io
  t: Translate
  version: string
  /** Receives each command's exit status. */
  onExit(code: number): void
}

/**
 * Builds the `tolmach` program. Only option and help definitions live here;
 * each command's code is imported when it runs, so `tolmach --version` or
 * `tolmach segment` never loads what other commands need.
 */
export function createProgram({io, t, version, onExit}: ProgramOptions): Command {
  const out = colorsFor(io.stdout, io.env)
  const err = colorsFor(io.stderr, io.env)
  const titles: Record<string, string> = {
    'Usage:': t('help.usage'),
    'Options:': t('help.options'),
    'Arguments:': t('help.arguments'),
    'Commands:': t('help.commands'),
    'Global Options:': t('help.globalOptions')
  }
  const program = new Command('tolmach')
    .description(t('program.description'))
    .version(version, '-V, --version', t('program.version'))
    .option('--ui-lang <lang>', t('program.uiLang'))
    .option('-q, --quiet', t('program.quiet'))
    .helpOption('-h, --help', t('program.help'))
    .helpCommand('help [command]', t('program.helpCommand'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title: string) => out.bold(titles[title] ?? title),
      // Commander appends "(default: …)" in English; these say it through i18next.
      optionDescription: (option: Option) => withDefault(option.description, option.defaultValue, t),
      argumentDescription: (argument: Argument) => withDefault(argument.description, argument.defaultValue, t)
    } as Partial<Help>)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      getOutHasColors: () => out.isColorSupported,
      getErrHasColors: () => err.isColorSupported,
      outputError: (text, write) =>
        write(`${err.red(`${t('error.prefix')}:`)} ${translateCommanderError(text, t)}\n`)
    })

  const context = (command: Command): CommandContext =>
    createContext(io, t, Boolean(command.optsWithGlobals()['quiet']))
  const examples = (key: string) =>
    `\n${out.bold(t('program.examples'))}\n${t(key)
      .split('\n')
      .map((line) => `  $ ${line}`)
      .join('\n')}\n`

  program
    .command('segment')
    .description(t('segment.description'))
    .argument('<file...>', t('segment.files'))
    .option('-l, --lang <lang>', t('segment.lang', {langs: 'ru, en'}))
    .option('-s, --source-lang <lang>', t('bidir.sourceLangAlias'))
    .option('-f, --format <format>', t('segment.format', {formats: 'jsonl, tsv, xliff, xliff2'}))
    .option('-t, --target-lang <lang>', t('segment.targetLang'))
    .option('--encoding <name>', t('bidir.encoding'))
    .option('-o, --output <file>', t('segment.output'))
    .option('--front-matter-keys <keys>', t('frontMatter.keysOption'))
    .addHelpText('after', examples('segment.examples'))
    .action(async (files: string[], options, command: Command) => {
      const {runSegment} = await import('./commands/segment.js')
      onExit(await runSegment(files, options, context(command)))
    })

  program
    .command('align')
    .description(t('align.description'))
    .argument('<inputs...>', t('align.inputs'))
    .option('-s, --source-lang <lang>', t('bidir.sourceLang'))
    .option('-t, --target-lang <lang>', t('bidir.targetLang'))
    .option('-o, --output <file>', t('align.output'))
    .option('-f, --format <format>', t('align.format', {formats: 'tmx, tsv, jsonl, ladder'}))
    .option('--include <verdicts>', t('align.include'), 'ok')
    .option('--review <file>', t('align.review'))
    .option('--report-format <format>', t('ci.reportFormat', {formats: 'stylish, json, github, sarif, junit, codequality, rdjson'}))
    .option('--review-format <format>', t('ci.reviewFormat'))
    .option('--fail-on <severity>', t('check.failOn'))
    .option('--root <dir>', t('ci.root'))
    .option('-g, --glossary <file>', t('align.glossary'))
    .option('--corrections <file>', t('reviewPage.corrections'))
    .option('--write-gold <file>', t('reviewPage.writeGold'))
    .option('--encoding <name>', t('bidir.encoding'))
    .addHelpText('after', examples('align.examples'))
    .action(async (inputs: string[], options, command: Command) => {
      const {runAlign} = await import('./commands/align.js')
      onExit(await runAlign(inputs, options, context(command)))
    })

  program
    .command('review')
    .description(t('reviewPage.description'))
    .argument('<files...>', t('reviewPage.pairs'))
    .option('-o, --output <file>', t('reviewPage.output'))
    .option('-g, --glossary <file>', t('align.glossary'))
    .option('--corrections <file>', t('reviewPage.corrections'))
    .action(async (files: string[], options, command: Command) => {
      const {runReview} = await import('./commands/review.js')
      onExit(await runReview(files, options, context(command)))
    })

  const corpus = program.command('corpus').description(t('corpus.description'))
  corpus
    .command('build')
    .description(t('corpus.buildDescription'))
    .argument('[dir]', t('corpus.dir'), 'corpus')
    .option('--out <dir>', t('corpus.out'), 'build')
    .option('--json', t('corpus.json'))
    .option('-g, --glossary <file>', t('corpus.glossary'))
    .option('--corrections <file>', t('reviewPage.corrections'))
    .option('-s, --source-lang <lang>', t('bidir.corpusSourceLang'))
    .option('-t, --target-lang <lang>', t('bidir.corpusTargetLang'))
    .option('--tm <memory>', t('tm.corpusTm'))
    .addHelpText('after', examples('corpus.examples'))
    .action(async (dir: string, options, command: Command) => {
      const {runCorpusBuild} = await import('./commands/corpus-build.js')
      onExit(await runCorpusBuild(dir, options, context(command)))
    })

  program
    .command('export')
    .description(t('export.description'))
    .argument('<file...>', t('export.file'))
    .option('-l, --lang <lang>', t('segment.lang', {langs: 'ru, en'}))
    .option('-s, --source-lang <lang>', t('bidir.sourceLangAlias'))
    .option('-t, --target-lang <lang>', t('segment.targetLang'))
    .option('--encoding <name>', t('bidir.encoding'))
    .option('-f, --format <format>', t('export.format', {formats: 'xliff, xliff2'}))
    .option('-g, --glossary <file>', t('export.glossary'))
    .option('--tm <file>', t('export.tm'))
    .option('--target <mode>', t('export.target', {modes: 'copy, empty, none'}))
    .option('--urls', t('links.urls'))
    .option('--min-match <percent>', t('tm.minMatch'), '75')
    .option('--max-matches <n>', t('tm.maxMatches'), '3')
    .option('-o, --output <file>', t('segment.output'))
    .option('--front-matter-keys <keys>', t('frontMatter.keysOption'))
    .addHelpText('after', examples('export.examples'))
    .action(async (files: string[], options, command: Command) => {
      const {runExport} = await import('./commands/export.js')
      onExit(await runExport(files, options, context(command)))
    })

  program
    .command('import')
    .description(t('import.description'))
    .argument('<xliff>', t('import.xliff'))
    // links: repeatable, one document per <file> of the XLIFF
    .option('-s, --source <file>', t('import.source'), (value: string, previous: string[] = []) => [...previous, value])
    .option('-l, --lang <lang>', t('import.lang', {langs: 'ru, en'}))
    .option('--source-lang <lang>', t('bidir.sourceLangAlias'))
    .option('--allow-partial', t('import.allowPartial'))
    .option('--json', t('import.json'))
    .option('-o, --output <file>', t('segment.output'))
    .option('--front-matter-keys <keys>', t('frontMatter.keysOption'))
    .addHelpText('after', examples('import.examples'))
    .action(async (file: string, options, command: Command) => {
      const {runImport} = await import('./commands/import.js')
      onExit(await runImport(file, options, context(command)))
    })

  const collect = (value: string, previous: string[] = []) => [...previous, value]
  program
    .command('check')
    .description(t('check.description'))
    .argument('[file...]', t('check.files'))
    .option('-g, --glossary <file>', t('check.glossary'), collect)
    .option('-s, --source-lang <lang>', t('check.sourceLang'))
    .option('-t, --target-lang <lang>', t('check.targetLang'))
    .option('--pair <files...>', t('check.pair'))
    .option('-f, --format <format>', t('check.format', {formats: 'stylish, json, github, sarif, junit, codequality, rdjson'}))
    .option('--fail-on <severity>', t('check.failOn'))
    .option('-o, --output <file>', t('check.output'))
    .option('-c, --config <file>', t('check.config'))
    .option('--no-config', t('check.noConfig'))
    .option('--encoding <name>', t('bidir.encoding'))
    .option('--max-warnings <n>', t('checks.options.maxWarnings'))
    .option('--baseline <file>', t('checks.options.baseline'))
    .option('--update-baseline', t('checks.options.updateBaseline'))
    .option('--root <dir>', t('ci.root'))
    .addHelpText('after', examples('check.examples'))
    .action(async (files: string[], options, command: Command) => {
      const {runCheck} = await import('./commands/check.js')
      onExit(await runCheck(files, options, context(command)))
    })

  const glossary = program.command('glossary').description(t('glossary.description'))
  glossary
    .command('import')
    .description(t('glossary.importDescription'))
    .argument('<file...>', t('glossary.files'))
    .option('-o, --output <file>', t('glossary.output'))
    .option('--to <format>', t('glossary.to', {formats: 'tbx, tbx-2008, tbx-2019, csv, tsv, json'}))
    .option('-s, --source-lang <lang>', t('check.sourceLang'))
    .option('-t, --target-lang <lang>', t('check.targetLang'))
    .option('--merge', t('glossary.merge'))
    .addHelpText('after', examples('glossary.importExamples'))
    .action(async (files: string[], options, command: Command) => {
      const {runGlossaryImport} = await import('./commands/glossary.js')
      onExit(await runGlossaryImport(files, options, context(command)))
    })
  glossary
    .command('lint')
    .description(t('glossary.lintDescription'))
    .argument('<file...>', t('glossary.files'))
    .option('-f, --format <format>', t('glossary.format', {formats: 'stylish, json, github, sarif, junit, codequality, rdjson'}))
    .option('--fail-on <severity>', t('check.failOn'))
    .option('--root <dir>', t('ci.root'))
    .option('-s, --source-lang <lang>', t('check.sourceLang'))
    .option('-t, --target-lang <lang>', t('check.targetLang'))
    .addHelpText('after', examples('glossary.lintExamples'))
    .action(async (files: string[], options, command: Command) => {
      const {runGlossaryLint} = await import('./commands/glossary.js')
      onExit(await runGlossaryLint(files, options, context(command)))
    })

  // tm: translation memory (@tolmach/memory), commands in commands/tm.ts.
  const tm = program.command('tm').description(t('tm.description'))
  const tmCommand = (name: string, description: string) =>
    tm
      .command(name)
      .description(t(description))
      .requiredOption('--tm <memory>', t('tm.tm'))
  tmCommand('import', 'tm.importDescription')
    .argument('<file...>', t('tm.files'))
    .option('-s, --source-lang <lang>', t('tm.sourceLang'))
    .option('-t, --target-lang <lang>', t('tm.targetLang'))
    .addHelpText('after', examples('tm.importExamples'))
    .action(async (files: string[], options, command: Command) => {
      const {runTmImport} = await import('./commands/tm.js')
      onExit(await runTmImport(files, options, context(command)))
    })
  tmCommand('add', 'tm.addDescription')
    .argument('<source>', t('tm.source'))
    .argument('<target>', t('tm.target'))
    .option('-s, --source-lang <lang>', t('tm.sourceLang'))
    .option('-t, --target-lang <lang>', t('tm.targetLang'))
    .option('--user <name>', t('tm.user'))
    .option('--project <name>', t('tm.project'))
    .action(async (source: string, target: string, options, command: Command) => {
      const {runTmAdd} = await import('./commands/tm.js')
      onExit(await runTmAdd(source, target, options, context(command)))
    })
  tmCommand('search', 'tm.searchDescription')
    .argument('<text>', t('tm.text'))
    .option('-s, --source-lang <lang>', t('tm.sourceLang'))
    .option('-t, --target-lang <lang>', t('tm.targetLang'))
    .option('--min-match <percent>', t('tm.minMatch'), '75')
    .option('--max-matches <n>', t('tm.maxMatches'), '3')
    .option('--json', t('tm.json'))
    .addHelpText('after', examples('tm.searchExamples'))
    .action(async (text: string, options, command: Command) => {
      const {runTmSearch} = await import('./commands/tm.js')
      onExit(await runTmSearch(text, options, context(command)))
    })
  tmCommand('concordance', 'tm.concordanceDescription')
    .argument('<words>', t('tm.words'))
    .option('-s, --source-lang <lang>', t('tm.wordsLang'))
    .option('--limit <n>', t('tm.limit'), '20')
    .option('--json', t('tm.json'))
    .addHelpText('after', examples('tm.concordanceExamples'))
    .action(async (words: string, options, command: Command) => {
      const {runTmConcordance} = await import('./commands/tm.js')
      onExit(await runTmConcordance(words, options, context(command)))
    })
  tmCommand('export', 'tm.exportDescription')
    .option('-f, --format <format>', t('tm.format', {formats: 'tmx, tsv, jsonl'}), 'tmx')
    .option('-o, --output <file>', t('segment.output'))
    .action(async (options, command: Command) => {
      const {runTmExport} = await import('./commands/tm.js')
      onExit(await runTmExport(options, context(command)))
    })
  tmCommand('stats', 'tm.statsDescription')
    .option('--json', t('tm.json'))
    .action(async (options, command: Command) => {
      const {runTmStats} = await import('./commands/tm.js')
      onExit(await runTmStats(options, context(command)))
    })
  tmCommand('prune', 'tm.pruneDescription')
    .option('--keep-verdicts <list>', t('tm.keepVerdicts'))
    .option('--older-than <date>', t('tm.olderThan'))
    .option('--alternatives', t('tm.alternatives'))
    .action(async (options, command: Command) => {
      const {runTmPrune} = await import('./commands/tm.js')
      onExit(await runTmPrune(options, context(command)))
    })

  return program
}

function withDefault(description: string, value: unknown, t: Translate): string {
  if (value === undefined || typeof value === 'boolean') return description
  return `${description} (${t('help.default', {value: JSON.stringify(value)})})`
}
