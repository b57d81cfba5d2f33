import {codequality} from './codequality.js'
import {github} from './github.js'
import {githubSummary} from './github-summary.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {rdjson} from './rdjson.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {Finding, FindingFormat, FormatOptions, Formatter} from './types.js'

const formatters: Record<FindingFormat, Formatter> = {
  stylish,
  json,
  github,
  'github-summary': githubSummary,
  sarif,
  junit,
  codequality,
  rdjson
}

/** Every format name `formatFindings` accepts, for `--format` help and checks. */
export const findingFormats = Object.freeze(Object.keys(formatters) as FindingFormat[])

export function isFindingFormat(name: unknown): name is FindingFormat {
  return typeof name === 'string' && Object.hasOwn(formatters, name)
}

/** Formats findings by format name; an unknown name is misuse and throws. */
export function formatFindings(findings: Finding[], format: FindingFormat, options?: FormatOptions): string {
  if (!isFindingFormat(format)) {
    throw new TypeError(`format must be one of ${findingFormats.join(', ')}; got ${JSON.stringify(format)}`)
  }
  return formatters[format](findings, options)
}
