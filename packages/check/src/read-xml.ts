import type {Finding, Lang} from '@tolmach/core'
import {readTmx, readXliff} from '@tolmach/formats'
import {type ReadPair, lineIndexOf} from './read-pair.js'
import {mapXmlElementText} from './read-xml-map.js'
import type {InputText} from './read-messages.js'

export interface ReadPairs {
  pairs: ReadPair[]
  findings: Finding[]
}

/**
 * XLIFF 1.2 or 2.x: every unit with a target becomes a pair placed in the
 * XLIFF, its target offsets mapped through the `<target>` element's markup.
 * Units without a target, or with the source copied in as a `new` target,
 * are not translated yet and have nothing to check.
 */
export function readXliffPairs(input: InputText): ReadPairs {
  const read = readXliff(input.text, {file: input.file})
  const lines = lineIndexOf(input.text)
  const pairs: ReadPair[] = []
  for (const document of read.documents) {
    for (const unit of document.units) {
      if (unit.target === undefined) continue
      // A copy of the source waiting for translation (state new/initial, as
      // export writes for OmegaT and Rainbow) is not a translation to check.
      if ((unit.state === 'new' || unit.state === 'initial') && unit.target === unit.source) continue
      const map = mapXmlElementText(input.text, unit.position.offset, 'target', unit.target) ?? [[0, unit.position.offset]]
      pairs.push({id: unit.id, source: unit.source, target: unit.target, file: input.file, map, lines: lines()})
    }
  }
  return {pairs, findings: read.findings}
}

/** TMX: each unit with variants in both languages (matched on the primary subtag) is a pair. */
export function readTmxPairs(input: InputText, sourceLang: Lang, targetLang: Lang): ReadPairs {
  const read = readTmx(input.text, {file: input.file})
  const lines = lineIndexOf(input.text)
  const pairs: ReadPair[] = []
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]
  read.units.forEach((unit, index) => {
    const source = unit.variants.find((v) => primary(v.lang) === sourceLang)
    const target = unit.variants.find((v) => primary(v.lang) === targetLang)
    if (!source || !target) return
    const map = mapXmlElementText(input.text, target.position.offset, 'seg', target.text) ?? [[0, target.position.offset]]
    pairs.push({id: unit.id ?? String(index + 1), source: source.text, target: target.text, file: input.file, map, lines: lines()})
  })
  return {pairs, findings: read.findings}
}
