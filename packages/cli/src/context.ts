import {type Colors, colorsFor} from './io/colors.js'
import type {Translate} from './i18n/i18n.js'
import type {Io} from './io/io.js'
import {createProgress, type Progress} from './io/progress.js'

/** What every command gets: the process, the translator and the diagnostic channel. */
export interface CommandContext {
  io: Io
  t: Translate
  quiet: boolean
  /** Colours for stderr, decided from stderr itself. */
  colors: Colors
  /** A warning line on stderr (silenced by --quiet). */
  warn(message: string): void
  /** A summary line on stderr (silenced by --quiet). */
  info(message: string): void
  /** A progress bar on stderr when it is a terminal; silent otherwise. */
  progress: Progress
}

export function createContext(io: Io, t: Translate, quiet: boolean): CommandContext {
  const colors = colorsFor(io.stderr, io.env)
  const progress = createProgress(io.stderr, io.env, quiet)
  const line = (text: string) => {
    if (quiet) return
    // A message must not land in the middle of a progress bar.
    progress.done()
    io.stderr.write(`${text}\n`)
  }
  return {
    io,
    t,
    quiet,
    colors,
    progress,
    warn: (message) => line(`${colors.yellow(`${t('error.warning')}:`)} ${message}`),
    info: (message) => line(message)
  }
}
