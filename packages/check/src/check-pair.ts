import {checkBead} from '@tolmach/aligner'
import {isLang, type Severity} from '@tolmach/core'
import {checkConsistency} from './check-consistency.js'
import {checkLinks} from './check-links.js'
import {checkMarkup} from './check-markup.js'
import {checkNames} from './check-names.js'
import {checkNumbers, collectNumberedNames, type NumberedNames} from './check-numbers.js'
import {checkScript} from './check-script.js'
import {checkUnknownNames} from './check-unknown-names.js'
import {runTerms, termMatchers} from './check-terms.js'
import {checkTypography} from './check-typography.js'
import type {RawFinding} from './finding.js'
import {defaultRewrites, emailRe, placeholderRe, urlRe} from './links.js'
import {createLocator} from './locate.js'
import type {CheckFinding, CheckOptions, TranslationPair} from './types.js'

const severities = new Set(['error', 'warning', 'info', 'off'])

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => '\u2063'.repeat(m.length))
}

/** Every check of one pair (no corpus-level ones): positions relative to the pair. */
function pairFindings(pair: TranslationPair, options: CheckOptions, names: NumberedNames): RawFinding[] {
  const out: RawFinding[] = []
  const report = (f: RawFinding) => out.push(f)
  const langs = {source: options.sourceLang, target: options.targetLang}
  const noTags = (t: string) => blank(t, placeholderRe)
  const plain = (t: string) => blank(blank(noTags(t), urlRe), emailRe)
  const [src, tgt] = [pair.source, pair.target]
  checkNumbers(plain(src), plain(tgt), langs, names, report)
  checkLinks(noTags(src), noTags(tgt), pair.links, options.urlRewrites ?? defaultRewrites(langs.source, langs.target), report)
  checkMarkup(src, tgt, pair.segments, report)
  const parts = pair.segments?.target.map((segment, k, all) => {
    const start = all.slice(0, k).reduce((n, x) => n + x.text.length + 1, 0)
    return [start, start + segment.text.length] as const
  })
  checkScript(plain(src), plain(tgt), langs, report, parts)
  checkTypography(noTags(src), noTags(tgt), pair.segments && [...pair.segments.source, ...pair.segments.target].map((s) => s.kind), report)
  // The aligner's length check, on the pair as one bead; its other checks have finer versions here.
  if (src.trim().length >= 30 && tgt.trim().length >= 30) {
    const ratio = langs.source === 'ru' ? 1.04 : 1 / 1.04
    for (const f of checkBead([src], [tgt], {src: [0], tgt: [0], score: 1}, {ratio, ratioTolerance: 2.2}).findings) {
      if (f.ruleId !== 'length-ratio') continue
      report({ruleId: 'length-ratio', messageId: tgt.length > src.length ? 'targetTooLong' : 'targetTooShort', severity: 'warning', side: 'target', start: 0, end: tgt.length, data: {source: src.length, target: tgt.length}})
    }
  }
  for (const rule of options.customRules ?? []) {
    const side = rule.side ?? 'target'
    const text = pair[side]
    for (const m of text.matchAll(new RegExp(rule.pattern, `${(rule.flags ?? '').replace('g', '')}g`))) {
      if (m[0] === '') break
      const start = m.index ?? 0
      report({ruleId: rule.id, messageId: 'custom', severity: rule.severity ?? 'warning', side, start, end: start + m[0].length, data: {rule: rule.id, message: rule.message ?? '', actual: m[0]}, actual: m[0]})
    }
  }
  return out
}

function validate(pairs: unknown, options: CheckOptions): void {
  if (!Array.isArray(pairs)) throw new TypeError('checkPairs: `pairs` must be an array')
  for (const [k, p] of pairs.entries()) {
    if (typeof p?.source !== 'string' || typeof p?.target !== 'string') throw new TypeError(`checkPairs: pair ${k} needs string \`source\` and \`target\``)
  }
  if (typeof options !== 'object' || options === null) throw new TypeError('checkPairs: `options` must be an object')
  if (!isLang(options.sourceLang) || !isLang(options.targetLang)) throw new TypeError("checkPairs: `sourceLang` and `targetLang` must be 'ru' or 'en'")
  for (const [rule, setting] of Object.entries(options.rules ?? {})) {
    if (!severities.has(setting)) throw new TypeError(`checkPairs: rule \`${rule}\` must be error, warning, info or off`)
  }
  for (const rule of options.customRules ?? []) {
    if (typeof rule?.id !== 'string' || typeof rule.pattern !== 'string') throw new TypeError('checkPairs: a custom rule needs string `id` and `pattern`')
    new RegExp(rule.pattern, rule.flags)
  }
}

/**
 * Checks translated pairs: numbers, dates, links and e-mails, inline markup,
 * untranslated text and stray Cyrillic, length, the typography checks of
 * pofilter/Xbench, consistency across the pairs and, with a glossary,
 * terminology. Findings carry `messageId` and `data`, no prose; placed in
 * the target's file when the pair says where it sits.
 */
export function checkPairs(pairs: readonly TranslationPair[], options: CheckOptions): CheckFinding[] {
  validate(pairs, options)
  const raw: Array<[number, RawFinding]> = []
  const names = {source: collectNumberedNames(pairs.map((p) => p.source)), target: collectNumberedNames(pairs.map((p) => p.target))}
  pairs.forEach((pair, index) => {
    for (const f of pairFindings(pair, options, names)) raw.push([index, f])
  })
  checkConsistency(pairs, (index, f) => raw.push([index, f]))
  checkNames(pairs, (index, f) => raw.push([index, f]), options.targetLang === 'en')
  if (options.sourceLang === 'ru' && options.targetLang === 'en') {
    const named = new Set(raw.filter(([, f]) => f.ruleId === 'name-mismatch').map(([index, f]) => `${index}:${f.start}`))
    checkUnknownNames(pairs, (index, f) => raw.push([index, f]), named)
  }
  const matchers = termMatchers(options)
  if (matchers) raw.push(...runTerms(pairs, options, matchers))
  const locate = createLocator()
  const out: CheckFinding[] = []
  for (const [index, f] of raw) {
    const setting = options.rules?.[f.ruleId]
    if (setting === 'off') continue
    const pair = pairs[index] as TranslationPair
    const location = f.side === 'target' ? pair.targetLocation : pair.sourceLocation
    const finding: CheckFinding = {
      ruleId: f.ruleId, messageId: f.messageId, data: f.data, severity: (setting ?? f.severity) as Severity, source: 'tolmach-check',
      pair: index, side: f.side, start: f.start, end: f.end
    }
    if (pair.id !== undefined) finding.pairId = pair.id
    if (location?.file !== undefined) finding.file = location.file
    const place = locate(location, f.start, f.end)
    if (place) finding.place = place
    if (f.actual !== undefined) finding.actual = f.actual
    if (f.expected !== undefined) finding.expected = f.expected
    if (f.related) {
      const at = f.related.side === 'target' ? pair.targetLocation : pair.sourceLocation
      const related: NonNullable<CheckFinding['related']> = {...f.related}
      if (at?.file !== undefined) related.file = at.file
      const rp = locate(at, f.related.start, f.related.end)
      if (rp) related.place = rp
      finding.related = related
    }
    out.push(finding)
  }
  return out.sort((a, b) => a.pair - b.pair || a.start - b.start)
}

/** `checkPairs` for one pair. */
export function checkPair(pair: TranslationPair, options: CheckOptions): CheckFinding[] {
  return checkPairs([pair], options)
}
