import type {FormatOptions} from './types.js'

const strings = ['root', 'toolName', 'toolVersion', 'informationUri'] as const
const booleans = ['color', 'verbose'] as const

/** Checks option types once, so misuse throws a TypeError naming the option. */
export function checkOptions(options: unknown): FormatOptions {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object')
  const given = options as Record<string, unknown>
  for (const name of strings) {
    if (given[name] !== undefined && typeof given[name] !== 'string') throw new TypeError(`options.${name} must be a string`)
  }
  for (const name of booleans) {
    if (given[name] !== undefined && typeof given[name] !== 'boolean') throw new TypeError(`options.${name} must be a boolean`)
  }
  const {files, rules, maxBytes, palette, readText} = given
  if (readText !== undefined && typeof readText !== 'function') throw new TypeError('options.readText must be a function')
  if (files !== undefined && !(Array.isArray(files) && files.every((file) => typeof file === 'string'))) {
    throw new TypeError('options.files must be an array of strings')
  }
  if (rules !== undefined && (rules === null || typeof rules !== 'object')) throw new TypeError('options.rules must be an object')
  if (maxBytes !== undefined && !(typeof maxBytes === 'number' && maxBytes > 0)) {
    throw new TypeError('options.maxBytes must be a positive number')
  }
  if (palette !== undefined) {
    if (palette === null || typeof palette !== 'object') throw new TypeError('options.palette must be an object')
    for (const [name, style] of Object.entries(palette)) {
      if (typeof style !== 'function') throw new TypeError(`options.palette.${name} must be a function`)
    }
  }
  return given as FormatOptions
}
