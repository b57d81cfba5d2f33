import {PassThrough} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {createProgress} from './progress.js'

function stream(isTTY: boolean) {
  const out = new PassThrough() as PassThrough & {isTTY?: boolean}
  out.isTTY = isTTY
  return out
}
const written = (s: PassThrough) => String(s.read() ?? '')

describe('createProgress', () => {
  it('draws a bar in place on a terminal and clears it at the end', () => {
    const s = stream(true)
    const progress = createProgress(s, {}, false)
    progress.update(1, 4, 'big.md')
    progress.update(1, 4, 'big.md')
    progress.update(4, 4, 'big.md')
    progress.done()
    expect(written(s)).toBe(
      `\r\u001b[2Kbig.md [######..................] 25%\r\u001b[2Kbig.md [########################] 100%\r\u001b[2K`
    )
  })

  it('draws nothing for work done in one step', () => {
    const s = stream(true)
    const progress = createProgress(s, {}, false)
    progress.update(1, 1, 'small.md')
    progress.done()
    expect(written(s)).toBe('')
  })

  it('stays silent in a pipe, under CI, on a dumb terminal and with --quiet', () => {
    for (const [s, env, quiet] of [
      [stream(false), {}, false],
      [stream(true), {CI: 'true'}, false],
      [stream(true), {TERM: 'dumb'}, false],
      [stream(true), {}, true]
    ] as const) {
      const progress = createProgress(s, env, quiet)
      progress.update(1, 2, 'x')
      progress.done()
      expect(written(s)).toBe('')
    }
  })
})
