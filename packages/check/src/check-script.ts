import type {Lang} from '@tolmach/core'
import type {Report} from './finding.js'

const cyrillicWord = /[\p{L}\u0300-\u036f]*\p{Script=Cyrillic}[\p{L}\u0300-\u036f-]*/gu
const latinWord = /\p{Script=Latin}{2,}/gu

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\u2063]+/g, ' ').replace(/[.,;:!?…]+$/, '').trim()
}

/**
 * Text left in the source language: a target that repeats the source or is
 * written in the source's script (`untranslated`, error), and Cyrillic words
 * or look-alike letters inside an English target (`mixed-script`).
 */
export function checkScript(source: string, target: string, langs: {source: Lang; target: Lang}, report: Report, parts?: ReadonlyArray<readonly [number, number]>): void {
  // A pair joined from several target sentences: the one left in Russian is the place to report.
  if (parts && parts.length > 1 && langs.target === 'en') {
    for (const [start, end] of parts) {
      const text = target.slice(start, end)
      const cyr = (text.match(cyrillicWord) ?? []).join('').length
      const lat = (text.match(latinWord) ?? []).join('').length
      if (cyr > 3 && cyr >= lat) {
        report({ruleId: 'untranslated', messageId: 'targetInSourceLanguage', severity: 'error', side: 'target', start, end, data: {lang: langs.source}})
        return
      }
    }
  }
  const tgtCyr = [...target.matchAll(cyrillicWord)]
  const tgtLat = [...target.matchAll(latinWord)]
  const srcCyr = source.match(cyrillicWord)?.length ?? 0
  const srcLat = source.match(latinWord)?.length ?? 0
  const same = normalize(source) === normalize(target)
  if (langs.target === 'en') {
    const cyrLetters = tgtCyr.reduce((n, m) => n + m[0].length, 0)
    const latLetters = tgtLat.reduce((n, m) => n + m[0].length, 0)
    if ((same && srcCyr > 0) || (cyrLetters > 3 && cyrLetters >= latLetters)) {
      report({ruleId: 'untranslated', messageId: same ? 'targetEqualsSource' : 'targetInSourceLanguage', severity: 'error', side: 'target', start: 0, end: target.length, data: {lang: langs.source}})
      return
    }
    for (const m of tgtCyr) {
      const start = m.index ?? 0
      report({ruleId: 'mixed-script', messageId: /\p{Script=Latin}/u.test(m[0]) ? 'lookalikeLetters' : 'cyrillicInTarget', severity: 'error', side: 'target', start, end: start + m[0].length, data: {actual: m[0]}, actual: m[0]})
    }
    return
  }
  // A Russian target: no Cyrillic at all where the source has ordinary words is untranslated.
  const words = source.match(/\b\p{Ll}{3,}\b/gu)?.length ?? 0
  if ((same && srcLat > 2 && words > 1) || (tgtCyr.length === 0 && words > 2)) {
    report({ruleId: 'untranslated', messageId: same ? 'targetEqualsSource' : 'targetInSourceLanguage', severity: 'error', side: 'target', start: 0, end: target.length, data: {lang: langs.source}})
  }
}
