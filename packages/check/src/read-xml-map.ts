import type {OffsetMap} from '@tolmach/core'

// Inline elements whose content is native markup, not text: a reader turns
// each into one placeholder token.
const opaque = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
const token = /^\{\/?\d+\/?\}/

/**
 * Maps the text a reader made of an XML element (`<target>`, `<seg>`:
 * character data with entities decoded, inline markup as `{1}`/`{/1}`/`{2/}`
 * tokens) back to offsets in the XML. `from` is where to start looking for
 * the element (its unit's offset). Returns anchors `[textOffset, xmlOffset]`,
 * or undefined when the element is not found; past a point where the text
 * and the XML disagree, offsets fall back to that point.
 */
export function mapXmlElementText(xml: string, from: number, element: string, text: string): OffsetMap | undefined {
  const open = new RegExp(`<${element}(?:\\s[^>]*)?>`, 'g')
  open.lastIndex = from
  const found = open.exec(xml)
  if (!found) return undefined
  const map: OffsetMap = []
  const close = `</${element}>`
  let i = found.index + found[0].length
  let t = 0
  const anchor = () => {
    const last = map[map.length - 1]
    if (!last || last[0] !== t || last[1] !== i) map.push([t, i])
  }
  while (i < xml.length && t <= text.length) {
    if (xml.startsWith(close, i)) break
    const c = xml[i]
    if (c === '<') {
      const end = xml.indexOf('>', i)
      if (end < 0) break
      const tag = xml.slice(i, end + 1)
      const name = /^<\/?([\w:.-]+)/.exec(tag)?.[1] ?? ''
      const atToken = token.exec(text.slice(t))
      anchor()
      if (tag.startsWith('<!--') || tag.startsWith('<?')) {
        i = tag.startsWith('<!--') ? xml.indexOf('-->', i) + 3 : end + 1
        continue
      }
      if (tag.startsWith('<![CDATA[')) {
        const stop = xml.indexOf(']]>', i)
        const data = xml.slice(i + 9, stop)
        map.push([t, i + 9])
        t += data.length
        i = stop + 3
        continue
      }
      if (atToken) t += atToken[0].length
      if (opaque.has(name) && !tag.endsWith('/>') && !tag.startsWith('</')) {
        const closing = xml.indexOf(`</${name}>`, end)
        i = closing < 0 ? end + 1 : closing + name.length + 3
      } else i = end + 1
      anchor()
      continue
    }
    if (c === '&') {
      const semi = xml.indexOf(';', i)
      const name = semi > i ? xml.slice(i + 1, semi) : ''
      if (name in entities || /^#x?[0-9a-f]+$/i.test(name)) {
        anchor()
        const value = name in entities ? entities[name]! : String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)))
        t += value.length
        i = semi + 1
        anchor()
        continue
      }
    }
    if (map.length === 0) anchor()
    if (c === '\r' && xml[i + 1] === '\n') {
      // XML turns CRLF into one line feed.
      anchor()
      i += 2
      t += 1
      anchor()
      continue
    }
    i++
    t++
  }
  if (map.length === 0) map.push([0, found.index + found[0].length])
  return map
}
