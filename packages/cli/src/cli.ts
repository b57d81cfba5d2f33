import {type Argument, Command, type Help, type Option} from 'commander'
import {colorsFor} from './colors.js'
import {translateCommanderError} from './commander-messages.js'
import {type CommandContext, createContext} from './context.js'
import type {Translate} from './i18n.js'
import type {Io} from './io.js'

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
    .option('-f, --format <format>', t('segment.format', {formats: 'jsonl, tsv, xliff, xliff2'}))
    .option('-t, --target-lang <lang>', t('segment.targetLang'))
    .option('-o, --output <file>', t('segment.output'))
    .addHelpText('after', examples('segment.examples'))
    .action(async (files: string[], options, command: Command) => {
      const {runSegment} = await import('./commands/segment.js')
      onExit(await runSegment(files, options, context(command)))
    })

  const corpus = program.command('corpus').description(t('corpus.description'))
  corpus
    .command('build')
    .description(t('corpus.buildDescription'))
    .argument('[dir]', t('corpus.dir'), 'corpus')
    .option('--out <dir>', t('corpus.out'), 'build')
    .option('--json', t('corpus.json'))
    .addHelpText('after', examples('corpus.examples'))
    .action(async (dir: string, options, command: Command) => {
      const {runCorpusBuild} = await import('./commands/corpus-build.js')
      onExit(await runCorpusBuild(dir, options, context(command)))
    })

  return program
}

function withDefault(description: string, value: unknown, t: Translate): string {
  if (value === undefined || typeof value === 'boolean') return description
  return `${description} (${t('help.default', {value: JSON.stringify(value)})})`
}
