import type {Readable, Writable} from 'node:stream'

/** Everything a command touches of the process, so tests can run commands in-process. */
export interface Io {
  stdin: Readable
  stdout: Writable & {isTTY?: boolean}
  stderr: Writable & {isTTY?: boolean}
  env: NodeJS.ProcessEnv
  cwd: string
}

export function processIo(): Io {
  return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd()}
}

/** Writes and waits for the stream to drain, so a large output never piles up in memory. */
export function writeChunk(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => {
      if (error) reject(error)
    })
    if (ok) resolve()
    else stream.once('drain', resolve)
  })
}
