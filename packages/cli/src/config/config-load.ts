import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {createFinding, createLineIndex, type Finding, type Lang, offsetToPoint, type Severity} from '@tolmach/core'
import type {CustomRule, UrlRewrite} from '@tolmach/check'
import {JsonSyntaxError, nodeValue, parseConfig, type SchemaProblem, validateConfig} from './config-parse.js'
import type {Translate} from '../i18n/i18n.js'
import {readInputFile} from '../io/read-input.js'

export const configName = 'tolmach.config.json'

export type RuleSetting = Severity | 'off'
export type FailOn = Severity | 'never'

/** `tolmach.config.json` as validated; paths resolved against its folder. */
export interface TolmachConfig {
  file: string
  dir: string
  glossary?: string[]
  sourceLang?: Lang
  targetLang?: Lang
  failOn?: FailOn
  rules?: Record<string, RuleSetting>
  /** The project's own checks: a regular expression that must not match the target (or source). */
  customRules?: CustomRule[]
  /** Source URL → the URL the translation should link to (localised sites); replaces the default `/ru/` ↔ `/en/`. */
  urlRewrites?: UrlRewrite[]
  /** YAML front matter keys `segment`, `export` and `import` translate. */
  frontMatterKeys?: string[]
}

export interface LoadedConfig {
  config?: TolmachConfig
  /** Positioned problems: when there are any, the config is not used. */
  findings: Finding[]
}

/** The nearest `tolmach.config.json` in `cwd` or a folder above it. */
export function findConfig(cwd: string): string | undefined {
  let dir = path.resolve(cwd)
  for (;;) {
    const candidate = path.join(dir, configName)
    if (existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

let schema: object | undefined

/** The JSON Schema shipped in the package, read once. */
export function configSchema(): object {
  schema ??= JSON.parse(readFileSync(new URL('../../schema/tolmach.config.schema.json', import.meta.url), 'utf8')) as object
  return schema
}

/**
 * Reads and validates a config file. `shown` is the name findings use (as
 * the user would type it from the working directory). Syntax and schema
 * problems come back as findings with line and column; a file that cannot
 * be read is a usage error, like any input.
 */
export function loadConfig(file: string, cwd: string, t: Translate): LoadedConfig {
  const shown = path.relative(cwd, path.resolve(cwd, file)) || file
  const {text} = readInputFile(file, cwd, t)
  const lines = createLineIndex(text)
  const finding = (offset: number, ruleId: string, message: string): Finding => {
    const at = offsetToPoint(lines, Math.min(offset, text.length))
    return createFinding({ruleId, severity: 'error', message, source: 'tolmach-config', file: shown, place: {start: at, end: at}})
  }
  let root: ReturnType<typeof parseConfig>
  try {
    root = parseConfig(text)
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    const reason = t(`config.json.${error.reason}`, {found: error.found})
    return {findings: [finding(error.offset, 'config-syntax', t('config.syntax', {reason}))]}
  }
  const problems = validateConfig(root, configSchema())
  if (problems.length > 0) return {findings: problems.map((p) => finding(p.offset, 'config-schema', describe(p, t)))}
  const value = nodeValue(root) as Omit<TolmachConfig, 'file' | 'dir' | 'glossary'> & {glossary?: string | string[]}
  const dir = path.dirname(path.resolve(cwd, file))
  const config: TolmachConfig = {file: shown, dir}
  if (value.glossary !== undefined) config.glossary = ([] as string[]).concat(value.glossary).map((g) => path.resolve(dir, g))
  if (value.sourceLang !== undefined) config.sourceLang = value.sourceLang
  if (value.targetLang !== undefined) config.targetLang = value.targetLang
  if (value.failOn !== undefined) config.failOn = value.failOn
  if (value.rules !== undefined) config.rules = value.rules
  if (value.customRules !== undefined) config.customRules = value.customRules
  if (value.urlRewrites !== undefined) config.urlRewrites = value.urlRewrites
  if (value.frontMatterKeys !== undefined) config.frontMatterKeys = value.frontMatterKeys
  return {config, findings: []}
}

function describe(problem: SchemaProblem, t: Translate): string {
  const {path: property, expected, actual} = problem
  switch (problem.kind) {
    case 'type':
      return t('config.type', {property, expected, actual})
    case 'enum':
      return t('config.enum', {property, expected, actual})
    case 'unknown-property':
      return t('config.unknownProperty', {property, expected})
    case 'too-short':
      return t('config.tooShort', {property})
    case 'empty':
      return t('config.empty', {property})
    case 'duplicate':
      return t('config.duplicate', {property})
    case 'pattern':
      return t('config.pattern', {property, expected, actual})
    case 'required':
      return t('config.required', {property, expected})
    case 'regexp':
      return t('config.regexp', {property, actual})
    case 'invalid':
      return t('config.invalid', {property, expected})
    case 'more':
      return t('config.more', {count: Number(expected), property})
  }
}
