import {CommanderError} from 'commander'
import {createProgram} from './cli.js'
import {colorsFor} from './io/colors.js'
import {describeError, exitCodes} from './errors.js'
import {createTranslator, resolveUiLang, uiLangs} from './i18n/i18n.js'
import type {Io} from './io/io.js'
import {readVersion} from './io/version.js'

/**
 * Runs `tolmach` with `argv` (without `node` and the script) against `io`
 * and returns the exit status: 0 ok, 1 findings, 2 usage or input error.
 * Never throws and never prints a stack unless `TOLMACH_DEBUG` is set.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const choice = resolveUiLang(argv, io.env)
  const t = createTranslator(choice.lang)
  const red = colorsFor(io.stderr, io.env).red
  const fail = (text: string) => io.stderr.write(`${red(`${t('error.prefix')}:`)} ${text}\n`)
  if (choice.invalid !== undefined) {
    fail(t('error.unknownUiLang', {value: choice.invalid, valid: uiLangs.join(', ')}))
    return exitCodes.usage
  }
  let status: number = exitCodes.ok
  const program = createProgram({io, t, version: readVersion(), onExit: (code) => (status = code)})
  try {
    await program.parseAsync([...argv], {from: 'user'})
    return status
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its (translated) message or the help already;
      // help asked for exits 0, help shown for a mistake (no command) exits 2.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    // The reader of our stdout went away (\`| head\`): nothing more to say.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return exitCodes.ok
    const {text, exitCode} = describeError(error, t, Boolean(io.env['TOLMACH_DEBUG']))
    fail(text)
    return exitCode
  }
}
