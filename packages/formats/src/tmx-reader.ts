import {compareFindings, type Finding} from '@tolmach/core'
import {checkReadOptions} from './read-context.js'
import {tmxUnits} from './tmx-stream.js'
import type {ReadOptions, TmxHeader, TmxReadResult} from './types.js'

/**
 * Reads TMX (1.4b, and 1.1–1.3 files that use `lang`) into units whose
 * variants carry placeholder tokens re-created from the inline markup.
 * Problems become findings positioned in the TMX file, sorted by place, and
 * the good units are kept; nothing throws on content. Entities are never
 * expanded: the parser knows only XML's five, and a DOCTYPE that declares
 * entities is reported. For files too big to hold, use `tmxUnits`.
 */
export function readTmx(xml: string, options?: ReadOptions): TmxReadResult {
  checkReadOptions(options)
  if (typeof xml !== 'string') throw new TypeError('xml must be a string')
  const findings: Finding[] = []
  let header: TmxHeader | undefined
  const onHeader = (read: TmxHeader) => {
    header = read
  }
  const units = [...tmxUnits([xml], {file: options?.file, onHeader, onFinding: (f) => findings.push(f)})]
  findings.sort(compareFindings)
  return header ? {header, units, findings} : {units, findings}
}
