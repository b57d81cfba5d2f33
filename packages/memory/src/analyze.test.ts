import {russianLemma} from '@tolmach/glossary'
import {describe, expect, it} from 'vitest'
import {analyze, analyzeStored, indexKeys} from './analyze.js'
import {createLemmatizer} from './lemmatizer.js'
import {indexTokenKind, indexTokens, tokenize} from './tokens.js'

const lemmatizer = createLemmatizer(russianLemma)

describe('indexKeys', () => {
  // The bulk import indexes with indexKeys and search reads with analyze: a key that differs loses matches.
  it.each([
    ['ru', 'Инфляция в октябре составила 12,5 % ({1}по данным{/1} Росстата).'],
    ['ru', 'Не менее 1 000,5 тонн — критически важных минералов, т. е. «сырья».'],
    ['en', "The ministers' meeting didn't approve 1,000.5 tonnes of critical minerals {2/}."],
    ['en', 'Supplies supplied, supplying: co-operation re-started!']
  ])('gives the keys analyze gives (%s: %s)', (lang, text) => {
    const analysis = analyze(text, lang, lemmatizer)
    const {keys, words} = indexKeys(text, lang, lemmatizer)
    expect(keys).toEqual(analysis.keys)
    expect(words).toEqual(analysis.words.map((token) => token.kind === 'word'))
    // Scoring a stored entry takes its keys from the row instead of lemmatizing again.
    expect(analyzeStored(text, keys.join(' '), lang, lemmatizer)).toEqual(analysis)
  })

  it('computes the keys again when the stored ones do not fit the tokens', () => {
    const text = 'Инфляция в октябре составила 12,5 %.'
    expect(analyzeStored(text, 'инфляция в', 'ru', lemmatizer)).toEqual(analyze(text, 'ru', lemmatizer))
  })
})

describe('indexTokens', () => {
  // The bulk import scans with a punctuation-free pattern; a token it cut differently would index keys search never asks for.
  it.each([
    'Инфляция в октябре составила 12,5 % ({1}по данным{/1} Росстата).',
    'Не менее 1 000,5 тонн — критически важных минералов, т. е. «сырья»; 1,000.5 t {2/} {x} {12',
    "co-operation re-started: didn't-it? ё-моё 3.14.15 7\u00a0000\u202f000,25 а{1}б",
    '—…«»()[]{}/\\|@#$%^&*+=~`<>?!.,;: \t\n',
    'Ǆemal naïve ﬁnance 中文 العربية 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ab’cd-9x'
  ])('gives the word, number and placeholder tokens of tokenize (%s)', (text) => {
    const tokens = tokenize(text).filter((token) => token.kind !== 'punct')
    expect(indexTokens(text)).toEqual(tokens.map((token) => token.text))
    expect(indexTokens(text).map(indexTokenKind)).toEqual(tokens.map((token) => token.kind))
  })
})
