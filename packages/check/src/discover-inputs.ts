import type {Finding} from '@tolmach/core'
import {type FindOptions, findInputs} from './find-inputs.js'
import {type NamedPair, pairByName} from './pair-by-name.js'

export interface DiscoveredInputs {
  /** Bilingual files (XLIFF, TMX, TSV, JSONL…) and `-`, in the order given or found. */
  files: string[]
  /** Markdown documents paired with their translations by name. */
  pairs: NamedPair[]
  /** Markdown files found in a folder or by a pattern with no partner, each a finding at its start. */
  findings: Finding[]
  /** Markdown files named on the command line with no partner among the inputs: the caller's usage error. */
  unpairedNamed: string[]
  /** Folders and patterns that matched nothing. */
  unmatched: string[]
}

const markdown = /\.(md|markdown)$/i

/**
 * The inputs of a check run: folders walked and globs expanded
 * (`findInputs`), Markdown documents paired by name (`pairByName`), the
 * rest kept as bilingual files. Nothing is dropped without a word: an
 * unpaired document is a finding, an empty pattern is listed.
 */
export function discoverInputs(args: readonly string[], options: FindOptions): DiscoveredInputs {
  const found = findInputs(args, options)
  const documents = found.files.filter((f) => markdown.test(f.file))
  const named = new Set(documents.filter((f) => f.how === 'named').map((f) => f.file))
  const paired = pairByName(documents.map((f) => f.file))
  const out: DiscoveredInputs = {files: [], pairs: paired.pairs, findings: [], unpairedNamed: [], unmatched: found.unmatched}
  for (const f of found.files) if (!markdown.test(f.file)) out.files.push(f.file)
  for (const finding of paired.findings) {
    if (finding.file !== undefined && named.has(finding.file)) out.unpairedNamed.push(finding.file)
    else out.findings.push(finding)
  }
  return out
}
