import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Where the shared evaluation data and schemas live: `TOLMACH_SHARED`, else
 * `../shared` beside the checkout, else `/work/shared` (a clone made
 * elsewhere on the development machine). Throws when none exists, because a
 * benchmark or interop test without its data must fail, not pass.
 */
export function sharedDir() {
  const candidates = [process.env.TOLMACH_SHARED, path.resolve(root, '../shared'), '/work/shared']
  for (const dir of candidates) if (dir && existsSync(path.join(dir, 'schemas'))) return dir
  throw new Error(`shared data not found; looked in ${candidates.filter(Boolean).join(', ')}; set TOLMACH_SHARED`)
}

export const repoRoot = root
