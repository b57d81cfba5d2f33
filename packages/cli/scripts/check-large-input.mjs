#!/usr/bin/env node
// Checks that `tolmach segment` handles a 50 MB Markdown file with bounded
// memory: it generates the file from the corpus releases in a temp folder,
// runs the built CLI under a V8 heap cap far below what holding every
// segment at once would need, and checks the output is whole. Too slow for
// `npm test` (about a minute here), so it is run on its own:
//   npm run check:large-input -w @tolmach/cli   (after `npm run build`)
// Options: --mb N (default 50), --heap MB (default 160), --format jsonl|tsv|xliff|xliff2 (default jsonl).
import {spawnSync} from 'node:child_process'
import {closeSync, createReadStream, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../../..')
const bin = path.join(root, 'packages/cli/dist/bin.js')
const {values} = parseArgs({options: {mb: {type: 'string', default: '50'}, heap: {type: 'string', default: '160'}, format: {type: 'string', default: 'jsonl'}}})
const size = Number(values.mb) * 1024 * 1024

const corpus = path.join(root, 'corpus/ru')
const releases = readdirSync(corpus)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(path.join(corpus, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
if (releases.length === 0) throw new Error(`no releases in ${corpus}`)

const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-large-'))
try {
  const input = path.join(dir, 'large.md')
  const fd = openSync(input, 'w')
  let written = 0
  let lines = 0
  for (let i = 0; written < size; i++) {
    const part = `\n## Выпуск ${i}\n\n${releases[i % releases.length]}`
    written += writeSync(fd, part)
    lines += part.split('\n').length - 1
  }
  closeSync(fd)
  const output = path.join(dir, `large.${values.format}`)
  const started = performance.now()
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${values.heap}`, bin, 'segment', input, '--lang', 'ru', '--format', values.format, '-o', output],
    {encoding: 'utf8'}
  )
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) {
    console.error(run.stderr)
    throw new Error(`tolmach segment failed with status ${run.status} under a ${values.heap} MB heap`)
  }
  let count = 0
  let maxLine = 0
  if (values.format === 'jsonl') {
    for await (const line of createInterface({input: createReadStream(output)})) {
      const segment = JSON.parse(line)
      count++
      maxLine = Math.max(maxLine, segment.position.end.line)
    }
    if (maxLine > lines + 1) throw new Error(`segment ends on line ${maxLine}, past the input's ${lines + 1} lines`)
  }
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1)
  console.log(
    `${mb(statSync(input).size)} MB Markdown → ${mb(statSync(output).size)} MB ${values.format}` +
      `${count ? `, ${count} segments (last on line ${maxLine} of ${lines + 1})` : ''}` +
      ` in ${seconds.toFixed(1)} s (${mb(statSync(input).size / seconds)} MB/s) under a ${values.heap} MB V8 heap cap`
  )
  console.log(run.stderr.trim())
} finally {
  rmSync(dir, {recursive: true, force: true})
}
