import {type Finding, formatPlace} from '@tolmach/core'
import type {CommandContext} from '../context.js'
import {localizeFinding} from '../i18n/finding-message.js'

/**
 * Prints findings on stderr as `file:line:column: severity message [rule]`,
 * the form editors and CI jump from, each library message in the interface
 * language (`localizeFinding`). Rule ids are never translated. Returns
 * the exit status they call for: 1 when any is an error.
 */
export function reportFindings(findings: readonly Finding[], ctx: CommandContext): number {
  const {t, colors} = ctx
  let errors = 0
  for (const finding of findings) {
    if (finding.severity === 'error') errors++
    else if (ctx.quiet) continue
    const severity =
      finding.severity === 'error'
        ? colors.red(t('error.prefix'))
        : finding.severity === 'warning'
          ? colors.yellow(t('error.warning'))
          : t('error.info')
    ctx.io.stderr.write(
      `${formatPlace(finding.file, finding.place?.start)}: ${severity} ${localizeFinding(finding, t).message} ${colors.dim(`[${finding.ruleId}]`)}\n`
    )
  }
  return errors > 0 ? 1 : 0
}
