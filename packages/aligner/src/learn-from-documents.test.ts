import {readFileSync} from 'node:fs'
import type {Lang, Segment} from '@tolmach/core'
import {describe, expect, it} from 'vitest'
import {alignDocuments} from './align-documents.js'
import {learnFromAlignments} from './learn-from-documents.js'
import {stemWord} from './stem.js'

const fixture = (name: string): {src: string[]; tgt: string[]} => JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url), 'utf8'))

/** One paragraph per sentence, as the segmenter would give them. */
function side(sentences: readonly string[], lang: Lang, file: string) {
  const text = sentences.join('\n\n')
  let at = 0
  const segments = sentences.map((sentence, index): Segment => {
    const start = at
    at += sentence.length + 2
    const point = (offset: number) => ({line: 2 * index + 1, column: offset - start + 1, offset})
    return {id: `s${index}`, index, kind: 'paragraph', lang, file, text: sentence, placeholders: [], position: {start: point(start), end: point(start + sentence.length)}, map: [[0, start]]}
  })
  return {segments, text, file}
}

describe('learnFromAlignments', () => {
  const docs = ['c5-dialogue', 'kosherbayev-talks'].map(fixture)
  const forward = docs.map((d) => alignDocuments(side(d.src, 'ru', 'ru.md'), side(d.tgt, 'en', 'en.md'), {sourceLang: 'ru'}))
  const backward = docs.map((d) => alignDocuments(side(d.tgt, 'en', 'en.md'), side(d.src, 'ru', 'ru.md'), {sourceLang: 'en'}))

  it('learns Russian → English word links from the checked beads of real releases', () => {
    const learned = learnFromAlignments(forward)
    expect(learned.ru.get(stemWord('инвестиций', 'ru'))).toEqual([stemWord('investment', 'en')])
    expect(learned.ru.get(stemWord('Вашингтоне', 'ru'))).toEqual([stemWord('Washington', 'en')])
  })

  it('learns the same links from English → Russian alignments of the same pairs', () => {
    const sorted = (m: Map<string, string[]>) => [...m].map(([k, v]) => [k, [...v].sort()]).sort()
    expect(sorted(learnFromAlignments(backward).ru)).toEqual(sorted(learnFromAlignments(forward).ru))
  })

  it('learns nothing from beads the checks did not let through', () => {
    const refused = forward.map((a) => ({...a, beads: a.beads.map((b) => ({...b, verdict: 'warning' as const}))}))
    expect(learnFromAlignments(refused).ru.size).toBe(0)
    expect(() => learnFromAlignments('x' as never)).toThrow(TypeError)
  })
})
