import {closeSync, openSync, readSync} from 'node:fs'
import path from 'node:path'
import {detectLanguage, isLang, type Lang} from '@tolmach/core'
import {decideLang, proseOf} from '../../io/document-lang.js'
import type {Translate} from '../../i18n/i18n.js'
import type {DecodeOptions} from '../../io/read-input.js'
import {readInputFile} from '../../io/read-input.js'

/**
 * The source language of a `check` run that no option names:
 * the first `--pair` original's own text, else the source language an XLIFF
 * or TMX input declares (`source-language`, `srcLang`, `srclang`). TSV and
 * JSONL declare nothing, so they leave it to the ru → en default.
 */
export function detectCheckSource(files: readonly string[], pairs: readonly string[], cwd: string, t: Translate, decoding?: DecodeOptions): {lang?: Lang; warning?: string} {
  // A file that cannot be read says nothing here: the read that checks it reports it, after the options are validated.
  const read = (file: string) => {
    try {
      return readInputFile(file, cwd, t, decoding)
    } catch {
      return undefined
    }
  }
  if (pairs.length > 0) {
    const first = pairs.length % 2 === 0 ? read(pairs[0]!) : undefined
    if (first === undefined) return {}
    const guess = detectLanguage(proseOf(first.text))
    if (guess.cyrillic + guess.latin === 0) return {}
    const decision = decideLang(undefined, first.text, first.file, t, '--source-lang')
    return decision.warning === undefined ? {lang: decision.lang} : {lang: decision.lang, warning: decision.warning}
  }
  for (const file of files) {
    if (!/\.(xlf|xliff|sdlxliff|mqxliff|mxliff|tmx)$/i.test(file)) continue
    // Only the head: a translation memory may be hundreds of megabytes.
    const head = (decoding?.encoding === undefined || decoding.encoding === 'utf-8' ? readHead(file, cwd) : undefined) ?? read(file)?.text.slice(0, 4096) ?? ''
    const declared = /\b(?:source-language|srcLang|srclang)="([A-Za-z]{2,3})/.exec(head)?.[1]?.toLowerCase()
    if (isLang(declared)) return {lang: declared}
  }
  return {}
}

/** The first 4 KB of a file as UTF-8 text (a cut character aside); undefined for UTF-16, '' when it cannot be read. */
function readHead(file: string, cwd: string): string | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path.resolve(cwd, file), 'r')
    const bytes = Buffer.alloc(4096)
    const n = readSync(fd, bytes, 0, bytes.length, 0)
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined
    return new TextDecoder('utf-8').decode(bytes.subarray(0, n))
  } catch {
    return ''
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
