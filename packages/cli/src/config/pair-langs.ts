import {detectLanguage, type Lang} from '@tolmach/core'
import {decideLang} from '../io/document-lang.js'
import {usageError} from '../errors.js'
import type {Translate} from '../i18n/i18n.js'
import type {InputText} from '../io/read-input.js'

export interface PairLangs {
  sourceLang: Lang
  targetLang: Lang
}

export interface PairLangDecision extends PairLangs {
  /** Translated warnings: a language guessed from too little evidence. */
  warnings: string[]
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ru' ? 'en' : 'ru'
}

/**
 * The direction of a document pair. Languages given on the command line
 * win (one given, the other is the other language); else the source
 * document says which it is, or, when it has no letters, the target does;
 * the config's languages count only when neither document can tell. The
 * positional order is the user's word on which file is the source, so a
 * project config saying ru → en does not turn an English source around.
 * Two documents in the same language are the aligner's `language-mismatch`
 * to report, not a guess to make here.
 */
export function decidePairLangs(
  given: {source?: Lang | undefined; target?: Lang | undefined},
  docs: {source: InputText; target: InputText},
  fallback: () => {source?: Lang | undefined; target?: Lang | undefined},
  t: Translate
): PairLangDecision {
  const {source, target} = given
  if (source !== undefined || target !== undefined) return checked(source ?? otherLang(target as Lang), target ?? otherLang(source as Lang), [], t)
  const warnings: string[] = []
  for (const side of ['source', 'target'] as const) {
    const doc = docs[side]
    const guess = detectLanguage(doc.text)
    if (guess.cyrillic + guess.latin === 0) continue
    const decision = decideLang(undefined, doc.text, doc.file, t, side === 'source' ? '--source-lang' : '--target-lang')
    if (decision.warning) warnings.push(decision.warning)
    const lang = side === 'source' ? decision.lang : otherLang(decision.lang)
    return checked(lang, otherLang(lang), warnings, t)
  }
  // Read only now: a config matters only when the documents cannot tell.
  const config = fallback()
  const from = config.source ?? (config.target === undefined ? 'ru' : otherLang(config.target))
  return checked(from, config.target ?? otherLang(from), warnings, t)
}

function checked(sourceLang: Lang, targetLang: Lang, warnings: string[], t: Translate): PairLangDecision {
  if (sourceLang === targetLang) throw usageError('same-lang', t('check.sameLang', {lang: sourceLang}))
  return {sourceLang, targetLang, warnings}
}
