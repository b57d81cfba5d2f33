import type {AzParse} from './az-types.js'
import {isMostlyFunctionWord, lexemeForms, parses, type WordForm} from './morphology.js'
import {isAcronym} from './term-key.js'
import {tokenize, type Token} from './tokenize.js'

/** A form of one term word for one case/number, or for every case (`*`). */
interface SlotForm {
  word: string
  case: string
  number: string
  gender?: string | undefined
  /** Matches only right after a preposition of the prepositional case (о после). */
  afterPreposition?: boolean
}

/**
 * First key of a sequence that matches only after «о», «об», «обо» or «при»
 * (the matcher checks the token before): a form that is otherwise a function word.
 */
export const AFTER_PREPOSITION = '\u0002loct'
const contextual = '\u0002'

type Slot =
  | {kind: 'fixed'; token: Token}
  | {
      kind: 'inflect'
      token: Token
      forms: SlotForm[]
      person: boolean
      noun: boolean
      name?: boolean
      caseOnly?: boolean
      /** The adjective reading of a word that is also a noun (прямые: прямая «line»), or predicted for an unknown one (Транскаспийский). */
      adjective?: SlotForm[]
    }

const cases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']

const cyrillicWord = /^[\u0400-\u04ff]+$/
const adjectiveEnding = /^[\u0400-\u04ff]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/

/**
 * Generates every inflected form of a Russian term as token-key sequences:
 * the head noun in all cases and numbers, adjectives before it agreeing in
 * case, number and gender, genitive tails kept fixed (Министерства
 * иностранных дел), person names declined together (Касым-Жомарта
 * Токаева), acronyms with spoken endings (МИДа, МИДом).
 */
export function russianTermVariants(text: string, caseSensitive: boolean | undefined): string[][] {
  const tokens = tokenize(text)
  let slots = tokens.map((t) => analyse(t, false))
  // A term written in an oblique case (критических минералов): read its words in any case.
  if (!slots.some((s) => s.kind === 'inflect' && s.noun) && tokens.length > 1) slots = tokens.map((t) => analyse(t, true))
  if (tokens.length === 1 && slots[0]!.kind === 'fixed' && cyrillicWord.test(tokens[0]!.raw) && !isAcronym(tokens[0]!.raw)) {
    // A one-word term that is not a noun or adjective (ратифицировать): every form of its lexeme.
    const lower = tokens[0]!.lower
    const parse = best(parses(lower).filter((p) => p.parser === 'Dictionary' && String(p).replace(/ё/g, 'е') === lower))
    if (parse) {
      const words = new Set([lower, ...clean(lexemeForms(parse), lower).map((f) => f.word.replace(/ё/g, 'е'))])
      return [...words].map((w) => [caseSensitive ? w : w.toLowerCase()])
    }
  }
  // isAcronym runs a Unicode regex: once per token, not once per generated form.
  const acronyms = new Map<Token, boolean>()
  const acronym = (token: Token) => {
    let value = acronyms.get(token)
    if (value === undefined) {
      value = isAcronym(token.raw)
      acronyms.set(token, value)
    }
    return value
  }
  const keyOf = (token: Token, word: string) => {
    const sensitive = caseSensitive ?? acronym(token)
    if (acronym(token)) {
      // МИД + "ом": keep the acronym's capitals, the ending as spoken.
      const w = token.exact + word.slice(token.exact.length).replace(/ё/g, 'е')
      return sensitive ? w : w.toLowerCase()
    }
    const w = word.replace(/ё/g, 'е').replace(/Ё/g, 'Е')
    if (!sensitive) return w.toLowerCase()
    // Case-sensitive: keep the term's capitalisation of the first letter.
    return token.exact[0] === token.exact[0]?.toUpperCase() ? w.charAt(0).toUpperCase() + w.slice(1) : w
  }
  const fixedKey = (token: Token) => ((caseSensitive ?? acronym(token)) ? token.exact : token.lower)

  // Before another inflecting word, a word that reads as an adjective is one
  // (прямые иностранные инвестиции, Транскаспийский международный маршрут).
  slots = slots.map((s, i) => {
    const next = slots[i + 1]
    if (s.kind !== 'inflect' || !s.adjective || !next || next.kind !== 'inflect' || next.token.hyphen) return s
    return {kind: 'inflect', token: s.token, forms: s.adjective, person: false, noun: false}
  })
  // A noun hyphen-joined to a following adjective is part of a compound adjective
  // (литий-ионные аккумуляторы): it stays as written and is not the head.
  slots.forEach((s, i) => {
    const next = slots[i + 1]
    if (s.kind === 'inflect' && s.noun && next?.token.hyphen && next.kind === 'inflect' && !next.noun) slots[i] = {kind: 'fixed', token: s.token}
  })
  let head = slots.findIndex((s) => s.kind === 'inflect' && s.noun)
  if (head < 0) head = slots.findLastIndex((s) => s.kind === 'inflect')
  if (head < 0) return [tokens.map(fixedKey)]
  const headSlot = slots[head] as Extract<Slot, {kind: 'inflect'}>
  const personAt = slots.findLastIndex((s) => s.kind === 'inflect' && s.person)
  const agreeing = slots.map((s, i) => {
    if (s.kind !== 'inflect' || i === head) return false
    if (i < head) return !s.noun || s.person
    // After the head: hyphenated appositions and the parts of a person's
    // name agree (министра Ермека Кошербаева); the rest is a fixed tail
    // (Республики Казахстан, Министерства иностранных дел).
    if (s.token.hyphen && s.noun) return true
    if (s.person) return true
    return s.name === true && (headSlot.name === true || headSlot.person || personAt > i)
  })
  const sequences = new Map<string, string[]>()
  const add = (keys: string[]) => sequences.set(keys.join('\u0001'), keys)
  add(tokens.map(fixedKey))
  const matches = (f: SlotForm, c: string, n: string) => (f.case === c || f.case === '*') && (f.number === n || f.number === '*')
  for (const c of cases) {
    for (const n of ['sing', 'plur']) {
      for (const hf of headSlot.forms.filter((f) => matches(f, c, n))) {
        const gender = hf.gender
        const perSlot: string[][] = slots.map((s, i) => {
          if (i === head) {
            const undeclined = s.kind === 'inflect' && s.name && slots[i + 1]?.token.hyphen
            const own = keyOf(s.token, hf.word) + (hf.afterPreposition ? contextual : '')
            return undeclined ? [...new Set([own, fixedKey(s.token)])] : [own]
          }
          if (s.kind === 'fixed' || !agreeing[i]) return [fixedKey(s.token)]
          const forms = s.forms.filter(
            (f) =>
              (f.case === c || f.case === '*') &&
              (s.caseOnly || f.number === n || f.number === '*') &&
              (n === 'plur' || s.noun || !f.gender || !gender || f.gender === gender || gender === 'Ms-f')
          )
          const keys = forms.map((f) => keyOf(s.token, f.word) + (f.afterPreposition ? contextual : ''))
          // The first part of a hyphenated name often stays undeclined (Касым-Жомарта).
          if (s.name && slots[i + 1]?.token.hyphen) keys.push(fixedKey(s.token))
          return keys.length > 0 ? [...new Set(keys)] : [fixedKey(s.token)]
        })
        for (const combo of product(perSlot, 64)) {
          if (!combo.some((k) => k.endsWith(contextual))) add(combo)
          else add([AFTER_PREPOSITION, ...combo.map((k) => (k.endsWith(contextual) ? k.slice(0, -1) : k))])
        }
      }
    }
  }
  return [...sequences.values()]
}

function* product(lists: string[][], limit: number): Generator<string[]> {
  let count = 0
  const walk = function* (i: number, acc: string[]): Generator<string[]> {
    if (count >= limit) return
    if (i === lists.length) {
      count++
      yield [...acc]
      return
    }
    for (const x of lists[i]!) {
      acc.push(x)
      yield* walk(i + 1, acc)
      acc.pop()
    }
  }
  // One array, filled in place; each combination is copied once when yielded.
  for (const combo of walk(0, [])) yield combo
}

const analysed = new Map<string, Slot>()

/** Analysis depends on the spelling only: cached, re-bound to each token. */
function analyse(token: Token, oblique: boolean): Slot {
  const key = `${oblique ? 1 : 0}${token.raw}`
  let slot = analysed.get(key)
  if (!slot) {
    slot = analyseWord(token, oblique)
    analysed.set(key, slot)
  }
  return {...slot, token}
}

function analyseWord(token: Token, oblique: boolean): Slot {
  const raw = token.raw
  const lower = raw.toLowerCase()
  if (!cyrillicWord.test(raw)) return {kind: 'fixed', token}
  const dictionary = parses(lower).filter((p) => p.parser === 'Dictionary')
  if (isAcronym(raw)) {
    const noun = dictionary.find((p) => p.tag.POST === 'NOUN' && p.tag.CAse === 'nomn')
    if (!noun) {
      // Acronyms read as words take masculine endings (ОПЕКа); spelled-out ones (РК, ООН) never
      // meet these forms in text, so offering them costs nothing.
      if (!/[бвгджзклмнпрстфхцчшщ]$/.test(lower) || lower.length < 3) return {kind: 'fixed', token}
      const forms = ['', 'а', 'у', 'а', 'ом', 'е'].map((e, i) => ({word: lower + e, case: cases[i]!, number: 'sing', gender: 'masc'}))
      return {kind: 'inflect', token, forms, person: false, noun: true}
    }
    const forms = lexemeForms(noun).filter((f) => f.word.startsWith(lower))
    return {kind: 'inflect', token, forms, person: false, noun: true}
  }
  const capitalised = raw[0] !== lower[0]
  const isPerson = (p: AzParse) => p.tag['Name'] === true || p.tag['Surn'] === true || p.tag['Patr'] === true
  const nounNomn = best(dictionary.filter((p) => p.tag.POST === 'NOUN' && (oblique || p.tag.CAse === 'nomn')))
  const isAdjective = (p: AzParse) => (p.tag.POST === 'ADJF' || p.tag.POST === 'PRTF') && (oblique || p.tag.CAse === 'nomn')
  const adjective = best(dictionary.filter(isAdjective))
  if (nounNomn) {
    const person = capitalised && isPerson(nounNomn)
    // The dictionary marks many foreign surnames indeclinable (Fixd); Russian texts decline them anyway (Фернандеса).
    const forms = person && nounNomn.tag['Fixd'] === true ? [...lexemeForms(nounNomn), ...nameForms(lower).forms] : clean(lexemeForms(nounNomn), lower)
    const slot: Slot = {kind: 'inflect', token, forms, person, noun: true, name: capitalised && !isGeneric(nounNomn)}
    if (adjective && !person && adjective.score >= nounNomn.score) slot.adjective = clean(lexemeForms(adjective), lower)
    return slot
  }
  if (adjective) return {kind: 'inflect', token, forms: clean(lexemeForms(adjective), lower), person: false, noun: false}
  // Unknown to the dictionary: Az.js predicts the paradigm from the ending (Транскаспийский).
  const predicted = dictionary.length === 0 && adjectiveEnding.test(lower) ? best(parses(lower).filter(isAdjective)) : undefined
  const predictedForms = predicted ? lexemeForms(predicted).filter((f) => f.word.slice(0, 3) === lower.slice(0, 3)) : []
  if (capitalised) {
    const forms = nameForms(lower)
    const slot: Slot = {kind: 'inflect', token, forms: forms.forms, person: forms.person, noun: true, name: true, caseOnly: true}
    if (predictedForms.length > 0) slot.adjective = predictedForms
    return slot
  }
  if (predictedForms.length > 0) return {kind: 'inflect', token, forms: predictedForms, person: false, noun: false}
  if (dictionary.length === 0 && lower.length >= 4) {
    // A word the dictionary lacks (new loanwords): decline it as a noun by its ending.
    return {kind: 'inflect', token, forms: nameForms(lower).forms, person: false, noun: true, caseOnly: true}
  }
  return {kind: 'fixed', token}
}

/** Common nouns written with a capital (Республика, Министерство) are not names. */
function isGeneric(p: AzParse): boolean {
  return !(p.tag['Name'] || p.tag['Surn'] || p.tag['Patr'] || p.tag['Geox'] || p.tag['Orgn'] || p.tag['Trad'])
}

function best(list: AzParse[]): AzParse | undefined {
  return list.sort((a, b) => b.score - a.score)[0]
}

/**
 * Drops forms that readers take for function words (после is mostly the
 * preposition, not a form of посол), except in the prepositional case, which
 * is kept behind its preposition: «о после» is the ambassador, «после
 * встречи» is not (see AFTER_PREPOSITION).
 */
function clean(forms: WordForm[], original: string): SlotForm[] {
  const out: SlotForm[] = []
  for (const f of forms) {
    if (f.word === original || !isMostlyFunctionWord(f.word)) out.push(f)
    else if (f.case === 'loct') out.push({...f, afterPreposition: true})
  }
  return out
}

// [ending pattern (group 1 = stem), endings nomn…loct, is a surname, gender]
const nameRules: Array<[RegExp, string[], boolean, string]> = [
  [/^(.+(?:ов|ев|ёв|ин|ын))$/, ['', 'а', 'у', 'а', 'ым', 'е'], true, 'masc'],
  [/^(.+(?:ов|ев|ёв|ин|ын))а$/, ['а', 'ой', 'ой', 'у', 'ой', 'ой'], true, 'femn'],
  [/^(.+[сц]к)ий$/, ['ий', 'ого', 'ому', 'ого', 'им', 'ом'], true, 'masc'],
  [/^(.+)ь$/, ['ь', 'я', 'ю', 'я', 'ем', 'е'], false, 'masc'],
  [/^(.+)й$/, ['й', 'я', 'ю', 'я', 'ем', 'е'], false, 'masc'],
  [/^(.+[жшчщц])$/, ['', 'а', 'у', 'а', 'ем', 'е'], false, 'masc'],
  [/^(.+[бвгдзклмнпрстфх])$/, ['', 'а', 'у', 'а', 'ом', 'е'], false, 'masc'],
  [/^(.+[гкхжшчщ])а$/, ['а', 'и', 'е', 'у', 'ой', 'е'], false, 'femn'],
  [/^(.+)а$/, ['а', 'ы', 'е', 'у', 'ой', 'е'], false, 'femn'],
  [/^(.+)я$/, ['я', 'и', 'е', 'ю', 'ей', 'е'], false, 'femn']
]

/**
 * Declension of names the dictionary lacks (Кошербаев, Токаев, Вэнс,
 * Кристофер), by their ending; names ending in -о, -у, -и, -е, -ю
 * (Рубио, Ландау) do not decline.
 */
export function nameForms(word: string): {forms: SlotForm[]; person: boolean} {
  const table = (endings: string[], stem: string, person: boolean, gender = 'masc') => ({
    forms: cases.map((c, i) => ({word: stem + endings[i], case: c, number: 'sing', gender})),
    person
  })
  for (const [pattern, endings, person, gender] of nameRules) {
    const m = pattern.exec(word)
    if (m) return table(endings, m[1]!, person || /ич$/.test(word), gender)
  }
  return {forms: [{word, case: '*', number: '*'}], person: false}
}
