import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinLexicon, parseCoreLexicon} from './lexicon.js'
import {stemWord} from './stem.js'

interface AzParse {
  normalize(): {word: string}
  parser: string
}
interface Az {
  Morph: ((word: string) => AzParse[]) & {init(path: string, cb: (error: Error | null) => void): void}
  load: (url: string, type: string, cb: (error: Error | null, data?: unknown) => void) => void
}

/** Az.js with its OpenCorpora dictionaries, read synchronously from node_modules. */
function loadAz(): Az {
  const require = createRequire(import.meta.url)
  const az = require('az') as Az
  const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts')
  const queue: Array<() => void> = []
  az.load = (url, type, cb) => {
    const data = readFileSync(url, type === 'json' ? 'utf8' : null)
    const value = typeof data === 'string' ? JSON.parse(data) : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)
    queue.push(() => cb(null, value))
  }
  let failure: Error | null = null
  az.Morph.init(dicts, (error) => {
    failure ??= error
  })
  for (const run of queue) run()
  if (failure) throw failure
  return az
}

const text = readFileSync(new URL('../data/core-lexicon.tsv', import.meta.url), 'utf8')

describe('core lexicon (data/core-lexicon.tsv)', () => {
  it('parses every line', () => {
    const entries = parseCoreLexicon(text)
    expect(entries.problems ?? []).toEqual([])
    expect(entries.length).toBeGreaterThan(500)
  })

  it('reports a malformed line with its number instead of skipping it', () => {
    const entries = parseCoreLexicon('# c\nмир\tpeace\nmir\tpeace\nвойна\n')
    expect(entries.map((e) => e.ru)).toEqual(['мир'])
    expect(entries.problems).toEqual([
      {line: 3, text: 'mir\tpeace'},
      {line: 4, text: 'война'}
    ])
  })

  it('lists Russian words that Az.js (OpenCorpora) lemmatises', () => {
    const az = loadAz()
    const plain = (w: string) => w.replace(/ё/g, 'е')
    // A dictionary word whose lemma Az.js finds; plural-only nouns (люди, деньги) count as their own lemma family.
    const unknown = parseCoreLexicon(text)
      .filter((e) => e.ru.split('-').some((part) => !az.Morph(part).some((p) => p.parser === 'Dictionary' && plain(p.normalize().word).length > 0)))
      .map((e) => `${e.line}: ${e.ru}`)
    expect(unknown).toEqual([])
  })

  it('links inflected Russian forms to the English stems of their entry', () => {
    const lexicon = builtinLexicon({core: true, derived: false})
    expect(lexicon.ru(stemWord('переговоров', 'ru'))).toContain(stemWord('negotiations', 'en'))
    expect(lexicon.ru(stemWord('правительству', 'ru'))).toContain(stemWord('government', 'en'))
  })
})
