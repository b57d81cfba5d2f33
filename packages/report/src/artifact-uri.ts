import {reportPath} from './report-path.js'

const windowsDrive = /^[A-Za-z]:\//

/**
 * A file as a SARIF `artifactLocation`: a relative URI reference resolved
 * against `%SRCROOT%` (what GitHub code scanning expects), or a `file://`
 * URI for an absolute path outside `root`. Each segment is percent-encoded,
 * so spaces, Cyrillic and a `:` in the first segment (which would read as a
 * scheme) survive.
 */
export function artifactLocation(file: string, root?: string): {uri: string; uriBaseId?: string} {
  const relative = reportPath(file, root)
  const encoded = relative.split('/').map(encodeURIComponent).join('/')
  if (windowsDrive.test(relative)) return {uri: `file:///${relative.slice(0, 2)}${encoded.slice(4)}`}
  if (relative.startsWith('/')) return {uri: `file://${encoded}`}
  return {uri: encoded, uriBaseId: '%SRCROOT%'}
}
