import {spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, corpusDir} from './run-cli.js'

// A terminating signal during a long XLIFF export must end the process through
// its exit handlers: the temp file is removed and the old output survives.
describe('terminating signals', () => {
  const release = readFileSync(path.join(corpusDir, '000-critical-minerals-ministerial.md'), 'utf8')
  const big = Array.from({length: 400}, () => release).join('\n\n')

  for (const [signal, status] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
    it(`${signal} removes the temp file and keeps the old output`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-signal-'))
      writeFileSync(path.join(dir, 'big.md'), big)
      writeFileSync(path.join(dir, 'out.xlf'), 'old')
      const child = spawn(process.execPath, [bin, 'segment', 'big.md', '-l', 'ru', '-f', 'xliff', '-o', 'out.xlf'], {cwd: dir, stdio: 'ignore'})
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      // Wait until the temp file exists, so the signal lands mid-work.
      while (!readdirSync(dir).some((name) => name.endsWith('.tmp'))) await new Promise((resolve) => setTimeout(resolve, 10))
      child.kill(signal)
      expect(await exited).toBe(status)
      expect(readdirSync(dir).sort()).toEqual(['big.md', 'out.xlf'])
      expect(readFileSync(path.join(dir, 'out.xlf'), 'utf8')).toBe('old')
    })
  }
})
