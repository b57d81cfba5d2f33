import {randomBytes} from 'node:crypto'
import {type Stats, unlinkSync} from 'node:fs'
import {chmod, type FileHandle, lstat, open, readlink, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import type {Writable} from 'node:stream'
import {usageError} from '../errors.js'
import type {Translate} from '../i18n/i18n.js'
import {writeChunk} from './io.js'

/** Where a command writes its data: standard output, or a file replaced atomically. */
export interface OutputSink {
  /** The name to show people. */
  readonly name: string
  write(chunk: string): Promise<void>
  /** Makes the output visible: for a file, renames the finished temp file over the target. */
  commit(): Promise<void>
  /** Drops a half-written file; the target keeps its old content. */
  abort(): Promise<void>
}

export interface OpenOutputOptions {
  /** Files read by the same command: the output must not replace one of them. */
  inputs: readonly string[]
  cwd: string
  stdout: Writable
  t: Translate
}

/**
 * `undefined` or `-` → standard output; a device, FIFO or socket (or a symlink
 * to one) → written through, since renaming over it would replace the node
 * (as root, `-o /dev/null` would destroy the machine's `/dev/null`); anything
 * else → an atomic replacement of the file, or of a symlink's final target.
 */
export async function openOutput(target: string | undefined, options: OpenOutputOptions): Promise<OutputSink> {
  if (target === undefined || target === '-') return stdoutSink(options.stdout, options.t('stdout'))
  const absolute = path.resolve(options.cwd, target)
  const followed = await statOrUndefined(absolute)
  // `/dev/stdout` is a link to the shell's descriptor even when that is a
  // redirected regular file: write into it rather than rename over its path.
  const procOrDev = /^\/(dev|proc)\//.test(absolute)
  if (followed && ((!followed.isFile() && !followed.isDirectory()) || procOrDev)) return openWriteThrough(target, options)
  return openAtomicFile(target, options)
}

/**
 * Opens an output, lets `write` fill it and commits it; on any failure the
 * half-written file is dropped and the target keeps its old content.
 */
export async function withOutput(target: string | undefined, options: OpenOutputOptions, write: (sink: OutputSink) => Promise<void>): Promise<OutputSink> {
  const sink = await openOutput(target, options)
  try {
    await write(sink)
    await sink.commit()
  } catch (error) {
    await sink.abort()
    throw error
  }
  return sink
}

function stdoutSink(stdout: Writable, name: string): OutputSink {
  return {name, write: (chunk) => writeChunk(stdout, chunk), commit: async () => {}, abort: async () => {}}
}

// Temp files still open when the process dies (Ctrl-C) are removed on exit.
const liveTempFiles = new Set<string>()
let exitHook = false

/**
 * Writes to a temp file in the target's folder (same file system, so the
 * final rename is atomic) and renames it over the target only when all of it
 * is written and synced: readers see the old file or the new one, never half.
 */
export async function openAtomicFile(target: string, options: OpenOutputOptions): Promise<OutputSink> {
  const {t} = options
  const absolute = await resolveLinks(path.resolve(options.cwd, target))
  const dir = path.dirname(absolute)
  const dirStats = await statOrUndefined(dir)
  if (!dirStats?.isDirectory()) {
    throw usageError('output-dir-missing', t('error.outputDirMissing', {file: target, dir: path.dirname(target)}), target)
  }
  const existing = await statOrUndefined(absolute)
  if (existing?.isDirectory()) throw usageError('output-is-directory', t('error.outputIsDirectory', {file: target}), target)
  if (existing) {
    for (const input of options.inputs) {
      if (input === '-') continue
      const other = await statOrUndefined(path.resolve(options.cwd, input))
      if (other && other.ino === existing.ino && other.dev === existing.dev) {
        throw usageError('output-is-input', t('error.outputIsInput', {file: target}), target)
      }
    }
  }
  const temp = path.join(dir, `.${path.basename(absolute)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  let handle: FileHandle
  try {
    handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666)
  } catch (error) {
    throw writeError(error, target, t)
  }
  trackTemp(temp)
  let closed = false
  const close = async () => {
    if (!closed) {
      closed = true
      await handle.close()
    }
  }
  const abort = async () => {
    await close().catch(() => {})
    await unlink(temp).catch(() => {})
    liveTempFiles.delete(temp)
  }
  return {
    name: target,
    abort,
    write: (chunk) => writeOrFail(handle, chunk, target, t),
    async commit() {
      try {
        await handle.sync()
        await close()
        if (existing) await chmod(temp, existing.mode & 0o7777)
        await rename(temp, absolute)
        liveTempFiles.delete(temp)
      } catch (error) {
        await abort()
        throw writeError(error, target, t)
      }
    }
  }
}

/** Writes to a device, FIFO or socket as it is: there is no old content to keep. */
async function openWriteThrough(target: string, options: OpenOutputOptions): Promise<OutputSink> {
  const {t} = options
  let handle: FileHandle
  try {
    handle = await open(path.resolve(options.cwd, target), 'w')
  } catch (error) {
    throw writeError(error, target, t)
  }
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await handle.close()
  }
  return {
    name: target,
    write: (chunk) => writeOrFail(handle, chunk, target, t),
    async commit() {
      try {
        await close()
      } catch (error) {
        throw writeError(error, target, t)
      }
    },
    abort: () => close().catch(() => {})
  }
}

async function writeOrFail(handle: FileHandle, chunk: string, target: string, t: Translate): Promise<void> {
  try {
    await writeFully(handle, chunk)
  } catch (error) {
    throw writeError(error, target, t)
  }
}

/** The subset of a file handle `writeFully` needs. */
export interface WritableHandle {
  write(buffer: Uint8Array, offset: number, length: number): Promise<{bytesWritten: number}>
}

/**
 * One `write()` may write less than asked (a full disk, a signal): loop until
 * every byte is out, and fail rather than commit a truncated file.
 */
export async function writeFully(handle: WritableHandle, chunk: string | Uint8Array): Promise<void> {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
  let done = 0
  while (done < bytes.length) {
    const {bytesWritten} = await handle.write(bytes, done, bytes.length - done)
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), {code: 'ENOSPC'})
    done += bytesWritten
  }
}

/**
 * Follows symlinks to the path that holds the data, so the replacement lands
 * on the link's target and the link stays a link; a dangling link resolves to
 * where its target would be created.
 */
async function resolveLinks(file: string): Promise<string> {
  let current = file
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch(() => undefined)
    if (!info?.isSymbolicLink()) return current
    current = path.resolve(path.dirname(current), await readlink(current))
  }
  return current
}

function trackTemp(temp: string): void {
  liveTempFiles.add(temp)
  if (exitHook) return
  exitHook = true
  process.once('exit', () => {
    for (const file of liveTempFiles) {
      try {
        unlinkSync(file)
      } catch {
        // Already gone: nothing to clean.
      }
    }
  })
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file)
  } catch {
    return undefined
  }
}

function writeError(error: unknown, file: string, t: Translate): Error {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error))
  return usageError('output-failed', t('error.outputFailed', {file, reason}), file)
}
