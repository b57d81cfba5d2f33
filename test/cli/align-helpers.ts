import {cpSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {stripPlaceholders} from '@tolmach/core'
import {segmentMarkdown} from '@tolmach/segmenter'
import {root, tempDir} from './run-cli.js'

/** The bundled ru/en pairs that have a hand-made gold alignment. */
export function goldPairs(): Array<{name: string; ru: string; en: string; gold: string}> {
  const names = readdirSync(path.join(root, 'corpus/gold'))
    .filter((n) => n.endsWith('.json'))
    .sort()
  if (names.length < 2) throw new Error('expected the two gold alignments in corpus/gold')
  return names.map((n) => {
    const name = n.replace(/\.json$/, '')
    return {name, ru: `corpus/ru/${name}.md`, en: `corpus/en/${name}.md`, gold: `corpus/gold/${n}`}
  })
}

/** A copy of the corpus (ru, en, gold) and the glossary beside it, in a temp folder. */
export function copyProject(): string {
  const dir = tempDir()
  for (const sub of ['corpus/ru', 'corpus/en', 'corpus/gold', 'glossary']) cpSync(path.join(root, sub), path.join(dir, sub), {recursive: true})
  return dir
}

/** A hunalign ladder as beads of sentence indexes: `ru [0,1] ↔ en [0]`. */
export function ladderBeads(ladder: string): string[] {
  const rungs = ladder
    .trim()
    .split('\n')
    .map((line) => line.split('\t').slice(0, 2).map(Number) as [number, number])
  return rungs.slice(1).map(([s, t], k) => {
    const [s0, t0] = rungs[k]!
    return bead(range(s0, s), range(t0, t))
  })
}

/**
 * The gold file's beads as sentence indexes, resolved here with the
 * segmenter itself (not the CLI's own gold code): each opening must name
 * exactly one sentence.
 */
export function goldBeads(goldFile: string): string[] {
  const gold = JSON.parse(readFileSync(path.join(root, goldFile), 'utf8')) as {ru: string; en: string; beads: Array<{ru: string[]; en: string[]}>}
  const plain = (file: string, lang: 'ru' | 'en') =>
    segmentMarkdown(readFileSync(path.join(root, file), 'utf8'), {lang}).map((s) => stripPlaceholders(s.text, s.placeholders).trimStart())
  const ru = plain(gold.ru, 'ru')
  const en = plain(gold.en, 'en')
  const find = (texts: string[], opening: string) => {
    const hits = texts.flatMap((t, i) => (t.startsWith(opening) ? [i] : []))
    if (hits.length !== 1) throw new Error(`${goldFile}: "${opening}" names ${hits.length} sentences`)
    return hits[0]!
  }
  return gold.beads.map((b) => bead(b.ru.map((o) => find(ru, o)), b.en.map((o) => find(en, o))))
}

function bead(src: number[], tgt: number[]): string {
  return `ru [${src.join(',')}] ↔ en [${tgt.join(',')}]`
}

function range(from: number, to: number): number[] {
  return Array.from({length: to - from}, (_, k) => from + k)
}
