import path from 'node:path'
import type {Finding} from '@tolmach/core'
import type {ReadDocument, ReadResult} from '@tolmach/formats'
import type {RebuildUnit} from '@tolmach/segmenter'
import {usageError} from '../../errors.js'
import type {Translate} from '../../i18n/i18n.js'

/** XLIFF 1.2 or 2.x, told apart by namespace or version, read with the formats package (loaded only here). */
export async function readTranslatedXliff(xml: string, file: string): Promise<ReadResult> {
  const {readXliff} = await import('@tolmach/formats')
  return readXliff(xml, {file})
}

/**
 * The `<file>` that holds the source document's translation: the only one,
 * else the one whose `original` names the source (as given, or by its base
 * name, since the XLIFF may have travelled to another machine).
 */
export function pickDocument(documents: readonly ReadDocument[], source: string, xliff: string, t: Translate): ReadDocument {
  if (documents.length === 1) return documents[0]!
  const same = (original: string) => original === source || path.basename(original) === path.basename(source)
  const found = documents.filter((d) => same(d.file))
  if (found.length === 1) return found[0]!
  if (documents.length === 0) throw usageError('xliff-no-file', t('import.noFile', {file: xliff}), xliff)
  throw usageError('xliff-which-file', t('import.whichFile', {file: xliff, source, files: documents.map((d) => d.file).join(', ')}), xliff)
}

/** Units by id, with what the rebuild needs to check them and to point at them. */
export function unitsById(document: ReadDocument): Map<string, RebuildUnit> {
  const units = new Map<string, RebuildUnit>()
  for (const unit of document.units) {
    const entry: RebuildUnit = {source: unit.source, sourcePlaceholders: unit.placeholders, place: unit.position}
    if (unit.target !== undefined) entry.target = unit.target
    if (unit.state !== undefined) entry.state = unit.state
    if (!units.has(unit.id)) units.set(unit.id, entry)
  }
  return units
}

/** Rebuild findings in the interface language; rule ids and the data they name stay as they are. */
export function translateRebuildFindings(findings: readonly Finding[], source: string, t: Translate): Finding[] {
  return findings.map((finding) => ({
    ...finding,
    message: t(`import.rule.${finding.ruleId}`, {
      actual: untranslatedReason(finding, t) ?? finding.actual ?? '',
      expected: finding.expected?.join(', ') ?? '',
      source,
      defaultValue: finding.message
    })
  }))
}

/** `target-untranslated` says why in `actual` (`same`, `source-lang`): in words in the message. */
function untranslatedReason(finding: Finding, t: Translate): string | undefined {
  if (finding.ruleId !== 'target-untranslated') return undefined
  return t(finding.actual === 'same' ? 'import.untranslatedSame' : 'import.untranslatedLang')
}
