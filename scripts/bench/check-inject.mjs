// Single realistic errors injected into the English side of a real pair, for
// bench:check. Each injector takes one English line (and what the bench knows
// about it) and returns the changed line, or undefined when it does not apply.

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Where in the line a sentence sits, and the text of the line with the sentence replaced. */
function within(line, sentence, edit) {
  const at = line.indexOf(sentence)
  if (at < 0) return undefined
  const changed = edit(sentence)
  if (changed === undefined || changed === sentence) return undefined
  return line.slice(0, at) + changed + line.slice(at + sentence.length)
}

function pick(rng, list) {
  return list.length === 0 ? undefined : list[Math.floor(rng() * list.length)]
}

/** Word spans of a sentence, leaving out its first word (capitalised anyway) and Markdown syntax. */
function words(sentence) {
  return [...sentence.matchAll(/(?<![\p{L}\d_`[(/.-])\p{L}[\p{L}'’]*(?![\p{L}\d_`\]/-])/gu)].slice(1)
}

export const injectors = {
  number: {rules: ['number-mismatch', 'date-mismatch'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    // Digits inside a URL make a changed link: the link injector's business.
    const urls = [...s.matchAll(/\bhttps?:\/\/\S+/g)].map((u) => [u.index, u.index + u[0].length])
    const nums = [...s.matchAll(/(?<![\d.,\p{L}-])\d+(?:[.,]\d+)*(?![\d\p{L}])/gu)].filter((m) => !urls.some(([a, b]) => m.index >= a && m.index < b))
    const m = pick(rng, nums)
    if (!m) return undefined
    const digits = m[0]
    // One digit changed, the way "40" becomes "14" or 12.5 becomes 15.2.
    const positions = [...digits].flatMap((c, i) => (/\d/.test(c) ? [i] : []))
    const i = pick(rng, positions)
    const d = Number(digits[i])
    const nd = (d + 1 + Math.floor(rng() * 8)) % 10
    if (i === 0 && nd === 0 && positions.length > 1) return undefined
    const changed = digits.slice(0, i) + nd + digits.slice(i + 1)
    return s.slice(0, m.index) + changed + s.slice(m.index + digits.length)
  })},
  date: {rules: ['date-mismatch', 'number-mismatch'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    const m = pick(rng, [...s.matchAll(new RegExp(`\\b(${[...months, ...weekdays].join('|')})\\b`, 'g'))])
    if (!m) return undefined
    const list = months.includes(m[0]) ? months : weekdays
    const other = list[(list.indexOf(m[0]) + 1 + Math.floor(rng() * (list.length - 1))) % list.length]
    return s.slice(0, m.index) + other + s.slice(m.index + m[0].length)
  })},
  term: {rules: ['term-forbidden'], apply: ({line, sentence, rng, terms}) => within(line, sentence, (s) => {
    const hits = terms.flatMap(([good, bad]) => [...s.matchAll(new RegExp(`\\b${good}\\b`, 'gi'))].map((m) => ({m, bad})))
    const hit = pick(rng, hits)
    if (!hit) return undefined
    const bad = /^\p{Lu}/u.test(hit.m[0]) ? hit.bad[0].toUpperCase() + hit.bad.slice(1) : hit.bad
    return s.slice(0, hit.m.index) + bad + s.slice(hit.m.index + hit.m[0].length)
  })},
  omission: {rules: ['omission', 'length-ratio'], accepts: (f) => f.ruleId === 'omission' || f.messageId === 'targetTooShort', apply: ({line, sentence, lineSentences, russian}) => {
    // Only a sentence that shares its line (dropping a whole paragraph moves every later line)
    // and is the whole translation of one source sentence (a gold 1-1 bead).
    if (lineSentences < 2 || !russian) return undefined
    const at = line.indexOf(sentence)
    if (at < 0) return undefined
    const prefix = line.match(/^(?:#+ |[-*] |\d+\. )?/)[0]
    const rest = (line.slice(0, at) + line.slice(at + sentence.length)).slice(prefix.length)
    return prefix + rest.replace(/ {2,}/g, ' ').trim()
  }},
  untranslated: {rules: ['untranslated', 'mixed-script'], apply: ({line, sentence, russian}) => (russian ? within(line, sentence, () => russian) : undefined)},
  link: {rules: ['link-mismatch'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    const m = pick(rng, [...s.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)])
    if (!m) return undefined
    const url = m[1]
    const changed = url.includes('/en/') ? url.replace('/en/', '/de/') : url.replace(/(\.\w+)(\/|$)/, '.net$2')
    return s.slice(0, m.index + 2) + changed + s.slice(m.index + 2 + url.length)
  })},
  markup: {rules: ['markup-mismatch'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    const m = pick(rng, [...s.matchAll(/`([^`]+)`/g)])
    if (!m) return undefined
    return s.slice(0, m.index) + m[1] + s.slice(m.index + m[0].length)
  })},
  name: {rules: ['name-mismatch'], apply: ({line, sentence, rng, names}) => within(line, sentence, (s) => {
    const m = pick(rng, words(s).filter((w) => names.has(w[0])))
    if (!m) return undefined
    const w = m[0]
    // A letter dropped or two swapped, away from the first.
    const i = 1 + Math.floor(rng() * (w.length - 2))
    const typo = rng() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
    if (typo === w) return undefined
    return s.slice(0, m.index) + typo + s.slice(m.index + w.length)
  })},
  'double-space': {rules: ['double-space'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    const gaps = [...s.matchAll(/(?<=\p{L}) (?=\p{L})/gu)]
    const m = pick(rng, gaps)
    return m ? `${s.slice(0, m.index)}  ${s.slice(m.index + 1)}` : undefined
  })},
  'end-punctuation': {rules: ['end-punctuation'], apply: ({line, sentence, lastOfLine, kind}) => {
    if (!lastOfLine || kind !== 'paragraph') return undefined
    return within(line, sentence, (s) => (/\p{L}[.!]$/u.test(s) ? s.slice(0, -1) : undefined))
  }},
  brackets: {rules: ['unbalanced-brackets'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    const close = s.lastIndexOf(')')
    if (close > 0 && s.indexOf('(') >= 0 && s.indexOf('(') < close && rng() < 0.7) return s.slice(0, close) + s.slice(close + 1)
    const gaps = [...s.matchAll(/ (?=\p{L})/gu)].slice(1, -1)
    const m = pick(rng, gaps)
    return m ? `${s.slice(0, m.index + 1)}(${s.slice(m.index + 1)}` : undefined
  })},
  'repeated-word': {rules: ['repeated-word'], apply: ({line, sentence, rng}) => within(line, sentence, (s) => {
    const m = pick(rng, words(s).filter((w) => w[0].length > 1))
    return m ? `${s.slice(0, m.index)}${m[0]} ${s.slice(m.index)}` : undefined
  })}
}

for (const injector of Object.values(injectors)) injector.accepts ??= (f) => injector.rules.includes(f.ruleId)

export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
