import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/**
 * Where each character of a plain text came from in the source: the source
 * span `[from[i], to[i])` produced `plain[i]`. An escaped `\*` spans two source
 * characters, a character reference like `&amp;` spans the whole reference.
 * Typed arrays that grow by doubling: one pair per block, not one number
 * object per character, keeps the garbage collector out of the way.
 */
export class SourceSpans {
  from: Int32Array
  to: Int32Array
  length = 0

  constructor(capacity = 16) {
    this.from = new Int32Array(Math.max(16, capacity))
    this.to = new Int32Array(Math.max(16, capacity))
  }

  push(from: number, to: number): void {
    if (this.length === this.from.length) this.reserve(1)
    this.from[this.length] = from
    this.to[this.length++] = to
  }

  /** Makes room for `count` more spans. */
  reserve(count: number): void {
    const need = this.length + count
    if (need <= this.from.length) return
    let capacity = this.from.length * 2
    while (capacity < need) capacity *= 2
    const from2 = new Int32Array(capacity)
    const to2 = new Int32Array(capacity)
    from2.set(this.from.subarray(0, this.length))
    to2.set(this.to.subarray(0, this.length))
    this.from = from2
    this.to = to2
  }

  /** The source offset a character maps to: past the backslash of an escape. */
  at(index: number, source: string): number {
    const from = this.from[index]!
    return this.to[index]! - from === 2 && source.charCodeAt(from) === 92 ? from + 1 : from
  }
}

const reference = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
  )
}

function decodeNumeric(codePoint: number): string {
  // CommonMark: NUL, surrogates and values past Unicode become U+FFFD.
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '\ufffd'
  return String.fromCodePoint(codePoint)
}

/** The text a character reference at `at` decodes to, and its source length. */
function readReference(source: string, at: number, to: number): [string, number] | undefined {
  reference.lastIndex = at
  const match = reference.exec(source)
  if (!match || at + match[0].length > to) return undefined
  let decoded: string | false
  if (match[1] !== undefined) decoded = decodeNumeric(Number.parseInt(match[1], 10))
  else if (match[2] !== undefined) decoded = decodeNumeric(Number.parseInt(match[2], 16))
  else decoded = decodeNamedCharacterReference(match[3]!)
  return decoded === false ? undefined : [decoded, match[0].length]
}

/**
 * Aligns a value mdast derived from `source[start, end)` (a text node's value,
 * an image's alt, a title) with that source, appending one span per value
 * character. Source characters the value does not show (container prefixes
 * `> ` and list indentation after a line ending, trailing spaces before it,
 * emphasis markers inside an alt) are skipped. One forward pass: linear.
 */
export function alignValue(value: string, source: string, start: number, end: number, spans: SourceSpans): void {
  let s = start
  // Every value character gets exactly one span, so room for all of them up front.
  spans.reserve(value.length)
  // Without ampersands and carriage returns, a line of the value that the
  // source shows verbatim at `s` gets one source character per value
  // character: compared and filled in bulk. A line with a backslash is taken
  // so only when it fills its source up to the node's end or a line end: then
  // no backslash of it escaped anything (an autolink literal, `www.e.org\\>`),
  // while `а\\` (an escaped backslash) has a source character left over.
  const verbatim = !value.includes('&') && !value.includes('\r')
  const backslashes = value.includes('\\')
  let lineStart = 0
  for (let i = 0; i < value.length; ) {
    if (verbatim && i === lineStart) {
      let stop = value.indexOf('\n', i)
      if (stop < 0) stop = value.length
      const n = stop - i
      // `slice` + `===` compares natively; V8's `startsWith` is several times slower.
      const line = n === value.length ? value : value.slice(i, stop)
      const whole = !backslashes || !line.includes('\\') || s + n === end || source.charCodeAt(s + n) === 10 || source.charCodeAt(s + n) === 13
      if (n > 0 && s + n <= end && whole && source.slice(s, s + n) === line) {
        const {from, to} = spans
        const base = spans.length - s
        for (const last = s + n; s < last; s++) {
          from[base + s] = s
          to[base + s] = s + 1
        }
        spans.length += n
        i = stop
        continue
      }
    }
    const code = value.charCodeAt(i)
    // Fast path for the common case, a character the source shows as it is:
    // what the general loop below would do for it, minus its checks.
    if (s < end && source.charCodeAt(s) === code && code !== 92 && code !== 38 && code !== 10 && code !== 13) {
      const n = spans.length
      spans.from[n] = s
      spans.to[n] = s + 1
      spans.length = n + 1
      s++
      i++
      continue
    }
    let matched = 0
    while (s < end) {
      const sc = source.charCodeAt(s)
      if (sc === 92 && s + 1 < end && source.charCodeAt(s + 1) === code && isAsciiPunctuation(code)) {
        spans.push(s, s + 2)
        s += 2
        matched = 1
        break
      }
      if (sc === 38) {
        const ref = readReference(source, s, end)
        if (ref && value.startsWith(ref[0], i) && source.slice(s, s + ref[1]) !== value.slice(i, i + ref[1])) {
          for (let k = 0; k < ref[0].length; k++) {
            spans.push(s, s + ref[1])
          }
          s += ref[1]
          matched = ref[0].length
          break
        }
      }
      if (sc === code) {
        spans.push(s, s + 1)
        s++
        matched = 1
        break
      }
      s++
    }
    if (matched === 0) {
      // The source ran out (should not happen with remark's values): pin the rest to the end.
      for (; i < value.length; i++) {
        spans.push(end, end)
      }
      return
    }
    i += matched
    if (code === 10 || code === 13) {
      // Container prefixes of the next line: `>` markers and indentation.
      const run = s
      while (s < end) {
        const sc = source.charCodeAt(s)
        if (sc !== 32 && sc !== 9 && sc !== 62) break
        s++
      }
      // …except a `>` the parser read as text (after a table-like `|` line): the
      // value's own leading `>`s, when the run ends with them, are the value's.
      const lead = /^[ \t>]*/.exec(value.slice(i, i + 64))![0]
      if (lead !== '' && s - run >= lead.length && source.slice(s - lead.length, s) === lead) s -= lead.length
      lineStart = i
    }
  }
}
