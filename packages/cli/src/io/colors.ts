import {createColors} from 'picocolors'

export type Colors = ReturnType<typeof createColors>

/**
 * Colour for one stream: picocolors alone looks at stdout and turns colour
 * on under CI, but diagnostics go to stderr, which may be a terminal while
 * stdout is a pipe (or the reverse). NO_COLOR wins unless FORCE_COLOR is set
 * to something other than 0.
 */
export function colorsFor(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv): Colors {
  return createColors(colorEnabled(stream, env))
}

export function colorEnabled(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv): boolean {
  const force = env['FORCE_COLOR']
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false
  return stream.isTTY === true && env['TERM'] !== 'dumb'
}
