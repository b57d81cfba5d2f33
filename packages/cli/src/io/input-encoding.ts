import {normalizeEncoding, textEncodings} from '@tolmach/core'
import type {CommandContext} from '../context.js'
import {usageError} from '../errors.js'
import type {DecodeOptions} from './read-input.js'

/**
 * `--encoding` as decode options: the encoding named, or (without one)
 * windows-1251 sniffing with a notice on stderr, as `glossary import` does
 * for glossaries. A name tolmach does not know is a usage error.
 */
export function inputEncoding(value: string | undefined, ctx: CommandContext): DecodeOptions {
  const {t} = ctx
  if (value !== undefined) {
    const encoding = normalizeEncoding(value)
    if (encoding === undefined) throw usageError('unknown-encoding', t('bidir.unknownEncoding', {value, valid: textEncodings.join(', ')}))
    return {encoding}
  }
  return {onDecodedAs: (file, encoding) => ctx.warn(t('bidir.decodedAs', {file, encoding}))}
}
