import type {Lang} from '@tolmach/core'
import {createTermMatcher, type Glossary, type TermMatcher} from '@tolmach/glossary'
import {segmentMarkdown} from '@tolmach/segmenter'
import {createLocator} from './locate.js'
import {type RenderMessage, toVFileMessage} from './vfile-message.js'
import type {CheckFinding} from './types.js'

export interface TolmachTermsOptions {
  glossary: Glossary
  /** Language of the documents; default: guessed per file from its letters. */
  lang?: Lang
  render?: RenderMessage
}

interface FileLike {
  value: unknown
  path?: string
  messages: unknown[]
}

/**
 * A unified plugin: `unified().use(remarkParse).use(tolmachTerms, {glossary})`
 * reports forbidden and deprecated renderings of the glossary's terms in a
 * Markdown file as vfile messages (rule `term-forbidden`). One file has no
 * source to compare with, so missing terms are `checkMarkdownPair`'s job.
 */
export function tolmachTerms(options: TolmachTermsOptions) {
  if (!options || !Array.isArray(options.glossary?.concepts)) throw new TypeError('tolmachTerms: `glossary` must be a glossary with `concepts`')
  const matchers = new Map<Lang, TermMatcher>()
  const matcher = (lang: Lang) => {
    let m = matchers.get(lang)
    if (!m) {
      m = createTermMatcher(options.glossary, {lang})
      matchers.set(lang, m)
    }
    return m
  }
  return (_tree: unknown, file: FileLike) => {
    const text = String(file.value ?? '')
    const lang: Lang = options.lang ?? ((text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/\p{Script=Latin}/gu)?.length ?? 0) ? 'ru' : 'en')
    const locate = createLocator()
    const concepts = new Map(options.glossary.concepts.map((c) => [c.id, c]))
    for (const segment of segmentMarkdown(text, {lang, ...(file.path ? {file: file.path} : {})})) {
      for (const m of matcher(lang).find(segment.text)) {
        if (m.status !== 'forbidden' && m.status !== 'deprecated') continue
        const expected = (concepts.get(m.conceptId)?.terms ?? []).filter((t) => t.lang === lang && (t.status === 'preferred' || t.status === 'admitted')).map((t) => t.text)
        const found = segment.text.slice(m.start, m.end)
        const finding: CheckFinding = {
          ruleId: 'term-forbidden', messageId: m.status === 'deprecated' ? 'termDeprecated' : 'termForbidden', severity: m.status === 'deprecated' ? 'warning' : 'error',
          source: 'tolmach-check', data: {found, expected: expected.join(', '), alternatives: expected.length, concept: m.conceptId}, pair: -1, side: 'target',
          start: m.start, end: m.end, actual: found, ...(expected.length ? {expected} : {})
        }
        if (expected.length === 0) finding.messageId += 'NoAlternative'
        const place = locate({text, map: segment.map}, m.start, m.end)
        if (place) finding.place = place
        if (file.path) finding.file = file.path
        const message = toVFileMessage(finding, options.render)
        file.messages.push(message)
      }
    }
  }
}
