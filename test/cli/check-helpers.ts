import {readdirSync} from 'node:fs'
import path from 'node:path'
import {root} from './run-cli.js'

export const fixtures = path.join(root, 'test/cli/check-fixtures')
export const fixture = (name: string) => path.join('test/cli/check-fixtures', name)
/** The small, stable glossary the format tests use (the project's termbase keeps growing). */
export const glossary = fixture('glossary.csv')

/** Every release that exists in both corpus/ru and corpus/en, as `--pair` arguments. */
export function corpusPairs(): string[] {
  const en = new Set(readdirSync(path.join(root, 'corpus/en')).filter((f) => f.endsWith('.md')))
  const names = readdirSync(path.join(root, 'corpus/ru'))
    .filter((f) => en.has(f))
    .sort()
  if (names.length === 0) throw new Error('expected releases with an English version in corpus/en')
  return names.flatMap((name) => [`corpus/ru/${name}`, `corpus/en/${name}`])
}
