import type {CandidateMatch} from './types.js'
import {escapeXmlAttribute, escapeXmlText, isXmlChar} from './xml-escape.js'

export const xliff2MatchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0'
export const xliff2MetadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0'

// Memory text is offered as plain text: its placeholders belong to another
// segment, so their tokens are dropped rather than written as wrong markup.
function plain(text: string): string {
  let out = ''
  for (const ch of text.replace(/\{\/?\d+\/?\}/g, '')) if (isXmlChar(ch.codePointAt(0)!)) out += ch
  return escapeXmlText(out.replace(/\s+/g, ' ').trim())
}

/** XLIFF 1.2 `<alt-trans>` elements for a trans-unit, best first. */
export function altTrans(candidates: readonly CandidateMatch[], targetLang: string): string {
  let out = ''
  for (const c of candidates) {
    const origin = c.origin ? ` origin="${escapeXmlAttribute(c.origin)}"` : ''
    out += `        <alt-trans match-quality="${Math.round(c.similarity)}%"${origin}>\n`
    out += `          <source>${plain(c.source)}</source>\n`
    out += `          <target xml:lang="${escapeXmlAttribute(targetLang)}">${plain(c.target)}</target>\n`
    if (c.note) out += `          <note from="tolmach">${plain(c.note)}</note>\n`
    out += '        </alt-trans>\n'
  }
  return out
}

/** The XLIFF 2 Translation Candidates module for a unit whose segment has id `segmentId`. */
export function mtcMatches(candidates: readonly CandidateMatch[], segmentId: string): string {
  if (candidates.length === 0) return ''
  let out = `      <mtc:matches xmlns:mtc="${xliff2MatchesNamespace}">\n`
  for (const c of candidates) {
    const origin = c.origin ? ` origin="${escapeXmlAttribute(c.origin)}"` : ''
    out += `        <mtc:match ref="#${segmentId}" type="tm" similarity="${Math.round(c.similarity)}"${origin}>\n`
    // The matches module has no notes; its metadata slot carries the explanation.
    if (c.note) out += `          <mda:metadata xmlns:mda="${xliff2MetadataNamespace}"><mda:metaGroup category="tolmach"><mda:meta type="explanation">${plain(c.note)}</mda:meta></mda:metaGroup></mda:metadata>\n`
    out += `          <source>${plain(c.source)}</source>\n`
    out += `          <target>${plain(c.target)}</target>\n`
    out += '        </mtc:match>\n'
  }
  return `${out}      </mtc:matches>\n`
}
