import {createTermMatcher, parseGlossary} from '@tolmach/glossary'
import {segmentMarkdown} from '@tolmach/segmenter'
import {expect, test} from 'vitest'
import {createGlossaryNotes} from './export-glossary.js'

const csv = `id,domain,ru,en,status
mfa,politics,министр иностранных дел,Minister of Foreign Affairs,preferred
mfa,politics,,Foreign Minister,admitted
mfa,politics,,Minister of Foreign Ministry,forbidden
usa,politics,США,United States,preferred
`

test('terms found in a segment, inflected, become notes with approved and avoided translations', () => {
  const {glossary, messages} = parseGlossary(csv, {fileName: 'terms.csv'})
  expect(messages).toEqual([])
  const notes = createGlossaryNotes(glossary, createTermMatcher(glossary, {lang: 'ru'}), 'en')
  const [first, second] = segmentMarkdown('Встреча с министром иностранных дел **США** прошла. Без терминов.\n', {lang: 'ru'})
  expect(notes(first!)).toEqual([
    'glossary: министр иностранных дел → Minister of Foreign Affairs | Foreign Minister (avoid: Minister of Foreign Ministry)',
    'glossary: США → United States'
  ])
  expect(notes(second!)).toEqual([])
})
