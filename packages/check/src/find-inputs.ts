import {statSync} from 'node:fs'
import path from 'node:path'
import {globSync, isDynamicPattern} from 'tinyglobby'

/** Where a file came from: named on the command line, or found in a folder or by a pattern. */
export interface FoundFile {
  file: string
  /** `named`: given as is (a wrong one is the caller's usage error); `found`: by a folder walk or a glob. */
  how: 'named' | 'found'
}

export interface FoundInputs {
  files: FoundFile[]
  /** Folders and patterns that matched no file: a typo must not pass CI as a clean run. */
  unmatched: string[]
}

// What a folder walk picks up: documents and the bilingual files translators exchange. Tables (TSV, JSONL) are
// often glossaries or data in a docs tree, so they are checked only when named or matched by a pattern.
const walked = ['md', 'markdown', 'xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff', 'tmx']

export interface FindOptions {
  cwd: string
  /** Extensions a folder walk picks up (no dot); default Markdown, XLIFF and TMX. */
  extensions?: readonly string[]
}
const skipped = ['**/node_modules/**', '**/.git/**']

/**
 * Expands command-line inputs: a file stays as given (`-` is standard
 * input), a folder becomes the Markdown, XLIFF and TMX files under it, a
 * glob (`docs/**\/*.md`) the files it matches. Found files are sorted, so
 * runs are reproducible, and keep the folder or pattern as typed in front
 * (`docs/ru/a.md`, not an absolute path). `node_modules` and `.git` are
 * never walked into. A name that does not exist and is no pattern stays a
 * named file: reading it says it is missing.
 */
export function findInputs(args: readonly string[], options: FindOptions): FoundInputs {
  const out: FoundInputs = {files: [], unmatched: []}
  const seen = new Set<string>()
  const add = (file: string, how: FoundFile['how']) => {
    const key = file === '-' ? file : path.resolve(options.cwd, file)
    if (seen.has(key)) return
    seen.add(key)
    out.files.push({file, how})
  }
  for (const arg of args) {
    const kind = arg === '-' ? 'file' : kindOf(path.resolve(options.cwd, arg))
    if (kind === 'file' || (kind === undefined && !isDynamicPattern(arg))) {
      add(arg, 'named')
      continue
    }
    const found = kind === 'folder' ? walk(arg, options.cwd, options.extensions ?? walked) : match(arg, options.cwd)
    if (found.length === 0) out.unmatched.push(arg)
    for (const file of found) add(file, 'found')
  }
  return out
}

function kindOf(absolute: string): 'file' | 'folder' | undefined {
  try {
    const stat = statSync(absolute)
    return stat.isDirectory() ? 'folder' : 'file'
  } catch {
    return undefined
  }
}

function walk(folder: string, cwd: string, extensions: readonly string[]): string[] {
  // A brace of one alternative is no alternation to picomatch: `*.{md}` would match nothing.
  const ext = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`
  const names = globSync(`**/*.${ext}`, {cwd: path.resolve(cwd, folder), ignore: skipped, onlyFiles: true, caseSensitiveMatch: false})
  const prefix = folder.replace(/[\\/]+$/, '')
  return names.sort(byPath).map((name) => (prefix === '' || prefix === '.' ? name : `${prefix}/${name}`))
}

function match(pattern: string, cwd: string): string[] {
  const absolute = path.isAbsolute(pattern)
  return globSync(pattern, {cwd, absolute, ignore: skipped, onlyFiles: true, expandDirectories: false}).sort(byPath)
}

// Code-unit order, not the locale's: the same on every machine.
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
