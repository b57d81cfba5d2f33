// Fuzz target: the CLI in-process (`main` with a captured Io) on generated
// Markdown files: `segment` and `export` exit 0, or 2 with a one-line
// message naming the file; never 70 (an unexpected error) and never a throw.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import fc from 'fast-check'
import {main} from '../../../packages/cli/dist/index.js'
import {deepMarkdown, markdownSoup} from './markdown-gen.mjs'

function capture() {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk
      done()
    }
  })
  return {stream, text: () => text}
}

async function runCli(argv, cwd) {
  const stdout = capture()
  const stderr = capture()
  const stdin = new PassThrough()
  stdin.end()
  const status = await main(argv, {stdin, stdout: stdout.stream, stderr: stderr.stream, env: {}, cwd})
  return {status, stdout: stdout.text(), stderr: stderr.text()}
}

export default {
  name: 'cli',
  async run(seed, budgetMs) {
    const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-fuzz-cli-'))
    let tried = 0
    try {
      const file = path.join(dir, 'doc.md')
      await fc.assert(
        fc.asyncProperty(fc.oneof({weight: 9, arbitrary: markdownSoup}, {weight: 1, arbitrary: deepMarkdown}), fc.constantFrom(['segment', '-l', 'ru', '-f', 'tsv'], ['export', '-l', 'ru', '-f', 'xliff12'], ['segment', '-f', 'jsonl']), async (markdown, command) => {
          writeFileSync(file, markdown)
          const run = await runCli([...command, file], dir)
          tried++
          if (run.status === 0) return
          if (run.status !== 2) throw new Error(`${command[0]} exited ${run.status}: ${run.stderr} on ${JSON.stringify(markdown.slice(0, 200))}`)
          if (!run.stderr.includes(file)) throw new Error(`${command[0]} refused without naming the file: ${run.stderr}`)
        }),
        {seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false}
      )
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
    return {tried}
  }
}
