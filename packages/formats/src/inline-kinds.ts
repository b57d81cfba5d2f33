/**
 * mdast node types ↔ XLIFF inline categories. XLIFF 1.2 `ctype` has a few
 * standard values and `x-` extensions; XLIFF 2 has `type` plus a
 * `prefix:value` `subType`, where we keep the exact node type.
 */

const ctypePaired: Record<string, string> = {strong: 'bold', emphasis: 'italic', link: 'link', linkReference: 'link'}
const ctypeStandalone: Record<string, string> = {break: 'lb', image: 'image', imageReference: 'image'}

/** `x-` values must not contain whitespace. */
function extension(node: string): string {
  return `x-${node.replace(/\s+/g, '-') || 'markup'}`
}

export function xliff12Ctype(node: string, standalone: boolean): string {
  const table = standalone ? ctypeStandalone : ctypePaired
  // linkReference and imageReference share a standard ctype but must come back exactly.
  if (node === 'linkReference' || node === 'imageReference') return extension(node)
  return table[node] ?? extension(node)
}

const nodeFromCtype: Record<string, string> = {bold: 'strong', italic: 'emphasis', link: 'link', lb: 'break', image: 'image'}

export function nodeFromXliff12Ctype(ctype: string | undefined): string {
  if (!ctype) return ''
  if (ctype.startsWith('x-')) return ctype.slice(2)
  return nodeFromCtype[ctype] ?? ctype
}

const xliff2Types: Record<string, string> = {
  strong: 'fmt',
  emphasis: 'fmt',
  delete: 'fmt',
  inlineCode: 'fmt',
  break: 'fmt',
  link: 'link',
  linkReference: 'link',
  image: 'image',
  imageReference: 'image'
}

export const subTypePrefix = 'tolmach:'

export function xliff2Type(node: string): {type: string; subType: string} {
  return {type: xliff2Types[node] ?? 'other', subType: subTypePrefix + (node.replace(/[\s:]+/g, '-') || 'markup')}
}

export function nodeFromXliff2(type: string | undefined, subType: string | undefined): string {
  if (subType?.startsWith(subTypePrefix)) return subType.slice(subTypePrefix.length)
  if (type === 'link' || type === 'image') return type
  return ''
}
