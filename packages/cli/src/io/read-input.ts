import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Readable} from 'node:stream'
import {decodeText, decodeTextAs, firstInvalidUtf8, sniffWindows1251, type TextEncoding, TolmachError} from '@tolmach/core'
import {usageError} from '../errors.js'
import type {Translate} from '../i18n/i18n.js'

export interface InputText {
  /** The name as the user gave it; `-` for standard input. */
  file: string
  text: string
}

export interface DecodeOptions {
  /** `--encoding`: decode in this encoding, no guessing. */
  encoding?: TextEncoding | undefined
  /**
   * Without `encoding`, bytes that are not UTF-8 but read as Russian in
   * windows-1251 are decoded so, and this hears about it (a notice for the
   * user: never silently). Without it such bytes are an invalid-UTF-8 error.
   */
  onDecodedAs?: ((file: string, encoding: TextEncoding) => void) | undefined
}

/** Reads all of standard input, decoded like a file. */
export async function readStdin(stdin: Readable, t: Translate, options: DecodeOptions = {}): Promise<InputText> {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  } catch (error) {
    throw readError(error, t('stdin'), t)
  }
  return {file: '-', text: decode(Buffer.concat(chunks), t('stdin'), t, options)}
}

/**
 * Reads a file (synchronously, so a generator can read one document per
 * step) and decodes it with core's `decodeText`. Every failure becomes a
 * translated usage error naming the file: a missing path, a folder, invalid
 * UTF-8 (with the byte offset), binary bytes.
 */
export function readInputFile(file: string, cwd: string, t: Translate, options: DecodeOptions = {}): InputText {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path.resolve(cwd, file))
  } catch (error) {
    throw readError(error, file, t)
  }
  return {file, text: decode(bytes, file, t, options)}
}

function decode(bytes: Uint8Array, name: string, t: Translate, options: DecodeOptions): string {
  try {
    return options.encoding === undefined ? decodeText(bytes, name).text : decodeTextAs(bytes, options.encoding, name).text
  } catch (error) {
    if (!(error instanceof TolmachError)) throw error
    // Excel and Notepad on a Russian Windows save windows-1251: read it, and say so.
    if (error.code === 'invalid-utf8' && options.encoding === undefined && options.onDecodedAs) {
      const legacy = sniffWindows1251(bytes)
      if (legacy.plausible) {
        options.onDecodedAs(name, 'windows-1251')
        return legacy.text
      }
    }
    throw decodeError(error, bytes, name, t)
  }
}

function readError(error: unknown, file: string, t: Translate): Error {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') return usageError('file-not-found', t('error.notFound', {file}), file)
  if (code === 'EISDIR') return usageError('file-is-directory', t('error.isDirectory', {file}), file)
  const reason = code ?? (error instanceof Error ? error.message : String(error))
  return usageError('file-not-readable', t('error.notReadable', {file, reason}), file)
}

/** Re-words core's English decode errors; the offsets are recomputed, not parsed out of its message. */
function decodeError(error: TolmachError, bytes: Uint8Array, file: string, t: Translate): Error {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = bytes.subarray(bom)
  if (error.code === 'invalid-utf8') {
    const bad = firstInvalidUtf8(body)
    const {line, column} = byteToPoint(body, bad)
    return usageError(error.code, t('error.invalidUtf8', {file, line, column, offset: bad + bom}), file)
  }
  if (error.code === 'binary-input') {
    return usageError(error.code, t('error.binary', {file, offset: body.indexOf(0) + bom}), file)
  }
  return error
}

/** Line and column (UTF-16 units, as everywhere in tolmach) of a byte in valid UTF-8 that precedes it. */
function byteToPoint(bytes: Uint8Array, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1}
}
