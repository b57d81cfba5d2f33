import type {ConcordanceHit, TranslationMemory} from '@tolmach/memory'
import type {Colors} from '../../io/colors.js'

// Words too common to be anyone's translation of a searched term.
const common = new Set(
  'the a an of to in on for and or is are was were be by with as at from that this it its и в во на с со по к о об из за для от до что как это не а но'.split(' ')
)

/**
 * Concordance lines: the found words highlighted on their side and, on the
 * other side, the words that recur across the hits (translation spotting by
 * co-occurrence: what the found words were rendered as).
 */
export function highlightConcordance(hits: readonly ConcordanceHit[], tm: TranslationMemory, colors: Colors): string {
  const other = hits.map((hit) => {
    const text = hit.side === 'source' ? hit.entry.target : hit.entry.source
    const lang = hit.side === 'source' ? hit.entry.targetLang : hit.entry.sourceLang
    return {text, analysis: tm.analyze(text, lang)}
  })
  const seen = new Map<string, number>()
  for (const {analysis} of other) {
    const keys = new Set(analysis.words.flatMap((w, k) => (w.kind === 'word' && !common.has(w.text.toLowerCase()) ? [analysis.keys[k]!] : [])))
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const spotted = new Set([...seen].filter(([, n]) => hits.length >= 2 && n >= Math.max(2, hits.length / 2)).map(([key]) => key))
  const mark = (text: string, ranges: Array<[number, number]>, paint: (s: string) => string) => {
    let out = ''
    let at = 0
    for (const [s, e] of ranges) {
      out += text.slice(at, s) + paint(text.slice(s, e))
      at = e
    }
    return out + text.slice(at)
  }
  const paint = (s: string) => (colors.isColorSupported ? colors.bold(colors.yellow(s)) : `[${s}]`)
  const paintOther = (s: string) => (colors.isColorSupported ? colors.bold(colors.green(s)) : `[${s}]`)
  let out = ''
  hits.forEach((hit, i) => {
    const here = hit.side === 'source' ? hit.entry.source : hit.entry.target
    const {text, analysis} = other[i]!
    const ranges = analysis.words.flatMap((w, k): Array<[number, number]> => (spotted.has(analysis.keys[k]!) ? [[w.start, w.end]] : []))
    const found = mark(here, hit.found, paint)
    const translated = mark(text, ranges, paintOther)
    const [source, target] = hit.side === 'source' ? [found, translated] : [translated, found]
    out += `${source}\n  ${target}\n`
  })
  return out
}
