import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {detectLanguage, type Placeholder, type SegmentDocument, splitPlaceholderText} from '@tolmach/core'
import {segmentMarkdown} from '@tolmach/segmenter'
import {repoRoot, sharedDir} from '../../scripts/shared-dir.mjs'

export const root: string = repoRoot
export const schemas = path.join(sharedDir() as string, 'schemas')
export const python = '/usr/bin/python3'
export const workDir = mkdtempSync(path.join(tmpdir(), 'tolmach-interop-'))

/** Runs a tool and returns status and output; a missing tool shows as a non-zero status. */
export function run(command: string, args: string[], input?: string) {
  const result = spawnSync(command, args, {
    input,
    encoding: 'utf8',
    env: {...process.env, XML_CATALOG_FILES: path.join(schemas, 'catalog.xml')},
    maxBuffer: 64 * 1024 * 1024
  })
  return {status: result.status ?? -1, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ?? ''}`}
}

/** Validates with xmllint against a schema, offline; returns xmllint's complaints ('' when valid). */
export function xmllint(schema: string, file: string): string {
  const {status, stderr} = run('xmllint', ['--nonet', '--noout', '--schema', path.join(schemas, schema), file])
  return status === 0 ? '' : stderr
}

/** Every document the interop tests export: the bundled corpus, the segmenter's Markdown fixtures, our segment fixtures. */
export function exportedDocuments(): SegmentDocument[] {
  const documents: SegmentDocument[] = []
  const markdownDirs = ['corpus/ru', 'corpus/en', 'packages/segmenter/src/fixtures']
  for (const dir of markdownDirs) {
    const full = path.join(root, dir)
    for (const name of readdirSync(full).filter((n) => n.endsWith('.md')).sort()) {
      const markdown = readFileSync(path.join(full, name), 'utf8')
      const file = `${dir}/${name}`
      const lang = dir === 'corpus/en' ? 'en' : dir === 'corpus/ru' ? 'ru' : detectLanguage(markdown).lang
      documents.push({file, lang, segments: segmentMarkdown(markdown, {lang, file})})
    }
  }
  const fixtures = path.join(root, 'packages/formats/src/fixtures')
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.json')).sort()) {
    documents.push(JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as SegmentDocument)
  }
  return documents
}

/**
 * What translate-toolkit shows as a unit's source: it renders XLIFF inline
 * elements (`bpt`, `ept`, `ph`, `it`) as their content, which is the Markdown
 * each placeholder stands for. So the expected text is the segment's text with
 * every token replaced by its Markdown.
 */
export function renderedText(text: string, placeholders: readonly Placeholder[]): string {
  return splitPlaceholderText(text, placeholders)
    .map((part) => (typeof part === 'string' ? part : part.markdown))
    .join('')
}

const readUnitsScript = `
import json, sys
from translate.storage import factory
out = []
for unit in factory.getobject(sys.argv[1]).units:
    if unit.isheader():
        continue
    out.append({"id": unit.getid(), "source": unit.source, "target": unit.target})
print(json.dumps(out))
`

/** Units as translate-toolkit reads them from an XLIFF 1.2 file. */
export function toolkitUnits(file: string): Array<{id: string; source: string; target: string | null}> {
  return JSON.parse(execFileSync(python, ['-c', readUnitsScript, file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}))
}

const copySourceScript = `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for unit in store.units:
    if not unit.isheader():
        unit.rich_target = unit.rich_source
store.savefile(sys.argv[2])
`

/** Has translate-toolkit fill every target with its source (inline elements kept) and save. */
export function toolkitCopySourceToTarget(file: string, out: string): void {
  execFileSync(python, ['-c', copySourceScript, file, out], {encoding: 'utf8'})
}
