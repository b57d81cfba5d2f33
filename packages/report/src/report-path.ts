import path from 'node:path'

/**
 * The path CI services want: forward slashes, relative to the repository
 * root when `root` is given and the file is absolute and inside it, no
 * leading `./`. GitHub, GitLab and SARIF consumers match these against
 * repository files; a file outside the root keeps its absolute path, since
 * `../../tmp/x.md` names nothing in the repository.
 */
export function reportPath(file: string, root?: string): string {
  let result = file
  if (root !== undefined && path.isAbsolute(file)) {
    const relative = path.relative(root, file)
    const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
    if (!outside) result = relative || '.'
  }
  result = result.replaceAll('\\', '/')
  while (result.startsWith('./')) result = result.slice(2)
  return result
}
