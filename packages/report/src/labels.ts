import type {Labels, SeverityCounts} from './types.js'

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`
}

export const englishLabels: Labels = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  noFile: '<stdin>',
  summary(counts: SeverityCounts): string {
    const total = counts.error + counts.warning + counts.info
    const parts: string[] = []
    if (counts.error > 0) parts.push(plural(counts.error, 'error', 'errors'))
    if (counts.warning > 0) parts.push(plural(counts.warning, 'warning', 'warnings'))
    if (counts.info > 0) parts.push(plural(counts.info, 'info', 'info'))
    return `${plural(total, 'problem', 'problems')} (${parts.join(', ')})`
  },
  clean: 'No problems found.',
  columns: {severity: 'Severity', file: 'File', place: 'Line:Col', rule: 'Rule', message: 'Message'},
  expected: 'expected',
  found: 'found',
  omitted: (count) => `…and ${plural(count, 'more finding', 'more findings')}, left out to stay within the size limit.`
}

export function resolveLabels(labels: Partial<Labels> | undefined): Labels {
  if (labels === undefined) return englishLabels
  if (labels === null || typeof labels !== 'object') throw new TypeError('options.labels must be an object')
  return {...englishLabels, ...labels, columns: {...englishLabels.columns, ...labels.columns}}
}
