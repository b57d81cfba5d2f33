import type {Point} from '@tolmach/core'

/**
 * Core's line rule (`\n`, `\r\n` and a lone `\r` each end a line) for text
 * that arrives in chunks: points for recent offsets without holding the
 * whole text. `forget` drops line starts no longer asked about.
 */
export class LineTracker {
  private starts: number[] = [0]
  private dropped = 0
  private length = 0

  private previous = 0

  feed(chunk: string): void {
    const base = this.length
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i)
      // `\r\n` is one line end even when a chunk boundary splits it: the `\r` already opened the line.
      if (c === 10 && this.previous === 13) this.starts[this.starts.length - 1] = base + i + 1
      else if (c === 10 || c === 13) this.starts.push(base + i + 1)
      this.previous = c
    }
    this.length += chunk.length
  }

  /** The point of an offset at or after the oldest kept line start. */
  pointAt(at: number): Point {
    // saxes reports one past the end when the text ends inside markup.
    const offset = Math.max(0, Math.min(at, this.length))
    const starts = this.starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: this.dropped + lo + 1, column: offset - starts[lo]! + 1, offset}
  }

  /** Drops line starts before the line holding `offset`. */
  forget(offset: number): void {
    const starts = this.starts
    let k = 0
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++
    if (k > 0) {
      this.starts = starts.slice(k)
      this.dropped += k
    }
  }
}
