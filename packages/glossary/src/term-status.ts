import type {TermStatus} from './types.js'

const statuses: Array<[RegExp, TermStatus]> = [
  [/^(preferred|preferredterm(-admn-sts)?|preferred term|approved|standard|main|предпочтительн(ый|о)|основной|утвержд[её]н(ный)?|рекомендуем(ый|о))$/, 'preferred'],
  [/^(admitted|admittedterm(-admn-sts)?|admitted term|permitted|allowed|accepted|synonym|variant|допустим(ый|о)?|разреш[её]н(ный|о)?|синоним|вариант)$/, 'admitted'],
  [
    /^(deprecated|supersededterm(-admn-sts)?|notrecommendedterm-admn-sts|obsoleteterm-admn-sts|superseded|obsolete|not recommended|notrecommended|outdated|legacy|устаревш(ий|ее)|устарел|не рекомендуется|нерекомендуем(ый|о))$/,
    'deprecated'
  ],
  // TBX "deprecated" (administrativeStatus deprecatedTerm-admn-sts, normativeAuthorization deprecatedTerm) is its "do not use".
  [/^(forbidden|deprecatedterm(-admn-sts)?|forbiddenterm-admn-sts|blocked|prohibited|do not use|don't use|rejected|banned|запрещ[её]н(ный|о)?|не использовать|недопустим(ый|о))$/, 'forbidden']
]

/** Maps the status words CAT tools, TBX (administrativeStatus, normativeAuthorization) and Russian sheets use; undefined when unknown. */
export function parseStatus(value: string): TermStatus | undefined {
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ')
  for (const [re, status] of statuses) if (re.test(v)) return status
  return undefined
}

/** TRUE/FALSE, yes/no, 1/0, as Excel and TMS exports write booleans; undefined when empty or unknown. */
export function parseBoolean(value: string | undefined): boolean | undefined {
  const v = (value ?? '').trim().toLowerCase()
  if (/^(true|yes|y|1|x|да|истина)$/.test(v)) return true
  if (/^(false|no|n|0|нет|ложь)$/.test(v)) return false
  return undefined
}

const rank: Record<TermStatus, number> = {preferred: 0, admitted: 1, deprecated: 2, forbidden: 3}

/** True when the status says translators must not use the term. */
export function isBanned(status: TermStatus): boolean {
  return rank[status] >= 2
}
