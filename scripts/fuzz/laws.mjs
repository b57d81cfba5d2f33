// The laws every reader target is held to. Each returns a list of violations (strings); empty is good.
import {createLineIndex, offsetToPoint} from '../../packages/core/dist/index.js'

/** Every finding's start and end lie in the text and their line/column are those of their offset (core's line rule). */
export function badPositions(text, findings, points = []) {
  const lines = createLineIndex(text)
  const out = []
  const placed = [...findings.filter((f) => f.place).map((f) => [f.ruleId, [f.place.start, f.place.end]]), ...points.map((p) => ['point', [p]])]
  for (const [ruleId, where] of placed) {
    const f = {ruleId}
    for (const point of where) {
      if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > text.length) {
        out.push(`${f.ruleId}: offset ${point.offset} outside 0…${text.length}`)
        continue
      }
      const expected = offsetToPoint(lines, point.offset)
      if (expected.line !== point.line || expected.column !== point.column) {
        out.push(`${f.ruleId}: ${point.line}:${point.column} but offset ${point.offset} is ${expected.line}:${expected.column}`)
      }
    }
  }
  return out
}

/**
 * A good record put into a (mutated) file comes back, or the file has a
 * finding that names a problem (error or warning) for a reader to act on.
 */
export function lostRecord(result, marker) {
  if (result.texts.some((t) => t.includes(marker))) return undefined
  if (result.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) return undefined
  return `record ${marker} neither read nor named by a finding`
}
