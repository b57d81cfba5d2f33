import type {Severity} from '@tolmach/core'

/** Every rule of the package with its default severity (a finding may be milder: a small number, boilerplate). */
export const checkRules: Readonly<Record<string, Severity>> = {
  'number-mismatch': 'error',
  'date-mismatch': 'error',
  'link-mismatch': 'error',
  'email-mismatch': 'error',
  'markup-mismatch': 'error',
  untranslated: 'error',
  'mixed-script': 'error',
  'name-mismatch': 'error',
  omission: 'warning',
  addition: 'warning',
  'length-ratio': 'warning',
  'double-space': 'warning',
  whitespace: 'warning',
  'start-capital': 'warning',
  'end-punctuation': 'warning',
  'unbalanced-brackets': 'warning',
  'repeated-word': 'warning',
  'inconsistent-translation': 'info',
  'term-missing': 'error',
  'term-forbidden': 'error',
  'term-inconsistent': 'warning',
  'term-untranslated': 'error'
}
