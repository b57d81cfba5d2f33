import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {sharedDir} from '../../scripts/shared-dir.mjs'
import {root, tempDir} from './run-cli.js'

export const release = '000-critical-minerals-ministerial.md'
export const lone = '003-c5-1-critical-minerals-dialogue.md'

/** A docs tree in both layouts: the bundled release in ru/ and en/ folders, a real published pair as X.ru.md/X.en.md with a changed number, a Russian page without its translation. */
export function layout(): {dir: string; changedLine: number} {
  const dir = tempDir()
  for (const lang of ['ru', 'en']) {
    mkdirSync(path.join(dir, 'docs', lang), {recursive: true})
    cpSync(path.join(root, 'corpus', lang, release), path.join(dir, 'docs', lang, release))
  }
  cpSync(path.join(root, 'corpus/ru', lone), path.join(dir, 'docs/ru', lone))
  const pairs = path.join(sharedDir(), 'eval-data/align-real/pairs')
  mkdirSync(path.join(dir, 'news'))
  cpSync(path.join(pairs, '02-ru.md'), path.join(dir, 'news/pg13.ru.md'))
  const en = readFileSync(path.join(pairs, '02-en.md'), 'utf8')
  const changed = en.replace('release of PostgreSQL 13,', 'release of PostgreSQL 14,')
  expect(changed).not.toBe(en)
  writeFileSync(path.join(dir, 'news/pg13.en.md'), changed)
  return {dir, changedLine: changed.slice(0, changed.indexOf('PostgreSQL 14,')).split('\n').length}
}

