import {type Finding, type Lang, type LineIndex, type OffsetMap, offsetToPoint} from '@tolmach/core'
import {unescapeTsvField} from '@tolmach/formats'
import {type ReadPair, lineIndexOf} from './read-pair.js'
import type {ReadPairs} from './read-xml.js'
import {type InputText, readerFinding} from './read-messages.js'
import {parseJsonc} from './read-jsonc.js'

/**
 * TSV of pairs: `tolmach align -f tsv` output (columns `source`, `target`),
 * a header naming the languages (`ru⇥en`), or two columns without a header.
 * Fields use the `\t`/`\n`/`\\` escapes tolmach writes.
 */
export function readTsvPairs(input: InputText, sourceLang: Lang, targetLang: Lang): ReadPairs {
  const lines = lineIndexOf(input.text)
  const pairs: ReadPair[] = []
  const findings: Finding[] = []
  let columns: [number, number] = [0, 1]
  let headerColumns: number | undefined
  let shaped: [number, string][] = []
  // Core's line rule: `\r\n`, `\n` and a lone `\r` each end a line.
  for (const {line, start, text} of linesOf(input.text, lines())) {
    if (text.trim() === '') continue
    const fields = text.split('\t')
    if (line === 1) {
      const names = fields.map((f) => f.trim().toLowerCase())
      const s = names.findIndex((n) => n === 'source' || n === sourceLang)
      const g = names.findIndex((n) => n === 'target' || n === targetLang)
      if (s >= 0 && g >= 0) {
        // A second `source` (or `target`) column leaves which one to check a guess: refuse the file, name the column.
        const isSource = (n: string) => n === 'source' || n === sourceLang
        const isTarget = (n: string) => n === 'target' || n === targetLang
        const twice = names.findIndex((n, k) => (k > s && isSource(n)) || (k > g && isTarget(n)))
        if (twice >= 0) {
          const at = offsetToPoint(lines(), start + fields.slice(0, twice).reduce((n, f) => n + f.length + 1, 0))
          const first = isSource(names[twice]!) ? s : g
          findings.push(readerFinding('check-header-columns', 'error', 'headerColumnTwice', {name: fields[twice]!.trim(), first: first + 1, second: twice + 1}, input.file, at))
          return {pairs, findings}
        }
        columns = [s, g]
        headerColumns = fields.length
        shaped = names.flatMap((n, k) => (Object.hasOwn(cellShapes, n) ? [[k, n] as [number, string]] : []))
        continue
      }
    }
    const [s, g] = columns
    if (fields.length <= Math.max(s, g)) {
      const at = offsetToPoint(lines(), start)
      findings.push(readerFinding('check-row-columns', 'error', 'rowColumns', {count: Math.max(s, g) + 1, found: fields.length}, input.file, at))
      continue
    }
    // More cells than the header names (two without a header): rows run together or a stray tab; the rest is not read.
    const expected = headerColumns ?? 2
    if (fields.length > expected) {
      const at = offsetToPoint(lines(), start)
      findings.push(readerFinding('check-row-columns', 'warning', 'rowExtraColumns', {count: expected, found: fields.length}, input.file, at))
    }
    const fieldStart = (k: number) => start + fields.slice(0, k).reduce((n, f) => n + f.length + 1, 0)
    // Columns of `align -f tsv` have known shapes; one that does not fit means a row ran into this one (a lost line end).
    const misfit = shaped.find(([k, n]) => fields[k] !== undefined && !cellShapes[n]!.test(fields[k]!))
    if (misfit) {
      const at = offsetToPoint(lines(), fieldStart(misfit[0]))
      findings.push(readerFinding('check-row-columns', 'warning', 'cellShape', {name: misfit[1], value: fields[misfit[0]]!.slice(0, 60)}, input.file, at))
    }
    pairs.push({
      id: String(line),
      source: unescapeTsvField(fields[s]!).value,
      target: unescapeTsvField(fields[g]!).value,
      file: input.file,
      map: escapedMap(fields[g]!, fieldStart(g), /\\./g),
      lines: lines()
    })
  }
  return {pairs, findings}
}

/** What each column that `align -f tsv` writes besides the texts holds (formats' pairsTsvHeader). */
const position = String.raw`[^;\t]*:\d+:\d+`
const cellShapes: Record<string, RegExp> = {
  verdict: /^(ok|warning|error)?$/,
  score: /^(-?\d+(\.\d+)?(e-?\d+)?)?$/,
  source_position: new RegExp(`^(${position}(;${position})*)?$`),
  target_position: new RegExp(`^(${position}(;${position})*)?$`),
  rules: /^([\w./:-]+(,[\w./:-]+)*)?$/
}

/** Each line of a text by core's line index, without its line end (and without a leading BOM). */
function* linesOf(text: string, index: LineIndex): Generator<{line: number; start: number; text: string}> {
  const starts = index.lineStarts
  for (let k = 0; k < starts.length; k++) {
    const start = k === 0 && text.charCodeAt(0) === 0xfeff ? 1 : starts[k]!
    const end = starts[k + 1] ?? text.length
    yield {line: k + 1, start, text: text.slice(start, end).replace(/\r?\n$|\r$/, '')}
  }
}

/**
 * JSONL of pairs: `tolmach align -f jsonl` records (`source.text`,
 * `target.text`) or plain `{"source": "…", "target": "…"}` objects. A line
 * that is not such a record is a finding at its line; the others are read.
 * The target is placed by a JSON parser that keeps positions, not by a search.
 */
export function readJsonlPairs(input: InputText): ReadPairs {
  const lines = lineIndexOf(input.text)
  const pairs: ReadPair[] = []
  const findings: Finding[] = []
  for (const {line, start, text} of linesOf(input.text, lines())) {
    if (text.trim() === '') continue
    const fail = (messageId: 'notJson' | 'notPairRecord', data: Record<string, string> = {}) => {
      findings.push(readerFinding('check-jsonl-record', 'error', messageId, data, input.file, offsetToPoint(lines(), start)))
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      fail('notJson', {reason: (error as Error).message})
      continue
    }
    const record = value as {id?: unknown; source?: unknown; target?: unknown}
    const side = (v: unknown) => (typeof v === 'string' ? v : typeof (v as {text?: unknown})?.text === 'string' ? (v as {text: string}).text : undefined)
    const src = side(record?.source)
    const tgt = side(record?.target)
    const literal = src === undefined || tgt === undefined ? undefined : targetLiteral(text)
    if (src === undefined || tgt === undefined || literal === undefined) {
      fail('notPairRecord')
      continue
    }
    pairs.push({
      id: typeof record.id === 'string' ? record.id : String(line),
      source: src,
      target: tgt,
      file: input.file,
      map: escapedMap(text.slice(literal + 1), start + literal + 1, /\\(?:u[0-9a-fA-F]{4}|.)/g),
      lines: lines()
    })
  }
  return {pairs, findings}
}

/** Offset of the opening quote of the record's target string (`target` or `target.text`; the last key wins, as in JSON.parse). */
function targetLiteral(text: string): number | undefined {
  // Nested past the parser's depth: no pair record is.
  const root = parseJsonc(text)
  if (root === undefined) return undefined
  const entry = (node: typeof root | undefined, key: string) => (node?.type === 'object' ? node.children?.findLast((p) => p.children?.[0]?.value === key)?.children?.[1] : undefined)
  const target = entry(root, 'target')
  const string = target?.type === 'string' ? target : entry(target, 'text')
  return string?.type === 'string' ? string.offset : undefined
}

/** Offset map of a field whose escapes each stand for one character (surrogates aside). */
function escapedMap(raw: string, base: number, pattern: RegExp): OffsetMap {
  const map: OffsetMap = [[0, base]]
  let removed = 0
  for (const m of raw.matchAll(pattern)) {
    removed += m[0].length - 1
    map.push([m.index + m[0].length - removed, base + m.index + m[0].length])
  }
  return map
}
