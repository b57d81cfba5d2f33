import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {runCli, type RunResult, tempDir} from './run-cli.js'

/**
 * What a translator who confirms every segment unchanged produces: each
 * `<source>` copied into a `<target>` right after it (inline markup and
 * all), with the XLIFF 2 target language the file then needs.
 */
export function copySourcesToTargets(xml: string): string {
  return xml
    .replace(/\s*<target[^>]*\/>|\s*<target[^>]*>[\s\S]*?<\/target>/g, '')
    .replace(/<source>([\s\S]*?)<\/source>/g, (all, inner: string) => `${all}<target>${inner}</target>`)
    .replace(/(<xliff version="2\.1"[^>]*srcLang="(\w+)")(?![^>]*trgLang)/, (_all, head: string, src: string) => `${head} trgLang="${src === 'ru' ? 'en' : 'ru'}"`)
}

/** Line (1-based) of the first line of `xml` that contains `needle`. */
export function lineOf(xml: string, needle: string): number {
  const index = xml.indexOf(needle)
  if (index < 0) throw new Error(`${needle} not in the XLIFF`)
  return xml.slice(0, index).split('\n').length
}

export interface RoundTrip {
  dir: string
  exported: RunResult
  xliff: string
}

/** Exports `markdown` (written as ru.md in a fresh folder) with `args`, returning the XLIFF text. */
export function exportIn(markdown: string, args: string[] = [], name = 'ru.md'): RoundTrip {
  const dir = tempDir()
  writeFileSync(path.join(dir, name), markdown)
  const exported = runCli(['export', name, '-o', 'ru.xlf', ...args], {cwd: dir})
  const xliff = exported.status === 0 ? readFileSync(path.join(dir, 'ru.xlf'), 'utf8') : ''
  return {dir, exported, xliff}
}

/** Writes a translated XLIFF beside the source and imports it into en.md. */
export function importIn(trip: RoundTrip, translated: string, args: string[] = [], env?: Record<string, string>): RunResult {
  writeFileSync(path.join(trip.dir, 'en.xlf'), translated)
  return runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', ...args], {cwd: trip.dir, ...(env ? {env} : {})})
}

export function readOut(trip: RoundTrip, name = 'en.md'): string {
  return readFileSync(path.join(trip.dir, name), 'utf8')
}
