import type {Palette} from './types.js'

function ansi(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`)
}

/** Plain ANSI SGR codes: enough for five styles, no colour library needed. */
export const ansiPalette: Palette = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  underline: ansi(4, 24)
}

const plain = (text: string) => text

export const plainPalette: Palette = {red: plain, yellow: plain, dim: plain, bold: plain, underline: plain}

export function resolvePalette(color: boolean | undefined, palette: Partial<Palette> | undefined): Palette {
  if (!color) return plainPalette
  return {...ansiPalette, ...palette}
}
