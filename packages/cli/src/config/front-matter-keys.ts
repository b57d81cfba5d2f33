import type {Finding} from '@tolmach/core'
import {findConfig, loadConfig} from './config-load.js'
import type {CommandContext} from '../context.js'
import {usageError} from '../errors.js'
import {reportFindings} from '../io/findings.js'
import type {Translate} from '../i18n/i18n.js'

/**
 * The front matter keys to translate: `--front-matter-keys title,tags`
 * (an empty value: none), else `frontMatterKeys` of the nearest
 * `tolmach.config.json`, else undefined for the segmenter's default
 * (`title`, `description`, `summary`). `segment`, `export` and `import`
 * all decide it here, so an export and its import agree on the units.
 */
export function frontMatterKeys(option: string | undefined, ctx: CommandContext): string[] | undefined {
  if (option !== undefined) {
    return option
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== '')
  }
  const file = findConfig(ctx.io.cwd)
  if (file === undefined) return undefined
  const loaded = loadConfig(file, ctx.io.cwd, ctx.t)
  if (loaded.findings.length > 0) {
    reportFindings(loaded.findings, ctx)
    throw usageError('config-invalid', ctx.t('bidir.configInvalid', {file: loaded.findings[0]?.file ?? file}), file)
  }
  return loaded.config?.frontMatterKeys
}

/** The segmenter's front matter findings in the user's language (rule ids stay as they are). */
export function translateFrontMatterFinding(finding: Finding, t: Translate): Finding {
  return {...finding, message: t(`frontMatter.rule.${finding.ruleId}`, {actual: finding.actual ?? '', defaultValue: finding.message})}
}
