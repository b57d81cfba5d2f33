import {chmod, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {TolmachError} from '@tolmach/core'
import {beforeEach, describe, expect, it} from 'vitest'
import {createTranslator} from './i18n.js'
import {openOutput} from './write-output.js'

const t = createTranslator('en')
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tolmach-out-'))
})
const options = (inputs: string[] = []) => ({inputs, cwd: dir, stdout: new PassThrough(), t})

describe('openOutput', () => {
  it('shows nothing at the target until commit, then all of it', async () => {
    await writeFile(path.join(dir, 'out.txt'), 'old')
    const sink = await openOutput('out.txt', options())
    await sink.write('new ')
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('old')
    await sink.write('content')
    await sink.commit()
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['out.txt'])
  })

  it('leaves the old file and no temp file on abort', async () => {
    await writeFile(path.join(dir, 'out.txt'), 'old')
    const sink = await openOutput('out.txt', options())
    await sink.write('half')
    await sink.abort()
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['out.txt'])
  })

  it('keeps the permissions of the file it replaces', async () => {
    await writeFile(path.join(dir, 'out.txt'), 'old')
    await chmod(path.join(dir, 'out.txt'), 0o640)
    const sink = await openOutput('out.txt', options())
    await sink.write('new')
    await sink.commit()
    expect((await stat(path.join(dir, 'out.txt'))).mode & 0o777).toBe(0o640)
  })

  it('refuses a missing folder, a folder target and an input file', async () => {
    await expect(openOutput('no/such/out.xlf', options())).rejects.toThrow('no/such/out.xlf: cannot write: folder no/such does not exist')
    await expect(openOutput('.', options())).rejects.toThrow(TolmachError)
    await writeFile(path.join(dir, 'in.md'), 'text')
    await expect(openOutput('./in.md', options(['in.md']))).rejects.toThrow('./in.md: refusing to write the output over an input file')
    expect(await readFile(path.join(dir, 'in.md'), 'utf8')).toBe('text')
  })

  it('writes to standard output for - and no target', async () => {
    const stdout = new PassThrough()
    const sink = await openOutput('-', {...options(), stdout})
    await sink.write('data')
    await sink.commit()
    expect(stdout.read().toString()).toBe('data')
  })
})
