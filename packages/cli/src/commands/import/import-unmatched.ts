import {createFinding, type Finding, type Severity} from '@tolmach/core'
import type {ReadDocument} from '@tolmach/formats'
import type {Translate} from '../../i18n/i18n.js'

/** A `<file>` of the XLIFF that no --source asked for: its translations are not used, and the user is told so. */
export function unmatchedFile(document: ReadDocument, xliff: string, severity: Severity, t: Translate): Finding {
  const place = document.units[0]?.position
  return createFinding({
    ruleId: 'file-unmatched',
    severity,
    message: t('links.fileUnmatched', {file: document.file}),
    source: 'tolmach-import',
    file: xliff,
    ...(place ? {place: {start: place, end: place}} : {}),
    actual: document.file
  })
}
