import type {JsonNode} from './config-json.js'

/** The part of JSON Schema the config schema uses. */
export interface SchemaNode {
  type?: string | string[]
  enum?: unknown[]
  properties?: Record<string, SchemaNode>
  additionalProperties?: boolean
  items?: SchemaNode
  minItems?: number
  minLength?: number
  $ref?: string
  definitions?: Record<string, SchemaNode>
}

/** A problem with a config value: where it is, which property, what is wrong (as data to translate). */
export interface SchemaProblem {
  offset: number
  path: string
  kind: 'type' | 'enum' | 'unknown-property' | 'too-short' | 'empty' | 'duplicate'
  expected: string
  actual?: string
}

/**
 * Validates a positioned JSON value against the small schema the config
 * file ships with: `type`, `enum`, `properties`, `additionalProperties:
 * false`, `items`, `minItems`, `minLength` and local `$ref`s. The schema
 * file is the one source of truth, for editors and for this check alike.
 */
export function validateAgainstSchema(node: JsonNode, schema: SchemaNode, root: SchemaNode = schema, path = ''): SchemaProblem[] {
  const resolved = resolve(schema, root)
  const problems: SchemaProblem[] = []
  const at = node.keyOffset ?? node.offset
  const name = path || '(root)'
  const types = resolved.type === undefined ? undefined : ([] as string[]).concat(resolved.type)
  if (types && !types.some((type) => matchesType(node, type))) {
    problems.push({offset: at, path: name, kind: 'type', expected: types.join(' | '), actual: node.type})
    return problems
  }
  if (resolved.enum && !resolved.enum.some((v) => 'value' in node && v === node.value)) {
    problems.push({offset: node.offset, path: name, kind: 'enum', expected: resolved.enum.map((v) => JSON.stringify(v)).join(', '), actual: 'value' in node ? JSON.stringify(node.value) : node.type})
  }
  if (node.type === 'string' && resolved.minLength !== undefined && node.value.length < resolved.minLength) {
    problems.push({offset: node.offset, path: name, kind: 'empty', expected: `${resolved.minLength}`})
  }
  if (node.type === 'array') {
    if (resolved.minItems !== undefined && node.items.length < resolved.minItems) {
      problems.push({offset: node.offset, path: name, kind: 'too-short', expected: `${resolved.minItems}`})
    }
    const items = resolved.items
    if (items) node.items.forEach((item, k) => void problems.push(...validateAgainstSchema(item, items, root, `${name}[${k}]`)))
  }
  if (node.type === 'object') {
    const seen = new Set<string>()
    for (const [key, value] of node.entries) {
      // Own properties only: `toString` or `__proto__` must not find Object.prototype's.
      const property = resolved.properties && Object.hasOwn(resolved.properties, key) ? resolved.properties[key] : undefined
      const child = path ? `${path}.${key}` : key
      if (seen.has(key)) problems.push({offset: value.keyOffset ?? value.offset, path: child, kind: 'duplicate', expected: '', actual: key})
      seen.add(key)
      if (property) problems.push(...validateAgainstSchema(value, property, root, child))
      else if (resolved.additionalProperties === false) {
        const known = Object.keys(resolved.properties ?? {}).join(', ')
        problems.push({offset: value.keyOffset ?? value.offset, path: child, kind: 'unknown-property', expected: known, actual: key})
      }
    }
  }
  return problems
}

function matchesType(node: JsonNode, type: string): boolean {
  if (type === 'integer') return node.type === 'number' && Number.isInteger(node.value)
  return node.type === type
}

function resolve(schema: SchemaNode, root: SchemaNode): SchemaNode {
  if (!schema.$ref) return schema
  const name = /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1]
  const target = name === undefined ? undefined : root.definitions?.[name]
  if (!target) throw new Error(`config schema: unresolved $ref ${schema.$ref}`)
  return target
}
