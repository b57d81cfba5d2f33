import type {AlignedPair, PairInclude, PairVerdict, PairWriteOptions} from './types.js'

const verdicts: readonly PairVerdict[] = ['ok', 'warning', 'error']
const includes: readonly PairInclude[] = ['ok', 'warning', 'all']

/** Checks the options every pair writer shares; misuse throws a TypeError naming the option. */
export function checkPairOptions(options: PairWriteOptions | undefined): void {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError('options must be an object')
  }
  if (options?.include !== undefined && !includes.includes(options.include)) {
    throw new TypeError(`options.include must be one of ${includes.join(', ')}`)
  }
  if (options?.onFinding !== undefined && typeof options.onFinding !== 'function') {
    throw new TypeError('options.onFinding must be a function')
  }
}

/** Checks one pair's shape: a pair that is not one is misuse, not content. */
export function checkPair(pair: AlignedPair, index: number): void {
  if (typeof pair !== 'object' || pair === null) throw new TypeError(`pairs[${index}] must be an object`)
  if (!Array.isArray(pair.source) || !Array.isArray(pair.target)) {
    throw new TypeError(`pairs[${index}].source and .target must be arrays of segments`)
  }
  if (!verdicts.includes(pair.verdict)) throw new TypeError(`pairs[${index}].verdict must be one of ${verdicts.join(', ')}`)
  if (typeof pair.score !== 'number' || Number.isNaN(pair.score)) throw new TypeError(`pairs[${index}].score must be a number`)
}

/** Whether a pair with this verdict goes into an export filtered by `include`. */
export function isIncluded(verdict: PairVerdict, include: PairInclude = 'ok'): boolean {
  if (include === 'all') return true
  if (include === 'warning') return verdict !== 'error'
  return verdict === 'ok'
}
