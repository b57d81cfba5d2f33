import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Finding} from '@tolmach/core'
import {reportPath} from '@tolmach/report'

/**
 * The folder CI reports are relative to: `--root`, else the workspace the CI
 * service checked out (`GITHUB_WORKSPACE`, `CI_PROJECT_DIR`), else the git
 * work tree holding `cwd`, else `cwd`. GitHub attaches an annotation, and
 * GitLab a Code Quality entry, only when its path is relative to the
 * repository root, whatever folder the job ran the command in.
 */
export function reportRoot(option: string | undefined, env: Record<string, string | undefined>, cwd: string): string {
  if (option !== undefined && option !== '') return path.resolve(cwd, option)
  for (const name of ['GITHUB_WORKSPACE', 'CI_PROJECT_DIR']) {
    const value = env[name]
    if (value) return path.resolve(cwd, value)
  }
  return gitRoot(cwd) ?? cwd
}

/** The nearest folder up from `cwd` with a `.git` (a folder, or a file in a worktree or submodule). */
function gitRoot(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

/**
 * A path as given on the command line (relative to `cwd`) as CI wants it:
 * relative to `root`, forward slashes. A file outside the root keeps its
 * absolute path (`../../tmp/x.md` would name nothing in the repository);
 * standard input (`-` or its label) names no file and is kept as it is.
 */
export function rootedPath(file: string, cwd: string, root: string, keep: ReadonlySet<string>): string {
  if (keep.has(file)) return file
  return reportPath(path.resolve(cwd, file), root)
}

/** Findings with their files relative to the repository root, for the machine formats. */
export function rootedFindings(findings: readonly Finding[], cwd: string, root: string, keep: ReadonlySet<string>): Finding[] {
  const rooted = (file: string) => rootedPath(file, cwd, root, keep)
  return findings.map((finding) => {
    const related = finding.related?.map((r) => (r.file === undefined ? r : {...r, file: rooted(r.file)}))
    if (finding.file === undefined && related === undefined) return finding
    return {...finding, ...(finding.file === undefined ? {} : {file: rooted(finding.file)}), ...(related === undefined ? {} : {related})}
  })
}

export interface RootedReport {
  findings: Finding[]
  files: string[]
  root: string
}

/**
 * What a machine format (everything but `stylish`, which is for the person
 * at the terminal and keeps the paths they typed) is given: findings and
 * files relative to the repository root.
 */
export function rootReport(findings: readonly Finding[], files: readonly string[], format: string, place: {root?: string | undefined; cwd: string; env: Record<string, string | undefined>; stdinName: string}): RootedReport {
  const root = reportRoot(place.root, place.env, place.cwd)
  if (format === 'stylish') return {findings: [...findings], files: [...files], root}
  const keep = new Set(['-', place.stdinName])
  return {findings: rootedFindings(findings, place.cwd, root, keep), files: files.map((file) => rootedPath(file, place.cwd, root, keep)), root}
}
