import type {ReadOptions, ReadResult} from './types.js'
import {parseXliff, xliffMajorVersion} from './xliff-read.js'
import {readXliff2Parsed} from './xliff2-reader.js'
import {readXliff12Parsed} from './xliff12-reader.js'

/**
 * Reads XLIFF 1.2 or 2.x, told apart by the root element itself (its
 * namespace, else its `version`), however long the prolog or comments
 * before it: the file is parsed once and read by the version it declares.
 */
export function readXliff(xml: string, options?: ReadOptions): ReadResult & {version: 1 | 2 | undefined} {
  const parsed = parseXliff(xml, options)
  if (!parsed.root) return {documents: [], findings: parsed.context.findings, version: undefined}
  const version = xliffMajorVersion(parsed.root)
  return {...(version === 2 ? readXliff2Parsed(parsed, options) : readXliff12Parsed(parsed, options)), version}
}
