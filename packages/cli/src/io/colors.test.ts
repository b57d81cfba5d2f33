import {describe, expect, it} from 'vitest'
import {colorEnabled, colorsFor} from './colors.js'

describe('colorEnabled', () => {
  it('follows the stream it writes to', () => {
    expect(colorEnabled({isTTY: true}, {})).toBe(true)
    expect(colorEnabled({isTTY: false}, {})).toBe(false)
    expect(colorEnabled({}, {CI: 'true'})).toBe(false)
  })

  it('honours NO_COLOR, FORCE_COLOR and TERM=dumb', () => {
    expect(colorEnabled({isTTY: true}, {NO_COLOR: '1'})).toBe(false)
    expect(colorEnabled({isTTY: false}, {FORCE_COLOR: '1'})).toBe(true)
    expect(colorEnabled({isTTY: true}, {FORCE_COLOR: '0'})).toBe(false)
    expect(colorEnabled({isTTY: false}, {FORCE_COLOR: '1', NO_COLOR: '1'})).toBe(true)
    expect(colorEnabled({isTTY: true}, {TERM: 'dumb'})).toBe(false)
  })

  it('colours only when enabled', () => {
    expect(colorsFor({isTTY: true}, {}).red('x')).toBe('\u001b[31mx\u001b[39m')
    expect(colorsFor({isTTY: false}, {}).red('x')).toBe('x')
  })
})
