import type {Analysis} from './analyze.js'
import {tokenize} from './tokens.js'

/** The numeric value of a number token, read with the conventions of `lang`. */
export function numberValue(text: string, lang: string): number | undefined {
  let t = text.replace(/[\u00a0\u202f ]/g, '')
  if (lang === 'en') t = t.replaceAll(',', '')
  else if (/,\d{3}(?:\D|$)/.test(t) && t.includes('.')) t = t.replaceAll(',', '')
  else t = t.replace(',', '.')
  const value = Number(t)
  return Number.isFinite(value) ? value : undefined
}

/** Writes the number `source` (read by its own conventions) the way `model`, a number of the target text, is written. */
export function formatLike(source: string, model: string, lang: string): string {
  const sourceLang = langOf(source)
  const value = numberValue(source, sourceLang)
  if (value === undefined) return source
  const decimals = sourceLang === 'ru' ? /,(\d+)$/.exec(source) : /\.(\d+)$/.exec(source)
  const plain = value.toFixed(decimals ? decimals[1]!.length : 0)
  const [whole, fraction] = plain.split('.')
  const modelDecimal = /\d([.,])\d{1,2}$/.exec(model)?.[1] ?? (lang === 'en' ? '.' : ',')
  const group = /\d([ \u00a0\u202f,.])\d{3}(?:\D|$)/.exec(model)?.[1]
  const wholeText = group && whole!.length > 3 ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole!
  return fraction ? `${wholeText}${modelDecimal}${fraction}` : wholeText
}

/**
 * Puts the query's numbers into the memory's target: a memory number that
 * the alignment pairs with a different query number is looked up by value
 * in the target and rewritten in the target's own format («12,5 %» →
 * "12.5%"). Returns undefined when a changed number is not found in the target.
 */
export function repairNumbers(
  query: Analysis,
  memory: Analysis,
  target: string,
  targetLang: string,
  aligned: ReadonlyArray<[number, number]>
): {text: string; changed: number} | undefined {
  const changes: Array<{from: number; to: string}> = []
  for (const [qi, mi] of aligned) {
    const q = query.words[qi]!
    const mb = memory.words[mi]!
    if (q.kind !== 'number' || q.text === mb.text) continue
    const from = numberValue(mb.text, langOf(mb.text))
    if (from === undefined) return undefined
    changes.push({from, to: q.text})
  }
  if (changes.length === 0) return {text: target, changed: 0}
  const numbers = tokenize(target).filter((token) => token.kind === 'number')
  const used = new Set<number>()
  const edits: Array<{start: number; end: number; text: string}> = []
  for (const change of changes) {
    const index = numbers.findIndex((token, k) => !used.has(k) && numberValue(token.text, targetLang) === change.from)
    if (index < 0) return undefined
    used.add(index)
    const model = numbers[index]!
    edits.push({start: model.start, end: model.end, text: formatLike(change.to, model.text, targetLang)})
  }
  edits.sort((a, b) => b.start - a.start)
  let text = target
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end)
  return {text, changed: edits.length}
}

// The source side's convention is guessed from the number itself: a comma
// followed by one or two digits is a decimal comma (Russian), otherwise English.
function langOf(text: string): string {
  return /,\d{1,2}$/.test(text) || /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+/.test(text) ? 'ru' : 'en'
}
