/** How a YAML scalar is written: the `yaml` package's `Scalar.type`. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'

/**
 * Where each character of a scalar's value was written: `from[i]` is the
 * source offset of the character (or escape) that gave `value[i]`, `to[i]`
 * the offset just past it. Folded line breaks and escapes make the two
 * differ from a plain copy.
 */
export interface ValueSpans {
  from: number[]
  to: number[]
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r'
const isBlank = (c: string | undefined) => c === ' ' || c === '\t'
const isValueSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n'

/** Source characters an escape `\x…` takes, and how many UTF-16 units of value it gives. */
function escapeLength(source: string, at: number): {length: number; units: number} {
  const kind = source[at + 1]
  const digits = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0
  if (digits === 0) return {length: 2, units: 1}
  const code = Number.parseInt(source.slice(at + 2, at + 2 + digits), 16)
  return {length: 2 + digits, units: code > 0xffff ? 2 : 1}
}

/**
 * Aligns a scalar's value with its source text `[start, end)` (quotes and a
 * block header excluded by the caller): equal characters map one to one,
 * `''` and escapes give one character, and a run of blanks and line breaks
 * that the scalar folds maps to where the run starts. Returns undefined when
 * the two cannot be aligned, so the caller falls back to the whole range.
 */
export function alignScalar(value: string, source: string, start: number, end: number, style: ScalarStyle): ValueSpans | undefined {
  const from: number[] = []
  const to: number[] = []
  let i = 0
  let j = start
  while (i < value.length) {
    if (j >= end) return undefined
    const c = source[j]
    if (style === 'QUOTE_DOUBLE' && c === '\\') {
      if (isBreak(source[j + 1])) {
        // An escaped line break joins the lines: no character of its own.
        j++
        while (j < end && (isBreak(source[j]) || isBlank(source[j]))) j++
        continue
      }
      const {length, units} = escapeLength(source, j)
      for (let k = 0; k < units; k++) {
        from.push(j)
        to.push(j + length)
      }
      i += units
      j += length
      continue
    }
    if (style === 'QUOTE_SINGLE' && c === "'" && source[j + 1] === "'") {
      from.push(j)
      to.push(j + 2)
      i++
      j += 2
      continue
    }
    if (isBreak(c) || isBlank(c)) {
      let k = j
      let folded = false
      while (k < end && (isBreak(source[k]) || isBlank(source[k]))) {
        if (isBreak(source[k])) folded = true
        k++
      }
      if (folded || !isValueSpace(value[i])) {
        // A folded run (or indentation the value leaves out): the value's blanks, if any, stand for all of it.
        while (i < value.length && isValueSpace(value[i])) {
          from.push(j)
          to.push(k)
          i++
        }
        j = k
        continue
      }
    }
    if (c !== value[i]) return undefined
    from.push(j)
    to.push(j + 1)
    i++
    j++
  }
  // Anything but blanks left over means a character was taken for another.
  for (; j < end; j++) if (!isBreak(source[j]) && !isBlank(source[j])) return undefined
  return {from, to}
}
