import type {Labels} from '@tolmach/report'
import type {Translate} from './i18n.js'

/** The words the stylish review list prints, in the interface language. */
export function reviewLabels(t: Translate): Partial<Labels> {
  return {
    error: t('error.prefix'),
    warning: t('error.warning'),
    info: t('error.info'),
    noFile: t('stdin'),
    summary(counts) {
      const parts: string[] = []
      if (counts.error > 0) parts.push(t('review.errors', {count: counts.error}))
      if (counts.warning > 0) parts.push(t('review.warnings', {count: counts.warning}))
      if (counts.info > 0) parts.push(t('review.infos', {count: counts.info}))
      const problems = t('review.problems', {count: counts.error + counts.warning + counts.info})
      return t('review.summary', {problems, parts: parts.join(', ')})
    }
  }
}
