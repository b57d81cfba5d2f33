import type {TmxWriteOptions} from './types.js'
import {xliff12Datatype} from './xliff12-writer.js'
import {xmlAttributes} from './xml-escape.js'

/** This package's version, written as `creationtoolversion` (a test keeps it equal to package.json). */
export const tmxToolVersion = '0.1.0'

/** Public identifier and system id of the TMX 1.4b DTD. */
export const tmxDoctype = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'

// A well-formed BCP 47 tag: primary language, then subtags of 1–8 letters or digits.
const bcp47 = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/

export interface TmxSettings {
  srcLang: string
  tgtLang: string
  adminLang: string
  creationDate: string
  creationToolVersion: string
  doctype: boolean
}

/** TMX dates are UTC in the ISO 8601 basic form `YYYYMMDDThhmmssZ`. */
export function tmxDate(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

/** Reads and checks the TMX options; misuse throws a TypeError naming the option. */
export function tmxSettings(options: TmxWriteOptions | undefined): TmxSettings {
  const lang = (name: 'srcLang' | 'tgtLang' | 'adminLang', fallback: string) => {
    const value = options?.[name] ?? fallback
    if (typeof value !== 'string' || !bcp47.test(value)) throw new TypeError(`options.${name} must be a BCP 47 language tag`)
    return value
  }
  const date = options?.creationDate ?? new Date()
  const parsed = typeof date === 'string' ? new Date(date) : date
  if (!(parsed instanceof Date) || Number.isNaN(parsed.getTime())) {
    throw new TypeError('options.creationDate must be a Date or a date string')
  }
  const version = options?.creationToolVersion ?? tmxToolVersion
  if (typeof version !== 'string') throw new TypeError('options.creationToolVersion must be a string')
  if (options?.doctype !== undefined && typeof options.doctype !== 'boolean') {
    throw new TypeError('options.doctype must be a boolean')
  }
  const settings = {
    srcLang: lang('srcLang', 'ru'),
    tgtLang: lang('tgtLang', 'en'),
    adminLang: lang('adminLang', 'en'),
    creationDate: tmxDate(parsed),
    creationToolVersion: version,
    doctype: options?.doctype ?? true
  }
  if (settings.srcLang.toLowerCase() === settings.tgtLang.toLowerCase()) {
    throw new TypeError('options.srcLang and options.tgtLang must differ')
  }
  return settings
}

/** The prolog, `<tmx>` and the `<header>` every TMX 1.4b file needs. */
export function tmxHeader(settings: TmxSettings): string {
  const header = xmlAttributes({
    creationtool: 'tolmach',
    creationtoolversion: settings.creationToolVersion,
    segtype: 'sentence',
    'o-tmf': 'tolmach',
    adminlang: settings.adminLang,
    srclang: settings.srcLang,
    datatype: xliff12Datatype,
    creationdate: settings.creationDate
  })
  const doctype = settings.doctype ? `${tmxDoctype}\n` : ''
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<tmx version="1.4">\n  <header${header}/>\n  <body>\n`
}
