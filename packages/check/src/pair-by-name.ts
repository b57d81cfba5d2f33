import type {Finding, Lang} from '@tolmach/core'
import {readerFinding} from './read-messages.js'

/** A Markdown document and its translation, found by their names. */
export interface NamedPair {
  ru: string
  en: string
}

export interface PairedByName {
  pairs: NamedPair[]
  /** One finding per file left without a partner, at the file's start: never skipped silently. */
  findings: Finding[]
}

const other: Record<Lang, Lang> = {ru: 'en', en: 'ru'}
const suffix = /\.(ru|en)(\.(?:md|markdown))$/i

/**
 * Pairs Markdown files by the two layouts sites and docs use:
 * `ru/X.md` ↔ `en/X.md` (a language folder anywhere in the path; the last
 * one counts) and `X.ru.md` ↔ `X.en.md`. Each file is used once; a file
 * whose partner is not among `files` is an `unpaired-file` warning, one
 * whose name says no language an `unpaired-file` info, both at line 1.
 * Pairs come in the order of their Russian files; paths are kept as given.
 */
export function pairByName(files: readonly string[]): PairedByName {
  const present = new Set(files)
  const used = new Set<string>()
  const pairs: NamedPair[] = []
  const findings: Finding[] = []
  const at = {line: 1, column: 1, offset: 0}
  for (const file of files) {
    if (used.has(file)) continue
    const lang = langOfName(file)
    if (lang === undefined) {
      findings.push(readerFinding('unpaired-file', 'info', 'noLangInName', {file}, file, at))
      continue
    }
    const candidates = partnerNames(file, lang)
    const partner = candidates.find((name) => present.has(name) && !used.has(name) && name !== file)
    if (partner === undefined) continue
    used.add(file).add(partner)
    pairs.push(lang === 'ru' ? {ru: file, en: partner} : {ru: partner, en: file})
  }
  for (const file of files) {
    if (used.has(file)) continue
    const lang = langOfName(file)
    if (lang === undefined) continue
    const [expected] = partnerNames(file, lang)
    findings.push(readerFinding('unpaired-file', 'warning', 'unpairedFile', {file, expected: expected ?? ''}, file, at))
  }
  return {pairs, findings}
}

/** The language a file's name gives it: a `.ru.md` suffix first, else the last `ru`/`en` folder. */
export function langOfName(file: string): Lang | undefined {
  const bySuffix = suffix.exec(file)?.[1]?.toLowerCase()
  if (bySuffix === 'ru' || bySuffix === 'en') return bySuffix
  const folders = file.split(/[\\/]/).slice(0, -1)
  for (let i = folders.length - 1; i >= 0; i--) {
    const folder = folders[i]?.toLowerCase()
    if (folder === 'ru' || folder === 'en') return folder
  }
  return undefined
}

/** Where the translation of `file` would be, most likely first: the suffix swapped, the folder swapped, both. */
function partnerNames(file: string, lang: Lang): string[] {
  const names: string[] = []
  const to = other[lang]
  const swapSuffix = (name: string) => name.replace(suffix, (_, code: string, ext: string) => `.${matchCase(to, code)}${ext}`)
  const swapFolder = (name: string) => {
    const parts = name.split(/([\\/])/)
    // Folders sit at even indexes before the file name; separators between them.
    for (let i = parts.length - 3; i >= 0; i -= 2) {
      const part = parts[i] as string
      if (part.toLowerCase() === lang) {
        parts[i] = matchCase(to, part)
        return parts.join('')
      }
    }
    return undefined
  }
  if (suffix.test(file)) names.push(swapSuffix(file))
  const folder = swapFolder(file)
  if (folder !== undefined) {
    names.push(folder)
    if (suffix.test(folder)) names.push(swapSuffix(folder))
  }
  return names
}

function matchCase(code: string, like: string): string {
  return like === like.toUpperCase() ? code.toUpperCase() : code
}
