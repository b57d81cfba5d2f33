import type {Report} from './finding.js'
import type {TranslationPair} from './types.js'

const key = (text: string) => text.toLowerCase().replace(/\{\/?\d+\/?\}/g, '').replace(/\s+/g, ' ').replace(/[\s.,;:!?…]+$/, '').trim()

/**
 * Corpus-level consistency, as Xbench reports it: the same source translated
 * differently, and different sources given the same translation. Each later
 * pair that disagrees with the first is reported, with the first as data.
  * They are `info` by default: a translator may vary wording on purpose.
 * Short texts (one word, a number) are left out: they are headings and
 * labels whose rendering depends on context.
 */
export function checkConsistency(pairs: readonly TranslationPair[], report: (pair: number, ...args: Parameters<Report>) => void): void {
  const compare = (side: 'source' | 'target', messageId: string) => {
    const first = new Map<string, number>()
    pairs.forEach((pair, index) => {
      const k = key(pair[side])
      if (k.split(' ').length < 3) return
      const seen = first.get(k)
      if (seen === undefined) {
        first.set(k, index)
        return
      }
      const other = side === 'source' ? 'target' : 'source'
      const earlier = pairs[seen] as TranslationPair
      if (key(earlier[other]) === key(pair[other])) return
      report(index, {
        ruleId: 'inconsistent-translation', messageId, severity: 'info', side: 'target', start: 0, end: pair.target.length,
        data: {text: earlier[other].trim(), pair: seen + 1}, actual: pair[other].trim(), expected: [earlier[other].trim()]
      })
    })
  }
  compare('source', 'sameSourceDifferentTarget')
  compare('target', 'sameTargetDifferentSource')
}
