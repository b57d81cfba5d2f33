import type {Finding, Lang} from '@tolmach/core'
import {type MemoryPair, tmxPairs, xliffPairs} from './export-memory.js'
import {readTranslatedXliff} from '../import/import-units.js'

/** `--tm`: a TMX, or a translated XLIFF 1.2/2.x (told apart by its root element); the XML stack loads only here. */
export async function readMemoryPairs(text: string, file: string, sourceLang: Lang, targetLang: Lang, findings: Finding[]): Promise<MemoryPair[]> {
  if (/<xliff[\s>]/.test(text.slice(0, 4096))) {
    const read = await readTranslatedXliff(text, file)
    findings.push(...read.findings)
    // An XLIFF in the other direction translates nothing here.
    const fits = read.documents.filter((d) => d.sourceLang === undefined || d.sourceLang.toLowerCase().split(/[-_]/)[0] === sourceLang)
    return xliffPairs(fits)
  }
  const {readTmx} = await import('@tolmach/formats')
  const read = readTmx(text, {file})
  findings.push(...read.findings)
  return tmxPairs(read.units, sourceLang, targetLang)
}
