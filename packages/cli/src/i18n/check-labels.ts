import type {Labels} from '@tolmach/report'
import type {Translate} from './i18n.js'
import {reviewLabels} from './review-labels.js'

/** The stylish labels plus the words of the GitHub job summary, in the interface language. */
export function checkLabels(t: Translate): Partial<Labels> {
  return {
    ...reviewLabels(t),
    clean: t('check.labels.clean'),
    columns: {
      severity: t('check.labels.severity'),
      file: t('check.labels.file'),
      place: t('check.labels.place'),
      rule: t('check.labels.rule'),
      message: t('check.labels.message')
    },
    expected: t('check.labels.expected'),
    found: t('check.labels.found'),
    omitted: (count) => t('check.labels.omitted', {count})
  }
}
