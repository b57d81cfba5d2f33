import {execFileSync} from 'node:child_process'
import {createReadStream} from 'node:fs'
import {chmod, lstat, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {TolmachError} from '@tolmach/core'
import {beforeEach, describe, expect, it} from 'vitest'
import {createTranslator} from '../i18n/i18n.js'
import {openOutput, writeFully} from './write-output.js'

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

// The node behind `-o` must survive: renaming a temp file over a device, FIFO
// or symlink replaces it (as root, `-o /dev/null` destroyed the machine's
// /dev/null). Devices are reached through a link in the test folder, so a
// regression replaces the link, never /dev/null itself.
describe('openOutput on special files', () => {
  it('writes through a link to a character device and keeps both', async () => {
    await symlink('/dev/null', path.join(dir, 'null'))
    const sink = await openOutput('null', options())
    await sink.write('gone')
    await sink.commit()
    expect((await lstat(path.join(dir, 'null'))).isSymbolicLink()).toBe(true)
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true)
    expect(await readdir(dir)).toEqual(['null'])
  })

  it('writes into a FIFO for the reader on the other end', async () => {
    const fifo = path.join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    const chunks: Buffer[] = []
    const reader = new Promise<string>((resolve, reject) => {
      createReadStream(fifo)
        .on('data', (chunk) => chunks.push(chunk as Buffer))
        .on('end', () => resolve(Buffer.concat(chunks).toString()))
        .on('error', reject)
    })
    const sink = await openOutput('fifo', options())
    await sink.write('через канал')
    await sink.commit()
    expect(await reader).toBe('через канал')
    expect((await lstat(fifo)).isFIFO()).toBe(true)
  })

  it('replaces the target of a symlink and keeps the link', async () => {
    await writeFile(path.join(dir, 'real.txt'), 'old')
    await symlink('real.txt', path.join(dir, 'link.txt'))
    const sink = await openOutput('link.txt', options())
    await sink.write('new')
    await sink.commit()
    expect(await readlink(path.join(dir, 'link.txt'))).toBe('real.txt')
    expect(await readFile(path.join(dir, 'real.txt'), 'utf8')).toBe('new')
    expect((await readdir(dir)).sort()).toEqual(['link.txt', 'real.txt'])
  })

  it('creates the target of a dangling symlink', async () => {
    await symlink('made.txt', path.join(dir, 'link.txt'))
    const sink = await openOutput('link.txt', options())
    await sink.write('made')
    await sink.commit()
    expect((await lstat(path.join(dir, 'link.txt'))).isSymbolicLink()).toBe(true)
    expect(await readFile(path.join(dir, 'made.txt'), 'utf8')).toBe('made')
  })

  it('fails on a full device instead of reporting success', async () => {
    await symlink('/dev/full', path.join(dir, 'full'))
    const sink = await openOutput('full', options())
    await expect(sink.write('x'.repeat(10_000))).rejects.toThrow('full: cannot write (ENOSPC)')
    await sink.abort()
  })
})

describe('writeFully', () => {
  it('writes the rest after a short write and fails when nothing more goes out', async () => {
    const written: number[] = []
    let room = 5
    const handle = {
      async write(buffer: Uint8Array, offset: number, length: number) {
        const n = Math.min(length, 3, room)
        room -= n
        for (let i = 0; i < n; i++) written.push(buffer[offset + i] as number)
        return {bytesWritten: n}
      }
    }
    await writeFully(handle, 'abcd')
    expect(Buffer.from(written).toString()).toBe('abcd')
    await expect(writeFully(handle, 'efgh')).rejects.toMatchObject({code: 'ENOSPC'})
    expect(Buffer.from(written).toString()).toBe('abcde')
  })
})
