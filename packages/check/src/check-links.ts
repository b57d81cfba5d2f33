import type {Report} from './finding.js'
import {findEmails, findUrls, normalizeUrl, targetForms} from './links.js'
import type {LinkMention, UrlRewrite} from './types.js'

/**
 * Links (written out or as Markdown link placeholders) and e-mail addresses
 * must be the same on both sides, up to a trailing slash and the site's
 * localisation (`rewrites`). A changed link is one finding at the target's.
 */
export function checkLinks(
  source: string,
  target: string,
  extra: {source: LinkMention[]; target: LinkMention[]} | undefined,
  rewrites: readonly UrlRewrite[],
  report: Report
): void {
  const compare = (ruleId: string, src: LinkMention[], tgt: LinkMention[], noun: 'link' | 'email') => {
    const used = new Set<LinkMention>()
    const missing: LinkMention[] = []
    for (const s of src) {
      const forms = targetForms(s.url, rewrites)
      const match = tgt.find((t) => !used.has(t) && forms.has(normalizeUrl(t.url)))
      if (match) used.add(match)
      else missing.push(s)
    }
    for (const t of tgt) {
      if (used.has(t)) continue
      const was = missing.shift()
      if (was) {
        report({
          ruleId, messageId: `${noun}Changed`, severity: 'error', side: 'target', start: t.start, end: t.end,
          data: {actual: t.url, expected: was.url}, actual: t.url, expected: [was.url], related: {side: 'source', start: was.start, end: was.end}
        })
      } else {
        report({ruleId, messageId: `${noun}Extra`, severity: 'error', side: 'target', start: t.start, end: t.end, data: {actual: t.url}, actual: t.url})
      }
    }
    for (const s of missing) {
      report({
        ruleId, messageId: `${noun}Missing`, severity: 'error', side: 'target', start: 0, end: target.length,
        data: {expected: s.url}, expected: [s.url], related: {side: 'source', start: s.start, end: s.end}
      })
    }
  }
  // An autolink is both a placeholder and its written-out URL: count it once.
  const dedupe = (a: LinkMention[], b: LinkMention[]) => [...a, ...b.filter((x) => !a.some((y) => normalizeUrl(y.url) === normalizeUrl(x.url)))]
  compare('link-mismatch', dedupe(findUrls(source), extra?.source ?? []), dedupe(findUrls(target), extra?.target ?? []), 'link')
  compare('email-mismatch', findEmails(source), findEmails(target), 'email')
}
