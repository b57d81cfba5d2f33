import {checkPairs} from './check-pair.js'
import type {CheckFinding, CheckOptions, TranslationPair} from './types.js'

export interface PairStreamOptions extends CheckOptions {
  /**
   * Pairs checked together: the corpus-level checks (consistency, names
   * spelled two ways) compare the pairs of one window. Memory holds one
   * window of pairs, whatever the length of the stream. Default 2000.
   */
  window?: number
}

/** Receives each pair once it is checked, with its findings (`pair` is its index in the whole stream). */
export type OnChecked<P extends TranslationPair> = (pair: P, findings: CheckFinding[]) => void

/**
 * `checkPairs` over a stream of pairs too long to hold (a TMX of a million
 * units): pairs are gathered into windows, each window is checked and
 * dropped, and every pair comes back in input order with its findings.
 */
export class PairStreamCheck<P extends TranslationPair = TranslationPair> {
  private readonly options: CheckOptions
  private readonly size: number
  private readonly onChecked: OnChecked<P>
  private pending: P[] = []
  private base = 0

  constructor(options: PairStreamOptions, onChecked: OnChecked<P>) {
    const {window = 2000, ...rest} = options
    if (!Number.isInteger(window) || window < 1) throw new TypeError('PairStreamCheck: `window` must be a positive integer')
    if (typeof onChecked !== 'function') throw new TypeError('PairStreamCheck: `onChecked` must be a function')
    this.options = rest
    this.size = window
    this.onChecked = onChecked
  }

  /** Pairs given so far. */
  get pairs(): number {
    return this.base + this.pending.length
  }

  add(pair: P): void {
    this.pending.push(pair)
    if (this.pending.length >= this.size) this.flush()
  }

  /** Checks the pairs gathered so far; call it once the stream ends. */
  flush(): void {
    const pairs = this.pending
    if (pairs.length === 0) return
    this.pending = []
    const byPair: CheckFinding[][] = pairs.map(() => [])
    for (const f of checkPairs(pairs, this.options)) byPair[f.pair]?.push(f)
    pairs.forEach((pair, k) => {
      const found = byPair[k] ?? []
      for (const f of found) f.pair += this.base
      this.onChecked(pair, found)
    })
    this.base += pairs.length
  }
}

/** Every pair of `pairs` with its findings, checked a window at a time: a generator for library users. */
export function* checkPairStream<P extends TranslationPair>(pairs: Iterable<P>, options: PairStreamOptions): Generator<{pair: P; findings: CheckFinding[]}> {
  const ready: Array<{pair: P; findings: CheckFinding[]}> = []
  const check = new PairStreamCheck<P>(options, (pair, findings) => ready.push({pair, findings}))
  for (const pair of pairs) {
    check.add(pair)
    if (ready.length > 0) yield* ready.splice(0)
  }
  check.flush()
  yield* ready
}
