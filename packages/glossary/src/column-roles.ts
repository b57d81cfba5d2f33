/**
 * What one column of a glossary sheet holds. `lang` is a lower-case
 * primary subtag; `ref` points at the term column a per-term column
 * (memoQ's repeated Term_Info) belongs to.
 */
export type ColumnRole =
  | {kind: 'term'; lang: string}
  | {kind: 'sourceTerm'}
  | {kind: 'translation'}
  | {kind: 'key'}
  | {kind: 'status' | 'pos' | 'termType' | 'termNote' | 'termDefinition' | 'forbidden' | 'preferred' | 'caseSensitive' | 'exact' | 'forms' | 'example'; lang?: string; ref?: number}
  | {kind: 'id' | 'domain' | 'conceptNote' | 'definition' | 'variations' | 'dnt' | 'translatable' | 'ignore'}

const languageNames: Record<string, string> = {
  russian: 'ru', english: 'en', czech: 'cs', german: 'de', french: 'fr', spanish: 'es', kazakh: 'kk',
  ukrainian: 'uk', chinese: 'zh', italian: 'it', polish: 'pl', turkish: 'tr', uzbek: 'uz'
}

// Russian sheets name languages by their adjectives («Русский», «Английский язык»).
const russianLanguageNames: Record<string, string> = {
  русский: 'ru', английский: 'en', чешский: 'cs', немецкий: 'de', французский: 'fr', испанский: 'es', казахский: 'kk',
  украинский: 'uk', китайский: 'zh', итальянский: 'it', польский: 'pl', турецкий: 'tr', узбекский: 'uz'
}

// Russian column headers, read as the English ones the roles below know.
const russianHeaders: Array<[RegExp, string]> = [
  [/^(термин|терм)$/, 'term'],
  [/^(перевод|эквивалент)$/, 'translation'],
  [/^(комментари[йи]|примечани[ея]|заметк[аи])$/, 'comment'],
  [/^(статус)$/, 'status'],
  [/^(определение)$/, 'definition'],
  [/^(часть речи)$/, 'part of speech'],
  [/^(тематика|область|предметная область|домен)$/, 'domain'],
  [/^(пример|примеры)$/, 'example'],
  [/^(запрещ[её]н(ный|о)?)$/, 'forbidden'],
  [/^(формы|словоформы)$/, 'forms'],
  [/^(учитывать регистр|с учетом регистра|с учётом регистра)$/, 'case sensitive'],
  [/^(идентификатор|ид|№)$/, 'id']
]

/** A header cell with its Russian words in English: «Термин (русский)» → `term (ru)`, «Статус» → `status`. */
function englishHeader(name: string): string {
  const word = (w: string): string => {
    const bare = w.replace(/\s+язык$/, '')
    if (russianLanguageNames[bare]) return russianLanguageNames[bare]!
    for (const [re, english] of russianHeaders) if (re.test(bare)) return english
    return w
  }
  const bracket = /^(.+?)\s*([[(])([^\])]+)([\])])$/.exec(name)
  if (bracket) return `${word(bracket[1]!.trim())} ${bracket[2]}${word(bracket[3]!.trim())}${bracket[4]}`
  return word(name)
}

const codes = new Set(
  'ru en cs de fr es kk uk zh it pl tr uz ky tg tk be ar ja ko pt nl sv fi da nb hu ro bg sr hr sl sk lt lv et el he hy ka az mn fa hi mul'.split(' ')
)

/** `ru`, `en-US`, `ru_RU`, `Russian` → `ru`; undefined otherwise. */
export function languageOf(name: string): string | undefined {
  const n = name.trim().toLowerCase()
  const m = /^([a-z]{2,3})(?:[-_](?:[a-z]{2}|\d{3}|hans|hant|latn|cyrl))?$/.exec(n)
  if (m && codes.has(m[1]!)) return m[1]
  return languageNames[n]
}

const conceptLevel: Array<[RegExp, ColumnRole]> = [
  [/^(entry[_ ]?id|id|concept|concept[_ ]?id)$/, {kind: 'id'}],
  [/^(entry[_ ]?subject|entry[_ ]?domain|subject|domain|subjectfield|tags)$/, {kind: 'domain'}],
  [/^(entry[_ ]?note|description|notes?|comments?)$/, {kind: 'conceptNote'}],
  [/^(definition)$/, {kind: 'definition'}],
  [/^(part of speech|pos)$/, {kind: 'pos'}],
  [/^(status)$/, {kind: 'status'}],
  [/^(case[ _]?sensitive)$/, {kind: 'caseSensitive'}],
  [/^(exact[ _]?match)$/, {kind: 'exact'}],
  [/^(forbidden)$/, {kind: 'forbidden'}],
  [/^(translatable)$/, {kind: 'translatable'}],
  [/^(do not translate|dnt)$/, {kind: 'dnt'}],
  [/^(variations|synonyms)$/, {kind: 'variations'}],
  [/^term$/, {kind: 'sourceTerm'}],
  // A `translation` (or «Перевод») column beside a bare `term` one: the other language, told from its cells.
  [/^(translation|target|target term)$/, {kind: 'translation'}],
  [
    /^(entry[_ ]?(clientid|projectid|created|creator|lastmodified|modifier)|created( by| at)?|last modified( by| at)?|relevance|archived|locales)$/,
    {kind: 'ignore'}
  ]
]

const perLanguage: Array<[RegExp, ColumnRole['kind']]> = [
  [/^(status)$/, 'status'],
  [/^(part of speech|pos)$/, 'pos'],
  [/^(description|note|notes|translation notes|comment)$/, 'termNote'],
  [/^(def|definition)$/, 'termDefinition'],
  [/^(forbidden)$/, 'forbidden'],
  [/^(preferred)$/, 'preferred'],
  [/^(case[ _]?sensitive)$/, 'caseSensitive'],
  [/^(exact[ _]?match|exact)$/, 'exact'],
  [/^(forms)$/, 'forms'],
  [/^(type|term type|termtype)$/, 'termType'],
  [/^(example)$/, 'example']
]

// `term_ru`, `ru_term`, `Russian term`, `translation-en`: a term column named with its language.
const termLabel = /^(?:term|terms|translation|word|phrase)[\s_-]+([a-z]{2,3}(?:[-_][a-z]{2})?)$|^([a-z]+(?:[-_][a-z]{2})?)[\s_-]+(?:term|terms|translation|word|phrase)$/

/**
 * Maps a header row to column roles. Returns undefined for cells it does
 * not know, so the caller can decide whether the row is a header at all.
 */
export function headerRoles(header: string[]): Array<ColumnRole | undefined> {
  const roles: Array<ColumnRole | undefined> = []
  let lastTerm = -1
  for (let i = 0; i < header.length; i++) {
    const name = englishHeader(header[i]!.trim().toLowerCase().replace(/^\ufeff/, '').replace(/\s+/g, ' '))
    let role: ColumnRole | undefined
    const lang = languageOf(name)
    const bracket = /^(.+?)\s*[[(]([^\])]+)[\])]$/.exec(name)
    const prefixed = /^([a-z]+(?:[-_][a-z]{2})?)[_ ](.+)$/.exec(name)
    const suffixed = /^(example|forms|status)[_ ]([a-z-]+)$/.exec(name)
    const labelled = termLabel.exec(name)
    const labelLang = labelled ? languageOf(labelled[1] ?? labelled[2]!) : undefined
    if (lang) role = {kind: 'term', lang}
    else if (labelLang) role = {kind: 'term', lang: labelLang}
    else if (bracket && languageOf(bracket[2]!)) {
      const l = languageOf(bracket[2]!)!
      role = /^(term|translation)$/.test(bracket[1]!) ? {kind: 'term', lang: l} : perLanguageRole(bracket[1]!, l)
    } else if (prefixed && languageOf(prefixed[1]!)) role = perLanguageRole(prefixed[2]!, languageOf(prefixed[1]!)!)
    else if (suffixed && languageOf(suffixed[2]!)) role = perLanguageRole(suffixed[1]!, languageOf(suffixed[2]!)!)
    else if (name === 'term_info') role = lastTerm >= 0 ? {kind: 'termNote', ref: lastTerm} : {kind: 'ignore'}
    else if (name === 'term_example') role = lastTerm >= 0 ? {kind: 'example', ref: lastTerm} : {kind: 'ignore'}
    else {
      for (const [re, r] of conceptLevel) {
        if (re.test(name)) {
          role = r
          break
        }
      }
    }
    if (role?.kind === 'term') lastTerm = i
    roles.push(role)
  }
  return roles
}

function perLanguageRole(field: string, lang: string): ColumnRole | undefined {
  const f = field.trim().toLowerCase()
  for (const [re, kind] of perLanguage) if (re.test(f)) return {kind, lang} as ColumnRole
  return undefined
}
