import {describe, expect, it} from 'vitest'
import {bilingualKind, readBilingualPairs} from './read-bilingual.js'
import {targetPoint} from './read-pair.js'

const langs = {sourceLang: 'ru', targetLang: 'en'} as const
const xliff = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.md" source-language="ru" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>Более 50 стран.</source><target>More than 15 countries.</target></trans-unit>
</body></file></xliff>
`

describe('readBilingualPairs', () => {
  it('tells the kind by extension, else by the first characters', () => {
    expect(['a.xlf', 'a.sdlxliff', 'a.tmx', 'a.tab', 'a.ndjson', 'a.md'].map((file) => bilingualKind({file, text: ''}))).toEqual(['xliff', 'xliff', 'tmx', 'tsv', 'jsonl', undefined])
    expect(bilingualKind({file: '-', text: '\uFEFF  <tmx version="1.4">'})).toBe('tmx')
    expect(bilingualKind({file: '-', text: xliff})).toBe('xliff')
    expect(bilingualKind({file: '-', text: '{"source": "а", "target": "a"}'})).toBe('jsonl')
    expect(bilingualKind({file: '-', text: 'ru\ten\n'})).toBe('tsv')
    expect(bilingualKind({file: 'notes.md', text: '# Заголовок\n'})).toBeUndefined()
  })

  it('reads an XLIFF unit with its target placed in the file', () => {
    const read = readBilingualPairs({file: 'a.xlf', text: xliff}, langs)
    expect(read?.kind).toBe('xliff')
    const [pair] = read?.pairs ?? []
    const at = targetPoint(pair!, pair!.target.indexOf('15'))
    expect([at.line, xliff.slice(at.offset, at.offset + 2)]).toEqual([3, '15'])
    expect(readBilingualPairs({file: 'a.md', text: '# Title\n'}, langs)).toBeUndefined()
  })
})
