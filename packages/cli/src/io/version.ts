import {readFileSync} from 'node:fs'

/** The package version, read from package.json beside `dist/` (one small file, no JSON import needed). */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return pkg.version
}
