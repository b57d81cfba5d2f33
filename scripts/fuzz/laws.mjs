// The laws every reader target is held to. Each returns a list of violations (strings); empty is good.
import {misplacedPoints} from '../../packages/core/dist/index.js'

/** Every finding's start and end (and each extra point) lie in the text and their line/column are those of their offset (core's line rule). */
export function badPositions(text, findings, points = []) {
  return misplacedPoints(text, [...findings, ...points.map((p) => ({ruleId: 'point', place: {start: p, end: p}}))])
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
