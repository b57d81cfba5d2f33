import type {Lang} from '@tolmach/core'
import type {InputText} from './read-messages.js'
import {readJsonlPairs, readTsvPairs} from './read-tables.js'
import {type ReadPairs, readTmxPairs, readXliffPairs} from './read-xml.js'

/** The kinds of bilingual file the pair readers take. */
export type BilingualKind = 'xliff' | 'tmx' | 'tsv' | 'jsonl'

/** The kind of a bilingual file: its extension, else its first characters; undefined for anything else (Markdown included). */
export function bilingualKind(input: InputText): BilingualKind | undefined {
  const ext = input.file.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff'].includes(ext)) return 'xliff'
  if (ext === 'tmx') return 'tmx'
  if (ext === 'tsv' || ext === 'tab') return 'tsv'
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl'
  const head = input.text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('<')) return /<tmx\b/.test(head) ? 'tmx' : /<xliff\b/.test(head) ? 'xliff' : undefined
  if (head.startsWith('{')) return 'jsonl'
  return ext === 'txt' || /\t/.test(head.split('\n')[0] ?? '') ? 'tsv' : undefined
}

/**
 * The pairs of a bilingual file of any kind the readers take, each target
 * mapped to its place in the file; undefined when the file is of no such
 * kind (the caller says why: a Markdown document needs its translation).
 */
export function readBilingualPairs(input: InputText, langs: {sourceLang: Lang; targetLang: Lang}): (ReadPairs & {kind: BilingualKind}) | undefined {
  const kind = bilingualKind(input)
  if (kind === undefined) return undefined
  const read =
    kind === 'xliff'
      ? readXliffPairs(input)
      : kind === 'tmx'
        ? readTmxPairs(input, langs.sourceLang, langs.targetLang)
        : kind === 'tsv'
          ? readTsvPairs(input, langs.sourceLang, langs.targetLang)
          : readJsonlPairs(input)
  return {...read, kind}
}
