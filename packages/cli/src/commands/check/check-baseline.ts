import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {type Baseline, createBaseline} from '@tolmach/check'
import type {Finding} from '@tolmach/core'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'

/** `--baseline FILE`: the findings a team has accepted; a file that is not one is a usage error. */
export function readBaseline(file: string, cwd: string, t: Translate): Baseline {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'))
  } catch (error) {
    throw usageError('bad-baseline', t('checks.badBaseline', {file, reason: (error as Error).message}), file)
  }
  const b = value as Baseline
  if (b?.version !== 1 || !Array.isArray(b.findings)) throw usageError('bad-baseline', t('checks.badBaseline', {file, reason: t('checks.baselineShape')}), file)
  return b
}

/** `--update-baseline`: the current findings, one JSON file a team commits. */
export function writeBaseline(file: string, findings: readonly Finding[], cwd: string): void {
  writeFileSync(path.resolve(cwd, file), `${JSON.stringify(createBaseline(findings), null, 2)}\n`)
}
