import type {Lang} from '@tolmach/core'
import {findConfig, loadConfig} from './config-load.js'
import type {CommandContext} from '../context.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'

/**
 * `sourceLang`/`targetLang` of the nearest `tolmach.config.json`, for
 * commands whose inputs do not say their direction. A config with problems
 * is reported (positioned) and stops the command, as it does for `check`.
 */
export function configLangs(ctx: CommandContext): {source?: Lang; target?: Lang} {
  const file = findConfig(ctx.io.cwd)
  if (file === undefined) return {}
  const loaded = loadConfig(file, ctx.io.cwd, ctx.t)
  if (loaded.findings.length > 0) {
    reportFindings(loaded.findings, ctx)
    throw usageError('config-invalid', ctx.t('bidir.configInvalid', {file: loaded.findings[0]?.file ?? file}), file)
  }
  const out: {source?: Lang; target?: Lang} = {}
  if (loaded.config?.sourceLang !== undefined) out.source = loaded.config.sourceLang
  if (loaded.config?.targetLang !== undefined) out.target = loaded.config.targetLang
  return out
}
