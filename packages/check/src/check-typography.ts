import type {BlockKind} from '@tolmach/core'
import type {Report} from './finding.js'

const closers = /[\s\u2063)\]»”’"'`*_]+$/u
const openers = /^[\s\u2063([«“„‘"'`*_—–-]+/u

function endClass(text: string): string {
  // «…пропустить такое?».»: Russian closes a quoted question with a full stop after the quote.
  const t = text.replace(/([?!…])([»"”]+)\.\s*$/u, '$1$2').replace(closers, '')
  const last = t.at(-1) ?? ''
  if (t.endsWith('...') || last === '…') return 'stop'
  if ('.!'.includes(last) && last !== '') return 'stop'
  if (last === '?') return 'question'
  if (last === ':') return 'colon'
  if (last === ';') return 'semicolon'
  if (last === ',') return 'comma'
  return /[\p{L}\d%]/u.test(last) ? 'none' : 'other'
}

/**
 * The checks pofilter, Xbench and CheckMate run on every pair: doubled
 * spaces, whitespace at the ends, capitalisation at the start, punctuation
 * at the end, unbalanced brackets and quotes, a word written twice. Each
 * fires only when the source does not do the same.
 */
export function checkTypography(source: string, target: string, kinds: readonly BlockKind[] | undefined, report: Report): void {
  // Headings, list items and table cells are punctuated and capitalised by house style, not by the source.
  const free = kinds?.some((k) => k === 'heading' || k === 'listItem' || k === 'tableCell') ?? false
  const lead = (s: string) => s.match(/^\s*/)?.[0] ?? ''
  const trail = (s: string) => s.match(/\s*$/)?.[0] ?? ''
  if ((lead(source) === '') !== (lead(target) === '')) {
    report({ruleId: 'whitespace', messageId: lead(target) ? 'leadingWhitespaceExtra' : 'leadingWhitespaceMissing', severity: 'warning', side: 'target', start: 0, end: lead(target).length, data: {}})
  }
  if (target.trim() !== '' && (trail(source) === '') !== (trail(target) === '')) {
    const end = target.length
    report({ruleId: 'whitespace', messageId: trail(target) ? 'trailingWhitespaceExtra' : 'trailingWhitespaceMissing', severity: 'warning', side: 'target', start: end - trail(target).length, end, data: {}})
  }
  if (!free) checkCapital(source, target, report)
  const a = endClass(source)
  const b = endClass(target)
  // A statement may end in «.» or "!"; what matters is a full stop lost, gained or turned into a question.
  const clash = (a === 'none' && (b === 'stop' || b === 'question')) || (b === 'none' && (a === 'stop' || a === 'question')) || (a === 'question') !== (b === 'question')
  if (clash && !free && a !== 'other' && b !== 'other' && !labelLine(source, a, b) && !indirectQuestion(target, a, b)) {
    const t = target.replace(closers, '')
    const end = Math.max(t.length, 1)
    // A full stop the source lacks and the translation supplies («…на открытое пространство» ↔ "…into the open field.") loses nothing: info.
    const severity = a === 'none' && b === 'stop' ? 'info' : 'warning'
    report({ruleId: 'end-punctuation', messageId: 'endPunctuation', severity, side: 'target', start: end - 1, end, data: {actual: b, expected: a}, actual: b, expected: [a]})
  }
  checkTargetOnly(source, target, report)
}

/**
 * "Last updated: 2022-05-02" ↔ "Last updated: May 2, 2022.": a line that ends
 * in a date or a number without a full stop is a label, and a translator who
 * closes it with one has changed nothing a reader sees as an error.
 */
function labelLine(source: string, a: string, b: string): boolean {
  return a === 'none' && b === 'stop' && /\d$/u.test(source.replace(closers, ''))
}

/**
 * «Задумалась: нужен ли мне паспорт?» ↔ "I wondered whether I needed a
 * passport.": a direct question the translation reports as an indirect one
 * ends with a full stop by English grammar.
 */
function indirectQuestion(target: string, a: string, b: string): boolean {
  if (a !== 'question' || b !== 'stop') return false
  return /\b(?:whether)\b/i.test(target) || /\b(?:ask|wonder|inquir|enquir|question|doubt|know|unsure|unclear|decid)\w*\b[^.?!;]{0,40}?\b(?:if|why|how|what|who|whom|where|when|which)\b/i.test(target)
}

/** The checks that need no source: also run on target sentences the aligner left without one. */
export function checkTargetOnly(source: string, target: string, report: Report): void {
  // Doubled spaces inside the text (leading ones are `whitespace`).
  if (!/\S {2,}\S/.test(source)) {
    for (const m of target.matchAll(/(?<=\S) {2,}(?=\S)/g)) {
      const start = m.index ?? 0
      report({ruleId: 'double-space', messageId: 'doubleSpace', severity: 'warning', side: 'target', start, end: start + m[0].length, data: {spaces: m[0].length}})
    }
  }
  checkBrackets(source, target, report)
  // «отель Роа Роа» ↔ "the Roa Roa Hotel": a word the source repeats too is a name or a figure of speech.
  if (!repeatRe().test(source)) checkRepeats(target, report)
}

function checkCapital(source: string, target: string, report: Report): void {
  const s = source.replace(openers, '')
  const t = target.replace(openers, '')
  const sc = s.match(/^\p{L}/u)?.[0]
  const tc = t.match(/^\p{L}+/u)?.[0]
  if (!sc || !tc) return
  const upper = (c: string) => c !== c.toLowerCase()
  const first = tc[0] as string
  // "iPhone", "pgAdmin", "eBay", "pg_basebackup": a name keeps its own case, as the source writes it.
  const word = t.match(/^[\p{L}\d_.-]+/u)?.[0] ?? tc
  if (/\p{Lu}/u.test(tc.slice(1)) || /[_\d]/.test(word) || source.includes(word) || upper(sc) === upper(first)) return
  const start = target.length - t.length
  // A capital the source lacks (a fragment that goes on from the sentence before) is the translator's correction: info.
  report({ruleId: 'start-capital', messageId: upper(sc) ? 'startLower' : 'startUpper', severity: upper(sc) ? 'warning' : 'info', side: 'target', start, end: start + 1, data: {actual: first}})
}

const pairs: Array<[string, string, string]> = [['(', ')', 'parenthesis'], ['[', ']', 'bracket'], ['«', '»', 'quote'], ['“', '”', 'quote']]

/** Offset of the first close without an open, else of the first open never closed; -1 when balanced. */
function unmatchedAt(text: string, open: string, close: string): number {
  const stack: number[] = []
  for (let k = 0; k < text.length; k++) {
    if (text[k] === open) stack.push(k)
    else if (text[k] === close && stack.pop() === undefined) return k
  }
  return stack[0] ?? -1
}

/** A quotation of several sentences opens in the first and closes in the last: a mark at either end may be unmatched. */
function atEdge(text: string, at: number): boolean {
  return /^[\s\p{P}\u2063]*$/u.test(text.slice(0, at)) || /^[\s\p{P}\u2063]*$/u.test(text.slice(at + 1))
}

/**
 * A quotation of several sentences is cut by the segmenter: its last sentence
 * has a closing quote right after its final punctuation (`…world.” Emmett
 * says.`), its first an opening quote before a capital. Only that quote is
 * unmatched, and the other language may cut the quotation elsewhere.
 */
function quotationGoesOn(text: string, at: number, kind: string): boolean {
  if (kind !== 'quote') return false
  return /[.!?…]$/u.test(text.slice(0, at)) || /^\s*$/u.test(text.slice(0, at).replace(/^.*[.!?…]\s/su, '')) || speechEdge(text, at)
}

/**
 * A quotation that began in an earlier sentence closes on a comma before
 * its speech verb (`…wall, I think," Haris told`); one that goes on into
 * the next sentence opens after a colon (`said: "In my experience…`).
 */
function speechEdge(text: string, at: number): boolean {
  return /,$/u.test(text.slice(0, at)) || (/:\s*$/u.test(text.slice(0, at)) && /^\p{Lu}/u.test(text.slice(at + 1)))
}

function checkBrackets(source: string, target: string, report: Report): void {
  // A segment may be one sentence of a quotation that spans several: then the source is unbalanced too.
  const quotesOff = pairs.some(([o, c, k]) => k === 'quote' && unmatchedAt(source, o, c) >= 0) || (source.match(/"/g)?.length ?? 0) % 2 === 1
  const bracketsOff = pairs.some(([o, c, k]) => k !== 'quote' && unmatchedAt(source, o, c) >= 0)
  for (const [open, close, kind] of pairs) {
    if (kind === 'quote' ? quotesOff : bracketsOff) continue
    const start = unmatchedAt(target, open, close)
    if (start < 0 || atEdge(target, start) || quotationGoesOn(target, start, kind)) continue
    report({ruleId: 'unbalanced-brackets', messageId: kind === 'quote' ? 'unbalancedQuote' : 'unbalancedBracket', severity: 'warning', side: 'target', start, end: start + 1, data: {actual: target[start] as string}, actual: target[start] as string})
    return
  }
  const all = [...target.matchAll(/"/g)]
  const straight = all.length % 2 === 1 ? all.filter((m) => !apostropheLike(target, m.index ?? 0)) : all
  if (!quotesOff && straight.length % 2 === 1 && !atEdge(target, straight.at(-1)?.index ?? 0) && !straight.some((m) => speechEdge(target, m.index ?? 0))) {
    const start = straight.at(-1)?.index ?? 0
    report({ruleId: 'unbalanced-brackets', messageId: 'unbalancedQuote', severity: 'warning', side: 'target', start, end: start + 1, data: {actual: '"'}, actual: '"'})
  }
}

/**
 * A straight quote standing for an apostrophe, as some published sites print
 * it: inside a word ("don"t", "it"s") or after a plural's "s" before a
 * word ("the workers" mood"). Only an odd count is ever reported,
 * so a closing quote after "s" is dropped from the count only in that case.
 */
function apostropheLike(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at)
  const after = text.slice(at + 1, at + 4)
  // Also "coup d"état", "O"Brien": a one-letter elision before a word.
  return (/\p{L}$/u.test(before) && /^(?:s|t|ll|re|ve|d|m)\b/u.test(after)) || (/\p{L}s$/u.test(before) && /^\s\p{L}/u.test(after)) || (/(?:^|[^\p{L}])\p{L}$/u.test(before) && /^\p{L}{2}/u.test(after))
}

// English allows "had had" and "that that"; Russian «что что» is rare but «так так» is not.
const allowedRepeats = new Set(['had', 'that', 'so', 'very', 'bye', 'так', 'да', 'нет', 'очень', 'еще', 'ещё'])

const repeatRe = () => /(?<![\p{L}\d'’_-])(\p{L}[\p{L}'’]*)[\s-]+(\1)(?![\p{L}\d'’_-])/giu

function checkRepeats(target: string, report: Report): void {
  for (const m of target.matchAll(/(?<![\p{L}\d'’_-])(\p{L}[\p{L}'’]*)\s+(\1)(?![\p{L}\d'’_-])/giu)) {
    const w = (m[1] as string).toLowerCase()
    if (allowedRepeats.has(w)) continue
    const start = (m.index ?? 0) + (m[0].length - (m[2] as string).length)
    report({ruleId: 'repeated-word', messageId: 'repeatedWord', severity: 'warning', side: 'target', start, end: start + (m[2] as string).length, data: {actual: m[2] as string}, actual: m[2] as string})
  }
}
