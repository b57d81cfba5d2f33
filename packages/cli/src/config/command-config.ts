import type {CommandContext} from '../context.js'
import {reportFindings} from '../io/findings.js'
import {findConfig, loadConfig, type TolmachConfig} from './config-load.js'

/**
 * The config of a command: `--config FILE`, else `tolmach.config.json` found
 * upward, none with `--no-config` (`false`). Its problems are printed at
 * their places and make `ok` false: the caller exits with the usage status.
 */
export function commandConfig(option: string | false | undefined, ctx: CommandContext): {ok: boolean; config?: TolmachConfig; file?: string} {
  if (option === false) return {ok: true}
  const file = option ?? findConfig(ctx.io.cwd)
  if (file === undefined) return {ok: true}
  const loaded = loadConfig(file, ctx.io.cwd, ctx.t)
  if (loaded.findings.length > 0) {
    reportFindings(loaded.findings, ctx)
    return {ok: false, file}
  }
  return {ok: true, config: loaded.config, file}
}
