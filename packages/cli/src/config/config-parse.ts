import {nestingPast} from '@tolmach/check'
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {type Node, type ParseError, parseTree, printParseErrorCode} from 'jsonc-parser'

/** Why a config is not valid JSON (with comments), as a key of the `config.json` messages. */
export type JsonReason = 'size' | 'end-of-file' | 'property-name' | 'colon' | 'comma' | 'object-comma' | 'array-comma' | 'value' | 'trailing' | 'string' | 'escape' | 'character' | 'comment' | 'depth'

export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: JsonReason,
    readonly offset: number,
    readonly found: string
  ) {
    super(`${reason} at offset ${offset}`)
  }
}

/** A problem with a config value: where it is, which property, what is wrong (as data to translate). */
export interface SchemaProblem {
  offset: number
  path: string
  kind: 'type' | 'enum' | 'unknown-property' | 'too-short' | 'empty' | 'duplicate' | 'pattern' | 'required' | 'regexp' | 'invalid' | 'more'
  expected: string
  actual?: string
}

// Deeper than any config needs; jsonc-parser recurses per level, so depth is bounded before it runs.
export const maxDepth = 64

// jsonc-parser's error codes by name (its enum is a const enum, not a value at run time).
const reasons: Record<string, JsonReason> = {
  PropertyNameExpected: 'property-name',
  ColonExpected: 'colon',
  CommaExpected: 'comma',
  CloseBraceExpected: 'object-comma',
  CloseBracketExpected: 'array-comma',
  EndOfFileExpected: 'trailing',
  UnexpectedEndOfString: 'string',
  InvalidEscapeCharacter: 'escape',
  InvalidUnicode: 'escape',
  InvalidCharacter: 'character',
  InvalidCommentToken: 'comment',
  UnexpectedEndOfComment: 'comment'
}

/**
 * Parses JSON with comments (as editors allow in config files) into
 * jsonc-parser's tree, which keeps each value's offset. The first syntax
 * error throws a JsonSyntaxError with its offset; so does nesting deeper
 * than `maxDepth`, found by a scan before the recursive parser runs.
 */
export function parseJsonc(text: string): Node {
  const deep = nestingPast(text, maxDepth)
  if (deep !== undefined) throw new JsonSyntaxError('depth', deep, String(maxDepth))
  const errors: ParseError[] = []
  const root = parseTree(text, errors, {disallowComments: false, allowTrailingComma: false, allowEmptyContent: false})
  const [first] = errors
  if (first || !root) {
    const offset = first?.offset ?? text.length
    // Anything after a complete value is trailing, whatever token jsonc-parser took it for.
    const after = root !== undefined && offset >= root.offset + root.length
    const reason = offset >= text.length ? 'end-of-file' : after ? 'trailing' : (reasons[printParseErrorCode(first!.error)] ?? 'value')
    throw new JsonSyntaxError(reason, offset, offset < text.length ? JSON.stringify(text[offset]) : '')
  }
  return root
}

// Settings fit in a few kilobytes; a megabyte is not a config (a wrong file, or generated junk), and
// refusing it keeps loading linear: validating an object of 300,000 keys is GC-bound, not linear.
export const maxConfigBytes = 1 << 20

/** parseJsonc for a config file: refused past `maxConfigBytes`, at the character where the limit is crossed. */
export function parseConfig(text: string): Node {
  if (text.length > maxConfigBytes) throw new JsonSyntaxError('size', maxConfigBytes, String(maxConfigBytes >> 10))
  return parseJsonc(text)
}

/**
 * The value of a tree, with every key an own property: `__proto__` or
 * `constructor` in a file stay keys to report, never reach a prototype.
 * The last of duplicate keys wins, as in JSON.parse.
 */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (!key || !value) continue
        const name = String(key.value)
        // Only `__proto__` would reach the prototype by assignment (and defining every key is slower on large objects).
        if (name === '__proto__') Object.defineProperty(out, name, {value: nodeValue(value), enumerable: true, writable: true, configurable: true})
        else out[name] = nodeValue(value)
      }
      return out
    }
    case 'array':
      return (node.children ?? []).map(nodeValue)
    default:
      return node.value
  }
}

const validators = new WeakMap<object, ValidateFunction>()

/**
 * Validates a parsed config against the JSON Schema shipped with the
 * package, with ajv, and places each problem: on the key of an unknown,
 * duplicate or mistyped property, on the value otherwise. Keys given twice
 * and patterns that are no valid regular expression are found here too,
 * since JSON Schema says nothing about either.
 */
export function validateConfig(root: Node, schema: object): SchemaProblem[] {
  let validate = validators.get(schema)
  if (!validate) {
    validate = new Ajv({allErrors: true, strict: false}).compile(schema)
    validators.set(schema, validate)
  }
  const problems: SchemaProblem[] = [...duplicateKeys(root, '')]
  if (!validate(nodeValue(root))) {
    for (const error of validate.errors ?? []) problems.push(problemOf(error, root, schema))
  }
  problems.push(...badPatterns(root))
  problems.sort((a, b) => a.offset - b.offset)
  // Nobody reads the 101st problem of a config: list the first ones, then say how many more there are.
  if (problems.length <= maxProblems) return problems
  const next = problems[maxProblems]!
  return [...problems.slice(0, maxProblems), {offset: next.offset, path: next.path, kind: 'more', expected: String(problems.length - maxProblems)}]
}

export const maxProblems = 100

const childIndex = new WeakMap<Node, Map<string | number, Node>>()

/**
 * The node at a path, like jsonc-parser's findNodeAtLocation, with each
 * object's keys indexed once: a config with 100,000 unknown keys gets its
 * 100,000 findings in linear time, not a scan of the object per finding.
 */
function nodeAt(root: Node, path: ReadonlyArray<string | number>): Node | undefined {
  let node: Node | undefined = root
  for (const part of path) {
    if (!node) return undefined
    let index = childIndex.get(node)
    if (!index) {
      index = new Map()
      if (node.type === 'object') {
        for (const property of node.children ?? []) {
          const [key, value] = property.children ?? []
          // The last of duplicate keys, as the value ajv saw.
          if (key && value) index.set(String(key.value), value)
        }
      } else if (node.type === 'array') {
        for (const [k, item] of (node.children ?? []).entries()) index.set(k, item)
      }
      childIndex.set(node, index)
    }
    // A pointer does not say whether `0` is an index or a key: try both.
    node = index.get(part) ?? (typeof part === 'number' ? index.get(String(part)) : undefined)
  }
  return node
}

function pathOf(pointer: string): Array<string | number> {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

function nameOf(path: ReadonlyArray<string | number>): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`
  return out || '(root)'
}

/** The offset of a property's key, when the node is a property's value. */
function keyOffset(node: Node): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset
}

function problemOf(error: ErrorObject, root: Node, schema: object): SchemaProblem {
  const path = pathOf(error.instancePath)
  const node = nodeAt(root, path) ?? root
  const name = nameOf(path)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return {offset: keyOffset(node), path: name, kind: 'type', expected: ([] as unknown[]).concat(params['type']).join(' | '), actual: node.type}
    case 'enum':
      return {offset: node.offset, path: name, kind: 'enum', expected: (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', '), actual: JSON.stringify(nodeValue(node))}
    case 'additionalProperties': {
      const key = String(params['additionalProperty'])
      const child = nodeAt(root, [...path, key])
      const known = Object.keys(propertiesAt(schema, error.schemaPath))
      return {offset: child ? keyOffset(child) : node.offset, path: nameOf([...path, key]), kind: 'unknown-property', expected: known.join(', '), actual: key}
    }
    case 'minItems':
      return {offset: node.offset, path: name, kind: 'too-short', expected: String(params['limit'])}
    case 'minLength':
      return {offset: node.offset, path: name, kind: 'empty', expected: String(params['limit'])}
    case 'pattern':
      return {offset: node.offset, path: name, kind: 'pattern', expected: String(params['pattern']), actual: JSON.stringify(nodeValue(node))}
    case 'required':
      return {offset: node.offset, path: name, kind: 'required', expected: String(params['missingProperty'])}
    default:
      return {offset: node.offset, path: name, kind: 'invalid', expected: error.keyword}
  }
}

/** The `properties` of the schema object an `additionalProperties` error's schema path points into. */
function propertiesAt(schema: object, schemaPath: string): Record<string, unknown> {
  let at: unknown = schema
  for (const part of pathOf(schemaPath.replace(/^#/, '')).slice(0, -1)) {
    at = (at as Record<string | number, unknown> | undefined)?.[part]
    // A `$ref` on the way is followed within the same file.
    const ref = (at as {$ref?: unknown} | undefined)?.$ref
    if (typeof ref === 'string' && ref.startsWith('#/')) at = pathOf(ref.slice(1)).reduce<unknown>((node, p) => (node as Record<string | number, unknown>)?.[p], schema)
  }
  return ((at as {properties?: Record<string, unknown>} | undefined)?.properties ?? {}) as Record<string, unknown>
}

function* duplicateKeys(node: Node, path: string): Generator<SchemaProblem> {
  if (node.type === 'object') {
    const seen = new Set<string>()
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (!key) continue
      const name = String(key.value)
      const child = path ? `${path}.${name}` : name
      if (seen.has(name)) yield {offset: property.offset, path: child, kind: 'duplicate', expected: '', actual: name}
      seen.add(name)
      if (value) yield* duplicateKeys(value, child)
    }
  } else if (node.type === 'array') {
    for (const [k, item] of (node.children ?? []).entries()) yield* duplicateKeys(item, `${path}[${k}]`)
  }
}

/** Custom rules' `pattern` and URL rewrites' `from` must compile: JSON Schema's `format: regex` is not checked by ajv. */
function* badPatterns(root: Node): Generator<SchemaProblem> {
  const lists: Array<[string, string]> = [
    ['customRules', 'pattern'],
    ['urlRewrites', 'from']
  ]
  for (const [list, field] of lists) {
    for (const [k, item] of (nodeAt(root, [list])?.children ?? []).entries()) {
      const pattern = nodeAt(item, [field])
      if (pattern?.type !== 'string') continue
      const flags = nodeAt(item, ['flags'])
      try {
        new RegExp(String(pattern.value), flags?.type === 'string' ? String(flags.value).replace('g', '') : undefined)
      } catch (error) {
        yield {offset: pattern.offset, path: `${list}[${k}].${field}`, kind: 'regexp', expected: '', actual: (error as Error).message}
      }
    }
  }
}
