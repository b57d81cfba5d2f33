import {createFinding, type Finding, type Segment} from '@tolmach/core'
import {checkPair, checkPairOptions, isIncluded} from './pairs-include.js'
import {joinSegments} from './pairs-join.js'
import {formatScore, type Side, sideFile, sidePositions} from './pairs-side.js'
import {type TmxSettings, tmxHeader, tmxSettings} from './tmx-header.js'
import {tmxSegContent} from './tmx-inline.js'
import type {AlignedPair, TmxWriteOptions} from './types.js'
import {findingSource} from './write-context.js'
import {escapeXmlText, xmlAttributes} from './xml-escape.js'

/**
 * Writes TMX 1.4b in chunks: the header, then one `<tu>` per chunk, so a big
 * corpus never sits in memory twice. Pairs whose verdict `include` leaves out
 * are skipped; a pair with no segment on one side has only the other `<tuv>`
 * (a TM must not offer an empty translation).
 */
export function tmxChunks(pairs: Iterable<AlignedPair>, options?: TmxWriteOptions): Generator<string> {
  // Options are checked now, not at the first chunk, so misuse throws where it happens.
  checkPairOptions(options)
  return chunks(pairs, tmxSettings(options), options ?? {})
}

export function writeTmx(pairs: Iterable<AlignedPair>, options?: TmxWriteOptions): string {
  let out = ''
  for (const chunk of tmxChunks(pairs, options)) out += chunk
  return out
}

function* chunks(pairs: Iterable<AlignedPair>, settings: TmxSettings, options: TmxWriteOptions): Generator<string> {
  yield tmxHeader(settings)
  const report = options.onFinding ?? (() => {})
  let index = 0
  for (const pair of pairs) {
    checkPair(pair, index)
    index++
    if (!isIncluded(pair.verdict, options.include)) continue
    if (pair.source.length === 0 && pair.target.length === 0) {
      report(pairFinding(pair, 'tmx-empty-pair', `pair ${pair.id ?? index} has no segments; not written`, 'warning'))
      continue
    }
    yield tu(pair, pair.id ?? String(index), settings, report)
  }
  yield '  </body>\n</tmx>\n'
}

function tu(pair: AlignedPair, id: string, settings: TmxSettings, report: (finding: Finding) => void): string {
  let out = `    <tu${xmlAttributes({tuid: id, creationdate: settings.creationDate})}>\n`
  out += prop('x-verdict', pair.verdict)
  out += prop('x-score', formatScore(pair.score))
  for (const finding of pair.findings ?? []) {
    out += `      <note>${escapeXmlText(`${finding.severity} ${finding.ruleId}: ${finding.message}`)}</note>\n`
  }
  if (pair.source.length > 0) out += tuv(pair, 'source', settings.srcLang, report)
  if (pair.target.length > 0) out += tuv(pair, 'target', settings.tgtLang, report)
  return `${out}    </tu>\n`
}

function prop(type: string, value: string, indent = '      '): string {
  return `${indent}<prop type="${type}">${escapeXmlText(value)}</prop>\n`
}

/** One side: where each segment came from (`x-position`, `x-segment`), then the joined text. */
function tuv(pair: AlignedPair, side: Side, lang: string, report: (finding: Finding) => void): string {
  const segments = pair[side]
  let out = `      <tuv xml:lang="${lang}">\n`
  for (const position of sidePositions(pair, side)) out += prop('x-position', position, '        ')
  for (const segment of segments) out += prop('x-segment', segment.id, '        ')
  const {text, placeholders} = joinSegments(segments)
  const onInvalid = (code: number) => {
    report(invalidChar(pair, side, segments[0]!, code))
    return ''
  }
  return `${out}        <seg>${tmxSegContent(text, placeholders, onInvalid)}</seg>\n      </tuv>\n`
}

function invalidChar(pair: AlignedPair, side: Side, segment: Segment, code: number): Finding {
  const hex = code.toString(16).toUpperCase().padStart(4, '0')
  return createFinding({
    ruleId: 'xml-invalid-char',
    message: `U+${hex} cannot appear in XML 1.0 and was left out of the ${side} of pair ${pair.id ?? segment.id}`,
    source: findingSource,
    file: sideFile(pair, side, segment),
    place: segment.position,
    actual: `U+${hex}`
  })
}

function pairFinding(pair: AlignedPair, ruleId: string, message: string, severity: 'error' | 'warning'): Finding {
  return createFinding({ruleId, severity, message, source: findingSource, file: pair.sourceFile ?? pair.targetFile})
}
