import path from 'node:path'

/**
 * The path CI services want: forward slashes, relative to the repository
 * root when `root` is given and the file is absolute, no leading `./`.
 * GitHub, GitLab and SARIF consumers match these against repository files.
 */
export function reportPath(file: string, root?: string): string {
  let result = file
  if (root !== undefined && path.isAbsolute(file)) result = path.relative(root, file) || '.'
  result = result.replaceAll('\\', '/')
  while (result.startsWith('./')) result = result.slice(2)
  return result
}
