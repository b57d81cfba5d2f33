import {CLOSER, DIGIT, LETTER, LOWER, OPENER, SPACE, UPPER} from './sentence-chars.js'
import {endsAfterDot} from './sentence-dot.js'
import type {SentenceLanguage} from './sentence-language.js'
import {dottedKey, wordStart} from './sentence-left.js'
import {isStarter} from './sentence-names.js'
import {type Cluster, opensQuote} from './sentence-rules.js'

/**
 * Whether a sentence ends after `cluster` when the next character follows
 * it without a space: «инициатив.8 февраля», «поддержку.США», «Ура!Мы» —
 * but not 27.10.14, 1.мороженое, Л.Н.Толстой, у.е., www.state.gov or e-mail.
 */
export function endsGlued(
  text: string,
  flags: Uint16Array,
  lang: SentenceLanguage,
  cluster: Cluster,
  next: number,
  sentenceStart: number
): boolean {
  const word = flags[text.charCodeAt(next)]! & OPENER && next + 1 < text.length ? next + 1 : next
  const fq = flags[text.charCodeAt(word)]!
  if (!(fq & (UPPER | DIGIT))) return false
  if (looksLikeAddress(text, flags, cluster.start, next)) return false
  // `: "...Прибыл тайша`, `«…Прибыл`: an ellipsis right after an opening quote begins the quotation.
  if (cluster.start < cluster.term ? opensQuote(text, flags, cluster.start) : openedBefore(text, flags, cluster.term)) return false
  if (cluster.strong || cluster.start < cluster.term) return (fq & UPPER) !== 0
  if (!cluster.bareDot || cluster.end !== cluster.term + 1) return false
  const dot = cluster.term
  const start = wordStart(text, flags, dot)
  const length = dot - start
  if (length === 0) return false
  for (let p = start + 1; p < dot; p++) if (!(flags[text.charCodeAt(p)]! & LETTER)) return false
  if (!(flags[text.charCodeAt(start)]! & LETTER)) return false
  const key = text.slice(start, dot).toLowerCase()
  const second = flags[text.charCodeAt(word + 1)]!
  if (lang.kinds.has(key) || lang.initials.has(key) || dottedKey(text, flags, start, dot)) {
    // «в ноябре 2022 г.Стороны…»: an abbreviation that can end a sentence does so here too.
    return (fq & UPPER) !== 0 && (second & LOWER) !== 0 && endsAfterDot(text, flags, lang, dot, word, sentenceStart, false)
  }
  if (fq & DIGIT) return length >= 3 && (flags[text.charCodeAt(start)]! & LOWER) !== 0
  if (length < 2) return false
  // «поддержку.США», «инициатив.В ходе…»; not Ph.D or a lone initial (Иванов.А.).
  if (flags[text.charCodeAt(start)]! & LOWER) return (second & LETTER) !== 0 || (length >= 3 && (second & SPACE) !== 0)
  // After a capitalised word only a starter (Кошербаев.В ходе…), since
  // brands glue capitals: Mail.Ru, Яндекс.Новости.
  return isStarter(text, flags, lang, word)
}

/** An opening quote or bracket (not one that can also close) right before `at`, after a space or the start. */
function openedBefore(text: string, flags: Uint16Array, at: number): boolean {
  if (at === 0) return false
  const f = flags[text.charCodeAt(at - 1)]!
  return (f & OPENER) !== 0 && (f & CLOSER) === 0 && (at === 1 || (flags[text.charCodeAt(at - 2)]! & SPACE) !== 0)
}

/** URLs, e-mail addresses and file paths keep their dots. */
function looksLikeAddress(text: string, flags: Uint16Array, before: number, after: number): boolean {
  for (let p = before - 1; p >= 0 && before - p < 100; p--) {
    const c = text.charCodeAt(p)
    if (flags[c]! & SPACE) {
      if (text.startsWith('www.', p + 1)) return true
      break
    }
    if (c === 47 || c === 64) return true
    if (p === 0 && text.startsWith('www.', 0)) return true
  }
  for (let p = after; p < text.length && p - after < 100; p++) {
    const c = text.charCodeAt(p)
    if (flags[c]! & SPACE) break
    if (c === 47 || c === 64) return true
    // kino.1tv.ru: a domain name further on
    if (c === 46) {
      const d = text.charCodeAt(p + 1)
      if (d >= 97 && d <= 122) return true
    }
  }
  return false
}
