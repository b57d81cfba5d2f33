/**
 * A JSON value with where it was written, so a config problem can name its
 * line and column. `offset` is where the value starts; `keyOffset` where its
 * property name starts, when it is one.
 */
export type JsonNode =
  | {type: 'object'; offset: number; keyOffset?: number; entries: Array<[key: string, value: JsonNode]>}
  | {type: 'array'; offset: number; keyOffset?: number; items: JsonNode[]}
  | {type: 'string'; offset: number; keyOffset?: number; value: string}
  | {type: 'number'; offset: number; keyOffset?: number; value: number}
  | {type: 'boolean'; offset: number; keyOffset?: number; value: boolean}
  | {type: 'null'; offset: number; keyOffset?: number}

/** What the parser expected; the CLI words it in the interface language. */
export type JsonSyntaxReason = 'end-of-file' | 'property-name' | 'colon' | 'object-comma' | 'array-comma' | 'value' | 'trailing' | 'string' | 'escape' | 'depth'

/** How deep a config may nest: the schema needs 2 levels; the limit keeps the recursive parser far from the stack limit. */
export const maxJsonDepth = 64

export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: JsonSyntaxReason,
    readonly offset: number,
    /** The character found instead, JSON-quoted; empty at the end of the file. */
    readonly found: string
  ) {
    super(`${reason} at ${offset}`)
  }
}

/** Parses JSON (a BOM allowed) into positioned nodes; a syntax error carries its reason and offset. */
export function parseJsonWithPositions(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let depth = 0
  const fail = (reason: JsonSyntaxReason, at = i): never => {
    if (reason === 'depth') throw new JsonSyntaxError(reason, at, String(maxJsonDepth))
    const end = at >= text.length
    throw new JsonSyntaxError(end ? 'end-of-file' : reason, Math.min(at, text.length), end ? '' : JSON.stringify(text[at]))
  }
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++
  }
  const string = (): string => {
    const start = i
    i++
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail('string')
      i += text[i] === '\\' ? 2 : 1
    }
    if (i >= text.length) fail('string')
    i++
    try {
      return JSON.parse(text.slice(start, i)) as string
    } catch {
      return fail('escape', start)
    }
  }
  const object = (offset: number): JsonNode => {
    i++
    const entries: Array<[string, JsonNode]> = []
    space()
    if (text[i] === '}') {
      i++
      return {type: 'object', offset, entries}
    }
    for (;;) {
      space()
      if (text[i] !== '"') fail('property-name')
      const keyOffset = i
      const key = string()
      space()
      if (text[i] !== ':') fail('colon')
      i++
      const node = value()
      node.keyOffset = keyOffset
      entries.push([key, node])
      space()
      if (text[i] === '}') {
        i++
        return {type: 'object', offset, entries}
      }
      if (text[i] !== ',') fail('object-comma')
      i++
    }
  }
  const array = (offset: number): JsonNode => {
    i++
    const items: JsonNode[] = []
    space()
    if (text[i] === ']') {
      i++
      return {type: 'array', offset, items}
    }
    for (;;) {
      items.push(value())
      space()
      if (text[i] === ']') {
        i++
        return {type: 'array', offset, items}
      }
      if (text[i] !== ',') fail('array-comma')
      i++
    }
  }
  const value = (): JsonNode => {
    space()
    const offset = i
    if (text[i] === '{' || text[i] === '[') {
      if (++depth > maxJsonDepth) fail('depth')
      const node = text[i] === '{' ? object(offset) : array(offset)
      depth--
      return node
    }
    if (text[i] === '"') return {type: 'string', offset, value: string()}
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64))
    if (!literal) return fail('value')
    i += literal[0].length
    const word = literal[0]
    if (word === 'null') return {type: 'null', offset}
    if (word === 'true' || word === 'false') return {type: 'boolean', offset, value: word === 'true'}
    return {type: 'number', offset, value: Number(word)}
  }
  const root = value()
  space()
  if (i < text.length) fail('trailing')
  return root
}

/** The plain value of a node. */
export function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map(([k, v]) => [k, toValue(v)]))
    case 'array':
      return node.items.map(toValue)
    case 'null':
      return null
    default:
      return node.value
  }
}
