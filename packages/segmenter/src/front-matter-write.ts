import type {ScalarStyle} from './front-matter-align.js'
import {yamlModule} from './yaml-module.js'

/**
 * A YAML double-quoted scalar that reads back as `value` whatever it holds:
 * quotes, backslashes, line breaks, control and other non-printable
 * characters are escaped, everything else is written as it is.
 */
export function doubleQuoted(value: string): string {
  let out = '"'
  for (const ch of value) {
    const code = ch.codePointAt(0)!
    if (ch === '"' || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\r') out += '\\r'
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`
    } else out += ch
  }
  return `${out}"`
}

/** What a rendering needs to know of the scalar it replaces. */
export interface ScalarSource {
  style: ScalarStyle
  /** The scalar as written, quotes and a block header included. */
  written: string
  /** The document's line ending. */
  eol: string
}

const lineBreak = /\r\n|\r|\n/

/**
 * Ways to write `value` in place of a scalar, best first: the source's own
 * style when it can hold the value (plain, single-quoted, double-quoted, a
 * literal or folded block with the source's header and indentation), then
 * double quotes, which hold anything. The caller keeps the first that reads
 * back as `value`: a style is never trusted, it is checked by parsing.
 */
export function renderings(value: string, source: ScalarSource): string[] {
  const {style, written, eol} = source
  const quoted = doubleQuoted(value)
  // A block scalar's range ends after its last line break: so must what replaces it.
  const tail = /\n$/.test(written) ? eol : ''
  const oneLine = !/[\n\r]/.test(value)
  switch (style) {
    case 'PLAIN':
      return oneLine && value.trim() === value && value !== '' ? [value, quoted] : [quoted]
    case 'QUOTE_SINGLE':
      return oneLine ? [`'${value.replace(/'/g, "''")}'`, quoted] : [quoted]
    case 'QUOTE_DOUBLE':
      return [quoted]
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const block = blockScalar(value, written, eol, style === 'BLOCK_FOLDED')
      return block === undefined ? [quoted + tail] : [block, quoted + tail]
    }
  }
}

/** The value as a block scalar under the source's header, indented as the source's first content line. */
function blockScalar(value: string, written: string, eol: string, folded: boolean): string | undefined {
  const lines = written.split(lineBreak)
  const header = lines[0]!
  const indent = lines.slice(1).find((line) => line.trim() !== '')?.match(/^[ \t]*/)?.[0]
  if (!indent) return undefined
  const body = value.replace(/\n+$/, '')
  const trailing = value.length - body.length
  // A folded block turns single line breaks into spaces: a value with its own line breaks goes in quotes.
  if (folded && body.includes('\n')) return undefined
  const content = body.split('\n').map((line) => (line === '' ? '' : indent + line))
  return header + eol + content.join(eol) + eol.repeat(Math.max(1, trailing))
}

/**
 * Whether a front matter YAML text reads `expected` at `path`, under YAML
 * 1.2 (Hugo, the `yaml` package) and YAML 1.1 (Jekyll's Psych), where
 * `yes`, `on` and dates are not strings.
 */
export function readsAs(text: string, path: ReadonlyArray<string | number>, expected: string): boolean {
  for (const version of ['1.2', '1.1'] as const) {
    const doc = yamlModule().parseDocument(text, {version, uniqueKeys: true})
    if (doc.errors.length > 0 || doc.getIn(path) !== expected) return false
  }
  return true
}
