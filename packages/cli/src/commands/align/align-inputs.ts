import {discoverInputs, findInputs} from '@tolmach/check'
import type {Finding, Lang} from '@tolmach/core'
import type {CommandContext} from '../../context.js'
import {usageError} from '../../errors.js'
import {localizeFinding} from '../../i18n/finding-message.js'
import {otherLang} from '../../config/pair-langs.js'
import {configLangs} from '../../config/config-langs.js'

/** Two documents to align: in the order given, or, when found by name, with the languages their names say. */
export interface AlignInput {
  source: string
  target: string
  /** Set for pairs found by name: the direction, so no guess from the text. */
  langs?: {sourceLang: Lang; targetLang: Lang}
}

/**
 * `tolmach align`'s inputs: `SOURCE TARGET` as before, or folders and globs
 * whose Markdown documents pair by name (`ru/X.md` ↔ `en/X.md`, `X.ru.md`
 * ↔ `X.en.md`), each found pair aligned from the source language the
 * options or the config name (else Russian). A document found without its
 * translation is a finding; a folder or pattern that matches nothing, a
 * named document without its partner or a file that is no document is a
 * usage error.
 */
export function alignInputs(args: readonly string[], given: {source?: Lang | undefined; target?: Lang | undefined}, ctx: CommandContext): {pairs: AlignInput[]; findings: Finding[]} {
  const {t, io} = ctx
  // Two files named on the command line: the first is the source, whatever their names say.
  // One at a time: the same file twice (two Russian files, say) stays two inputs for the aligner to refuse.
  const named = args.length === 2 && args.every((arg) => findInputs([arg], {cwd: io.cwd}).files[0]?.how === 'named')
  if (named) return {pairs: [{source: args[0] as string, target: args[1] as string}], findings: []}
  const found = discoverInputs(args, {cwd: io.cwd, extensions: ['md', 'markdown']})
  if (found.unmatched.length > 0) throw usageError('no-match', t('check.noMatch', {patterns: found.unmatched.join(', ')}), found.unmatched[0])
  const stray = [...found.unpairedNamed, ...found.files]
  if (stray.length > 0) throw usageError('align-needs-pairs', t('align.needsPairs', {file: stray[0]}), stray[0])
  const config = given.source === undefined && given.target === undefined ? configLangs(ctx) : {}
  const sourceLang: Lang = given.source ?? (given.target === undefined ? undefined : otherLang(given.target)) ?? config.source ?? (config.target === undefined ? 'ru' : otherLang(config.target))
  const targetLang = given.target ?? otherLang(sourceLang)
  const pairs = found.pairs.map((p) => (sourceLang === 'ru' ? {source: p.ru, target: p.en} : {source: p.en, target: p.ru})).map((p) => ({...p, langs: {sourceLang, targetLang}}))
  if (pairs.length === 0) throw usageError('align-needs-pairs', t('align.noPairs', {inputs: args.join(', ')}))
  return {pairs, findings: found.findings.map((f) => localizeFinding(f, t))}
}
