import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {type Lang, type Segment, stripPlaceholders} from '@tolmach/core'
import type {AlignedPair} from '@tolmach/formats'
import {segmentMarkdown} from '@tolmach/segmenter'
import {root, run, schemas} from './segment-exports-helpers.js'

export const tmxDtd = path.join(schemas, 'tmx/tmx14.dtd')

/**
 * Validates a TMX file against the TMX 1.4b DTD, offline, both ways a user
 * would: `--dtdvalid` with the DTD given, and `--valid` through the file's own
 * DOCTYPE (`tmx14.dtd`, found with `--path`). Returns xmllint's complaints.
 */
export function validateTmx(file: string): string {
  const given = run('xmllint', ['--nonet', '--noout', '--dtdvalid', tmxDtd, file])
  const own = run('xmllint', ['--nonet', '--noout', '--valid', '--path', path.dirname(tmxDtd), file])
  return [given, own].filter((r) => r.status !== 0).map((r) => r.stderr).join('')
}

interface GoldFile {
  ru: string
  en: string
  beads: Array<{ru: string[]; en: string[]}>
}

function segmentsOf(file: string, lang: Lang): Segment[] {
  return segmentMarkdown(readFileSync(path.join(root, file), 'utf8'), {lang, file})
}

/** The segment whose plain text starts with `opening` (gold files name sentences that way). */
function byOpening(segments: Segment[], opening: string, where: string): Segment {
  const found = segments.filter((s) => stripPlaceholders(s.text, s.placeholders).trimStart().startsWith(opening))
  if (found.length !== 1) throw new Error(`${where}: ${found.length} segments start with "${opening}"`)
  return found[0]!
}

/**
 * Real pairs from the bundled corpus: each document's segments paired as its
 * hand-made gold alignment says (1-1, merges, the dropped photo credit). Verdicts
 * are made up by shape — 1-1 ok, merges warning, one-sided error — so every
 * `include` level has something to filter.
 */
export function corpusPairs(): Array<{name: string; pairs: AlignedPair[]}> {
  const goldDir = path.join(root, 'corpus/gold')
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile
      const ru = segmentsOf(gold.ru, 'ru')
      const en = segmentsOf(gold.en, 'en')
      const pairs = gold.beads.map((bead, i): AlignedPair => {
        const source = bead.ru.map((o) => byOpening(ru, o, gold.ru))
        const target = bead.en.map((o) => byOpening(en, o, gold.en))
        const verdict = source.length === 0 || target.length === 0 ? 'error' : source.length + target.length > 2 ? 'warning' : 'ok'
        return {id: `${name.replace(/\.json$/, '')}#${i + 1}`, source, target, verdict, score: verdict === 'ok' ? 0.9 : 0.4}
      })
      return {name: name.replace(/\.json$/, ''), pairs}
    })
}

const readTmxScript = `
import json, sys
from translate.storage import tmx
out = []
for unit in tmx.tmxfile.parsefile(sys.argv[1]).units:
    langs = [node.get("{http://www.w3.org/XML/1998/namespace}lang") for node in unit.getlanguageNodes()]
    out.append({"id": unit.getid(), "langs": langs, "source": unit.source, "target": unit.target})
print(json.dumps(out))
`

/** Units as translate-toolkit's `tmxfile` reads them: tuid, tuv languages, first and second tuv text. */
export function toolkitTmxUnits(file: string): Array<{id: string; langs: string[]; source: string | null; target: string | null}> {
  const {status, stdout, stderr} = run('/usr/bin/python3', ['-c', readTmxScript, file])
  if (status !== 0) throw new Error(stderr)
  return JSON.parse(stdout)
}

const writeTmxScript = `
import json, sys
from translate.storage import tmx
store = tmx.tmxfile(sourcelanguage="ru")
for source, target in json.loads(sys.stdin.read()):
    store.addtranslation(source, "ru", target, "en")
store.savefile(sys.argv[1])
`

/** Has translate-toolkit write a TMX of plain sentence pairs. */
export function toolkitWriteTmx(file: string, pairs: Array<[string, string]>): void {
  const {status, stderr} = run('/usr/bin/python3', ['-c', writeTmxScript, file], JSON.stringify(pairs))
  if (status !== 0) throw new Error(stderr)
}
