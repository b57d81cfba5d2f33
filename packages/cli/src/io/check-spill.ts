import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {compareFindings, type Finding, type Severity} from '@tolmach/core'

// Characters gathered before one write: a few hundred findings.
const bufferChars = 1 << 16

/** Report order: file, place, severity, then rule (as @tolmach/report sorts). */
export function reportOrder(a: Finding, b: Finding): number {
  const order = compareFindings(a, b)
  if (order !== 0) return order
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0
}

/**
 * The findings of the pairs of a check, kept in a temp file (one JSON line
 * each) rather than in memory: a TMX of a million units with a finding on
 * every unit is reported without a million objects alive. Pairs arrive in
 * file order, so their findings usually arrive in report order; `ordered`
 * says whether they did, and the caller sorts them in memory when not.
 */
export class FindingSpill<F extends Finding = Finding> {
  readonly counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  ordered = true
  private count = 0
  private last: F | undefined
  private buffer = ''
  private readonly dir: string
  private readonly file: string
  private fd: number | undefined

  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'tolmach-check-'))
    this.file = path.join(this.dir, 'findings.jsonl')
    this.fd = openSync(this.file, 'w')
  }

  get size(): number {
    return this.count
  }

  /** Adds the findings of one pair (any order among themselves). */
  addAll(findings: F[]): void {
    for (const finding of findings.sort(reportOrder)) this.add(finding)
  }

  add(finding: F): void {
    if (this.last !== undefined && reportOrder(this.last, finding) > 0) this.ordered = false
    this.last = finding
    this.counts[finding.severity]++
    this.count++
    this.buffer += `${JSON.stringify(finding)}\n`
    if (this.buffer.length >= bufferChars) this.flush()
  }

  /** The findings in the order they were added, read back a chunk at a time. */
  *read(): Generator<F> {
    this.flush()
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    const fd = openSync(this.file, 'r')
    try {
      const bytes = Buffer.allocUnsafe(1 << 20)
      const decoder = new TextDecoder()
      let rest = ''
      for (;;) {
        const n = readSync(fd, bytes, 0, bytes.length, null)
        rest += n === 0 ? decoder.decode() : decoder.decode(bytes.subarray(0, n), {stream: true})
        const lines = rest.split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) yield JSON.parse(line) as F
        if (n === 0) return
      }
    } finally {
      closeSync(fd)
    }
  }

  /** Removes the temp file; safe to call twice. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    rmSync(this.dir, {recursive: true, force: true})
  }

  private flush(): void {
    if (this.buffer === '' || this.fd === undefined) return
    const data = Buffer.from(this.buffer)
    let at = 0
    while (at < data.length) at += writeSync(this.fd, data, at)
    this.buffer = ''
  }
}

/** Two lists in report order as one, in report order; on a tie the first list's finding comes first. */
export function* mergeInOrder<F extends Finding>(a: Iterable<F>, b: readonly F[]): Generator<F> {
  let k = 0
  for (const finding of a) {
    while (k < b.length && reportOrder(b[k]!, finding) < 0) yield b[k++]!
    yield finding
  }
  while (k < b.length) yield b[k++]!
}

// Records gathered before one write.
const bufferRecords = 4096

/**
 * Fixed-size records of unsigned 32-bit numbers kept in a temp file once
 * there are more than a buffer's worth: the places of every term use a
 * check of a million units meets, without an array in memory that doubles
 * with them. Small checks never touch the disk. Records are read back one at
 * a time by index.
 */
export class RecordSpill {
  private readonly fields: number
  private readonly buffer: Uint32Array
  private buffered = 0
  private written = 0
  private dir: string | undefined
  private fd: number | undefined
  private readonly one: Uint32Array

  constructor(fields: number) {
    this.fields = fields
    this.buffer = new Uint32Array(bufferRecords * fields)
    this.one = new Uint32Array(fields)
  }

  /** Adds a record (`fields` numbers) and returns its index. */
  push(values: Uint32Array): number {
    if (values.length !== this.fields) throw new TypeError(`RecordSpill: a record has ${this.fields} numbers, not ${values.length}`)
    if (this.buffered === bufferRecords) this.flush()
    this.buffer.set(values, this.buffered * this.fields)
    return this.written + this.buffered++
  }

  /** The record at `index`, in a view reused by the next call. */
  get(index: number): Uint32Array {
    if (index >= this.written) return this.buffer.subarray((index - this.written) * this.fields, (index - this.written + 1) * this.fields)
    const bytes = new Uint8Array(this.one.buffer)
    let at = 0
    while (at < bytes.length) {
      const n = readSync(this.fd!, bytes, at, bytes.length - at, index * bytes.length + at)
      if (n === 0) throw new Error(`RecordSpill: record ${index} is past the end of its file`)
      at += n
    }
    return this.one
  }

  /** Removes the temp file; safe to call twice. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
    if (this.dir !== undefined) rmSync(this.dir, {recursive: true, force: true})
    this.dir = undefined
  }

  private flush(): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(path.join(tmpdir(), 'tolmach-uses-'))
      this.fd = openSync(path.join(this.dir, 'uses.bin'), 'w+')
    }
    const bytes = new Uint8Array(this.buffer.buffer, 0, this.buffered * this.fields * 4)
    let at = 0
    while (at < bytes.length) at += writeSync(this.fd, bytes, at, bytes.length - at, this.written * this.fields * 4 + at)
    this.written += this.buffered
    this.buffered = 0
  }
}
