import type {Writable} from 'node:stream'

/** A one-line progress bar for long work, redrawn in place. */
export interface Progress {
  update(done: number, total: number, label: string): void
  /** Clears the line, leaving the terminal as it was. */
  done(): void
}

const width = 24
const silent: Progress = {update() {}, done() {}}

/**
 * Progress goes to stderr and only when stderr is a terminal a person
 * watches: never into a pipe, a log file or CI output, and not with --quiet.
 */
export function createProgress(stream: Writable & {isTTY?: boolean}, env: NodeJS.ProcessEnv, quiet: boolean): Progress {
  if (quiet || stream.isTTY !== true || env['TERM'] === 'dumb' || env['CI']) return silent
  let last = ''
  let drawn = false
  return {
    update(done, total, label) {
      // Work finished in one step (a small file) never flashes a bar.
      if (!drawn && done >= total) return
      const share = total > 0 ? Math.min(1, done / total) : 1
      const filled = Math.round(share * width)
      const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%`
      if (line === last) return
      last = line
      drawn = true
      stream.write(`\r\u001b[2K${line}`)
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K')
      drawn = false
      last = ''
    }
  }
}
