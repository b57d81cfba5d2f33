import type {Finding} from '@tolmach/core'
import type {Translate} from './i18n.js'

// Where each library's message ids live in the catalogs.
const catalogPrefix: Record<string, string> = {'tolmach-check': 'check', 'tolmach-formats': 'formats', 'tolmach-glossary': 'glossaryReader'}

/**
 * A library finding with its message in the interface language: rendered
 * from its `messageId` and `data` through the catalog, so no English
 * wording of a library reaches the Russian interface. A finding without a
 * message id, or one the catalog lacks, keeps its own message.
 */
export function localizeFinding(finding: Finding, t: Translate): Finding {
  const prefix = catalogPrefix[finding.source]
  if (finding.messageId === undefined || prefix === undefined) return finding
  const key = `${prefix}.${finding.messageId}`
  const message = t(key, {...finding.data})
  return message === key ? finding : {...finding, message}
}
