import path from 'node:path'
import {createFinding, type Finding, type Point} from '@tolmach/core'
import type {ReadUnit, TmxUnit} from '@tolmach/formats'
import type {EntryInput, EntryOrigin} from '@tolmach/memory'

export interface ReadPairs {
  entries: EntryInput[]
  findings: Finding[]
}

export interface PairLangs {
  sourceLang: string
  targetLang: string
}

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0]!

/** A TMX date (20261121T061758Z) as ISO 8601. */
function tmxDate(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value) : null
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : undefined
}

/**
 * Pairs of a file for the memory, by extension: TMX (every unit with both
 * languages; `x-…` props, dates, creationid kept), XLIFF 1.2/2.x (approved
 * or final targets only), TSV and JSONL pairs as `tolmach align` writes
 * them (verdict `ok` only). A unit that cannot be used is a finding, the
 * rest is read.
 */
export async function readPairsFile(file: string, text: string, langs: PairLangs, kind: EntryOrigin['kind']): Promise<ReadPairs> {
  const ext = path.extname(file).toLowerCase()
  const formats = await import('@tolmach/formats')
  if (ext === '.tmx') {
    const read = formats.readTmx(text, {file})
    const entries: EntryInput[] = []
    const findings = [...read.findings]
    for (const unit of read.units) {
      const entry = tmxEntry(unit, file, langs, kind)
      if (entry) entries.push(entry)
      else findings.push(skipped(file, unit.position, `unit ${unit.id ?? ''} has no ${langs.sourceLang} and ${langs.targetLang} text; not imported`.replace('  ', ' ')))
    }
    return {entries, findings}
  }
  if (ext === '.xlf' || ext === '.xliff' || ext === '.xlf2') {
    const read = /version="2/.test(text.slice(0, 500)) ? formats.readXliff2(text, {file}) : formats.readXliff12(text, {file})
    const entries: EntryInput[] = []
    const findings = [...read.findings]
    for (const document of read.documents) {
      const sourceLang = primary(document.sourceLang ?? langs.sourceLang)
      const targetLang = primary(document.targetLang ?? langs.targetLang)
      for (const unit of document.units) {
        if (unit.target === undefined || unit.target.trim() === '') continue
        if (!approved(unit)) continue
        entries.push({
          source: unit.source,
          target: unit.target,
          sourceLang,
          targetLang,
          placeholders: {source: unit.placeholders, target: unit.targetPlaceholders ?? []},
          origin: {kind, file, position: `${unit.position.line}:${unit.position.column}`}
        })
      }
    }
    return {entries, findings}
  }
  if (ext === '.tsv' || ext === '.jsonl') return readPairRows(file, text, ext, langs, kind)
  throw new TypeError(`${file}: not a TMX, XLIFF, TSV or JSONL file`)
}

function approved(unit: ReadUnit): boolean {
  const state = unit.state ?? ''
  return ['final', 'signed-off', 'reviewed'].includes(state) || unit.stateQualifier === 'approved'
}

function tmxEntry(unit: TmxUnit, file: string, langs: PairLangs, kind: EntryOrigin['kind']): EntryInput | undefined {
  const source = unit.variants.find((v) => primary(v.lang) === langs.sourceLang)
  const target = unit.variants.find((v) => primary(v.lang) === langs.targetLang)
  if (!source || !target || source.text.trim() === '' || target.text.trim() === '') return undefined
  const props: Record<string, string> = {}
  let verdict: string | undefined
  let score: number | undefined
  let project: string | undefined
  for (const prop of unit.props) {
    if (prop.type === 'x-verdict') verdict = prop.value
    else if (prop.type === 'x-score' && Number.isFinite(Number(prop.value))) score = Number(prop.value)
    else if (prop.type === 'x-project') project = prop.value
    else if (prop.type.startsWith('x-')) props[prop.type] = prop.value
  }
  const position = source.props.find((p) => p.type === 'x-position')?.value
  const entry: EntryInput = {
    source: source.text,
    target: target.text,
    sourceLang: langs.sourceLang,
    targetLang: langs.targetLang,
    placeholders: {source: source.placeholders, target: target.placeholders},
    origin: {kind, file, position: position ?? `${unit.position.line}:${unit.position.column}`},
    props
  }
  const created = tmxDate(unit.attributes['creationdate'])
  const changed = tmxDate(unit.attributes['changedate'])
  if (created) entry.created = created
  if (changed ?? created) entry.changed = (changed ?? created)!
  if (unit.attributes['creationid']) entry.user = unit.attributes['creationid']
  if (project) entry.project = project
  if (verdict !== undefined) entry.verdict = verdict
  if (score !== undefined) entry.score = score
  return entry
}

function readPairRows(file: string, text: string, ext: string, langs: PairLangs, kind: EntryOrigin['kind']): ReadPairs {
  const entries: EntryInput[] = []
  const findings: Finding[] = []
  const lines = text.split(/\r?\n/)
  let header: string[] | undefined
  let offset = 0
  lines.forEach((line, i) => {
    const place = {line: i + 1, column: 1, offset}
    offset += line.length + 1
    if (line.trim() === '') return
    let row: Record<string, unknown>
    if (ext === '.tsv') {
      const cells = line.split('\t').map((c) => c.replace(/\\t/g, '\t').replace(/\\n/g, '\n').replace(/\\\\/g, '\\'))
      if (!header) {
        header = cells.includes('source') && cells.includes('target') ? cells : ['source', 'target']
        if (header === cells) return
      }
      row = Object.fromEntries(header.map((name, k) => [name, cells[k]]))
    } else {
      try {
        row = JSON.parse(line) as Record<string, unknown>
      } catch {
        findings.push(skipped(file, place, `line ${i + 1} is not JSON; not imported`))
        return
      }
    }
    const side = (value: unknown) => (typeof value === 'string' ? value : typeof (value as {text?: unknown})?.text === 'string' ? (value as {text: string}).text : undefined)
    const source = side(row['source'])
    const target = side(row['target'])
    const verdict = typeof row['verdict'] === 'string' ? row['verdict'] : undefined
    if (source === undefined || target === undefined || source.trim() === '' || target.trim() === '') {
      findings.push(skipped(file, place, `line ${i + 1} has no source and target text; not imported`))
      return
    }
    if (verdict !== undefined && verdict !== 'ok') return
    const entry: EntryInput = {source, target, ...langs, origin: {kind, file, position: `${i + 1}:1`}}
    if (verdict !== undefined) entry.verdict = verdict
    const score = Number(row['score'])
    if (row['score'] !== undefined && row['score'] !== '' && Number.isFinite(score)) entry.score = score
    entries.push(entry)
  })
  return {entries, findings}
}

function skipped(file: string, point: Point, message: string): Finding {
  return createFinding({
    ruleId: 'tm-unit-skipped',
    severity: 'warning',
    message,
    source: 'tolmach-memory',
    file,
    place: {start: point, end: point}
  })
}
