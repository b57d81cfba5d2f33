// Seed corpora: the repository's own fixtures (including the fuzz repros of issue 9).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Texts of the files in `dirs` (relative to the repository) whose names match `pattern`. */
export function seedFiles(dirs, pattern) {
  const out = []
  for (const dir of dirs) {
    const full = path.join(repoRoot, dir)
    let names = []
    try {
      names = readdirSync(full)
    } catch {
      continue
    }
    for (const name of names.sort()) {
      if (!pattern.test(name)) continue
      const text = readFileSync(path.join(full, name), 'utf8')
      // Big seeds slow every mutation down without finding more.
      if (text.length <= 120_000) out.push(text)
    }
  }
  return out
}

/** Inserts `piece` before the last `marker` of a text, else at the start of a line picked by `where` (0…1). */
export function insertBefore(text, marker, piece, where) {
  const at = text.lastIndexOf(marker)
  if (at >= 0) return text.slice(0, at) + piece + text.slice(at)
  return insertAtLine(text, piece, where)
}

export function insertAtLine(text, piece, where) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  const at = starts[Math.floor(where * starts.length)] ?? text.length
  return `${text.slice(0, at)}${piece}\n${text.slice(at)}`
}

export const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
