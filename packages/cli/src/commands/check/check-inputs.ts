import {statSync} from 'node:fs'
import path from 'node:path'
import {createFinding, type Finding, type Lang} from '@tolmach/core'
import type {TermMatcher} from '@tolmach/glossary'
import {type BilingualKind, type ReadPair as CheckPair, type DiscoveredInputs, discoverInputs, type ReadPairs, readBilingualPairs, readMarkdownPair, StreamDecodeError, streamTmxPairs} from '@tolmach/check'
import {localizeFinding} from '../../i18n/finding-message.js'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'
import {type DecodeOptions, type InputText, readInputFile} from '../../io/read-input.js'

export type InputKind = BilingualKind

export interface CheckInputs {
  /** Number of pairs read (each went to `onPair` and was not kept). */
  pairs: number
  findings: Finding[]
  /** Every file read, for reports that list clean files too. */
  files: string[]
  /** Files that could not be read as pairs at all (errors and no pair). */
  unreadable: string[]
}

export interface ReadInputsOptions {
  files: readonly string[]
  /** `--pair RU EN` documents, flattened: source, target, source, target… */
  markdownPairs: readonly string[]
  sourceLang: Lang
  targetLang: Lang
  matchers: {source: TermMatcher; target: TermMatcher}
  cwd: string
  t: Translate
  /** `--encoding`, or windows-1251 sniffing with a notice. */
  decoding?: DecodeOptions
  /** Standard input, read beforehand, for the input named `-`. */
  stdin?: InputText | undefined
  /** Receives each pair as it is read, with the kind of its file: a TMX file is streamed, so pairs are not kept. */
  onPair: (pair: CheckPair, kind: InputKind | 'markdown') => void
}

/** Reads every input into pairs; a file of unknown kind or a Markdown file without `--pair` is a usage error. */
export function readCheckInputs(options: ReadInputsOptions): CheckInputs {
  const {t, cwd, sourceLang, targetLang} = options
  const out: CheckInputs = {pairs: 0, findings: [], files: [], unreadable: []}
  const add = (file: string, kind: InputKind | 'markdown', read: ReadPairs | {pairs: number; findings: Finding[]}) => {
    out.files.push(file)
    let count: number
    if (typeof read.pairs === 'number') count = read.pairs
    else {
      count = read.pairs.length
      for (const pair of read.pairs) options.onPair(pair, kind)
    }
    out.pairs += count
    // One at a time: spreading 125k+ findings into push() exceeds V8's argument limit (a RangeError).
    for (const finding of read.findings) out.findings.push(localizeFinding(finding, t))
    if (count === 0 && read.findings.some((f) => f.severity === 'error')) out.unreadable.push(file)
    else if (count === 0) {
      // A file with nothing to check (no targets yet, other languages) must not pass CI unnoticed.
      const at = {line: 1, column: 1, offset: 0}
      out.findings.push(createFinding({ruleId: 'check-no-pairs', severity: 'warning', message: t('check.noPairs', {source: sourceLang, target: targetLang}), source: 'tolmach-check', file, place: {start: at, end: at}}))
    }
  }
  for (const file of options.files) {
    if (streamable(file, cwd, options.decoding)) {
      const streamed = streamTmx(file, options)
      if (streamed !== undefined) {
        add(file, 'tmx', streamed)
        continue
      }
    }
    const input = file === '-' && options.stdin ? options.stdin : readInputFile(file, cwd, t, options.decoding)
    const read = readBilingualPairs(input, {sourceLang, targetLang})
    if (read === undefined) {
      const hint = /\.(md|markdown)$/i.test(file) ? t('check.markdownNeedsPair', {file}) : t('check.unknownInput', {file})
      throw usageError('unknown-input', hint, file)
    }
    add(file, read.kind, read)
  }
  const md = options.markdownPairs
  for (let k = 0; k + 1 < md.length; k += 2) {
    const source = readInputFile(md[k]!, cwd, t, options.decoding)
    const target = readInputFile(md[k + 1]!, cwd, t, options.decoding)
    const read = readMarkdownPair(source, target, options.matchers, {sourceLang, targetLang})
    out.files.push(source.file)
    add(target.file, 'markdown', read)
  }
  return out
}

/** A `.tmx` file in UTF-8 (no other `--encoding`) is streamed; the rest is read whole. */
function streamable(file: string, cwd: string, decoding: DecodeOptions | undefined): boolean {
  if (!/\.tmx$/i.test(file) || file === '-') return false
  if (decoding?.encoding !== undefined && decoding.encoding !== 'utf-8') return false
  try {
    return statSync(path.resolve(cwd, file)).isFile()
  } catch {
    return false
  }
}

/** Streams a TMX file's pairs to `onPair`; undefined when it is not UTF-8 and nothing was sent yet (the whole-file read decides). */
function streamTmx(file: string, options: ReadInputsOptions): {pairs: number; findings: Finding[]} | undefined {
  const findings: Finding[] = []
  let pairs = 0
  try {
    for (const pair of streamTmxPairs(file, options.cwd, options.sourceLang, options.targetLang, (f) => findings.push(f))) {
      options.onPair(pair, 'tmx')
      pairs++
    }
  } catch (error) {
    if (!(error instanceof StreamDecodeError)) throw error
    if (error.pairsEmitted === 0) return undefined
    // Invalid UTF-8 deep in a file already partly checked: refuse it with the whole-file reader's message.
    readInputFile(file, options.cwd, options.t, {...options.decoding, onDecodedAs: undefined})
    throw error
  }
  return {pairs, findings}
}

/**
 * The command line's inputs with folders walked, globs expanded and
 * Markdown documents paired by name (`discoverInputs`). A folder or pattern
 * that matches nothing is a usage error; a named document without its
 * translation stays among the files, where reading it says so.
 */
export function discoverCheckInputs(args: readonly string[], cwd: string, t: Translate): DiscoveredInputs {
  const found = discoverInputs(args, {cwd})
  if (found.unmatched.length > 0) throw usageError('no-match', t('check.noMatch', {patterns: found.unmatched.join(', ')}), found.unmatched[0])
  return {...found, files: [...found.files, ...found.unpairedNamed], findings: found.findings.map((f) => localizeFinding(f, t)), unpairedNamed: []}
}
