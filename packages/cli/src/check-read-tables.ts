import {createFinding, type Finding, type Lang, type OffsetMap} from '@tolmach/core'
import {unescapeTsvField} from '@tolmach/formats'
import {type CheckPair, lineIndexOf} from './check-pair.js'
import type {ReadPairs} from './check-read-xml.js'
import type {InputText} from './read-input.js'
import type {Translate} from './i18n.js'

const source = 'tolmach-check'

/**
 * TSV of pairs: `tolmach align -f tsv` output (columns `source`, `target`),
 * a header naming the languages (`ru⇥en`), or two columns without a header.
 * Fields use the `\t`/`\n`/`\\` escapes tolmach writes.
 */
export function readTsvPairs(input: InputText, sourceLang: Lang, targetLang: Lang, t: Translate): ReadPairs {
  const lines = lineIndexOf(input.text)
  const pairs: CheckPair[] = []
  const findings: Finding[] = []
  let columns: [number, number] = [0, 1]
  let offset = input.text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 0
  for (const raw of input.text.slice(offset).split('\n')) {
    line++
    const start = offset
    offset += raw.length + 1
    const text = raw.replace(/\r$/, '')
    if (text.trim() === '') continue
    const fields = text.split('\t')
    if (line === 1) {
      const names = fields.map((f) => f.trim().toLowerCase())
      const s = names.findIndex((n) => n === 'source' || n === sourceLang)
      const g = names.findIndex((n) => n === 'target' || n === targetLang)
      if (s >= 0 && g >= 0) {
        columns = [s, g]
        continue
      }
    }
    const [s, g] = columns
    if (fields.length <= Math.max(s, g)) {
      const at = {line, column: 1, offset: start}
      findings.push(createFinding({ruleId: 'check-row-columns', severity: 'error', message: t('check.rowColumns', {count: Math.max(s, g) + 1, found: fields.length}), source, file: input.file, place: {start: at, end: at}}))
      continue
    }
    const fieldStart = (k: number) => start + fields.slice(0, k).reduce((n, f) => n + f.length + 1, 0)
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

/**
 * JSONL of pairs: `tolmach align -f jsonl` records (`source.text`,
 * `target.text`) or plain `{"source": "…", "target": "…"}` objects. A line
 * that is not such a record is a finding at its line; the others are read.
 */
export function readJsonlPairs(input: InputText, t: Translate): ReadPairs {
  const lines = lineIndexOf(input.text)
  const pairs: CheckPair[] = []
  const findings: Finding[] = []
  let offset = 0
  let line = 0
  for (const raw of input.text.split('\n')) {
    line++
    const start = offset
    offset += raw.length + 1
    const bom = line === 1 && raw.charCodeAt(0) === 0xfeff ? 1 : 0
    const text = raw.slice(bom).replace(/\r$/, '')
    if (text.trim() === '') continue
    const fail = (message: string) => {
      const at = {line, column: 1, offset: start}
      findings.push(createFinding({ruleId: 'check-jsonl-record', severity: 'error', message, source, file: input.file, place: {start: at, end: at}}))
    }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      fail(t('check.notJson', {reason: (error as Error).message}))
      continue
    }
    const record = value as {id?: unknown; source?: unknown; target?: unknown}
    const side = (v: unknown) => (typeof v === 'string' ? v : typeof (v as {text?: unknown})?.text === 'string' ? (v as {text: string}).text : undefined)
    const src = side(record?.source)
    const tgt = side(record?.target)
    if (src === undefined || tgt === undefined) {
      fail(t('check.notPairRecord'))
      continue
    }
    // The target's JSON string literal: after the "target" key (and its "text" key for align records).
    const key = text.indexOf('"target"')
    const literal = jsonStringAfter(text, typeof record.target === 'string' ? key + 8 : text.indexOf('"text"', key) + 6)
    const base = start + bom
    pairs.push({
      id: typeof record.id === 'string' ? record.id : String(line),
      source: src,
      target: tgt,
      file: input.file,
      map: literal < 0 ? [[0, base]] : escapedMap(text.slice(literal + 1), base + literal + 1, /\\(?:u[0-9a-fA-F]{4}|.)/g),
      lines: lines()
    })
  }
  return {pairs, findings}
}

/** Offset of the opening quote of the first string literal after `from`, or -1. */
function jsonStringAfter(text: string, from: number): number {
  if (from < 0) return -1
  const colon = text.indexOf(':', from)
  return colon < 0 ? -1 : text.indexOf('"', colon)
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
