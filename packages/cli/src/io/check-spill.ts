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
