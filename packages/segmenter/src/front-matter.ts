import type {Lang, OffsetMap} from '@tolmach/core'
import type {Root} from 'mdast'
import type {Node as YamlNode} from 'yaml'
import {alignScalar, type ScalarStyle} from './front-matter-align.js'
import type {DraftSegment} from './markdown-emit.js'
import {translatableRanges} from './markdown-cut.js'
import {hasLetter} from './markdown-letter.js'
import {segmentText} from './segment-text.js'
import {yamlModule} from './yaml-module.js'

/**
 * The front matter keys translated unless told otherwise: what a static
 * site generator shows readers (page title, meta description, teaser).
 * Dates, slugs, tags, layout and aliases are site data and stay as written.
 */
export const defaultFrontMatterKeys: readonly string[] = ['title', 'description', 'summary']

/** Throws a TypeError naming the option unless `keys` is undefined or an array of non-empty strings. */
export function checkFrontMatterKeys(keys: unknown, caller: string): asserts keys is readonly string[] | undefined {
  if (keys === undefined) return
  if (!Array.isArray(keys) || keys.some((key) => typeof key !== 'string' || key.trim() === '')) {
    throw new TypeError(`${caller}: \`options.frontMatterKeys\` must be an array of non-empty strings`)
  }
}

/** A sentence of a front matter value: `[from, to)` in the value, and the segment it becomes. */
export interface FrontMatterPiece {
  from: number
  to: number
  draft: DraftSegment
}

/** A translatable string scalar of the front matter. */
export interface FrontMatterScalar {
  /** Where it sits: `['title']`, `['tags', 2]`, `['params', 'description']`. */
  path: Array<string | number>
  value: string
  style: ScalarStyle
  /** The scalar as written, quotes and a block header (and its last line break) included. */
  start: number
  end: number
  pieces: FrontMatterPiece[]
}

/** YAML front matter: the text between the fences and its translatable scalars, source offsets. */
export interface FrontMatter {
  start: number
  end: number
  scalars: FrontMatterScalar[]
}

/** A front matter problem, in source offsets; the caller positions and words it as a finding. */
export interface FrontMatterProblem {
  ruleId: 'front-matter-invalid' | 'front-matter-unsupported' | 'front-matter-toml'
  message: string
  start: number
  end: number
  actual?: string
}

/** The YAML text of a `yaml` node: after the opening fence's line, up to the closing fence's line. */
export function frontMatterRange(source: string, nodeStart: number, nodeEnd: number): [number, number] {
  const start = source.indexOf('\n', nodeStart) + 1
  const fence = source.lastIndexOf('\n', nodeEnd - 1) + 1
  return [start, Math.max(start, fence)]
}

/**
 * The translatable scalars of a document's YAML front matter: string
 * scalars (and strings of a sequence) under the top-level keys listed in
 * `keys` (a dotted key such as `params.description` reaches into a mapping),
 * each cut into sentences that hold a letter. The `yaml` package parses,
 * so the source ranges and scalar styles are its. Front matter that does not
 * parse, or a listed key whose value is no string (an alias, a mapping), is a
 * problem and stays as written; TOML front matter always does.
 */
export function readFrontMatter(tree: Root, source: string, keys: readonly string[], lang: Lang, report?: (problem: FrontMatterProblem) => void): FrontMatter | undefined {
  // mdast's types know `yaml`; remark-frontmatter also makes `toml`.
  const node = tree.children[0] as {type: string; value: string; position?: {start: {offset?: number}; end: {offset?: number}}} | undefined
  if (!node || keys.length === 0) return undefined
  const nodeStart = node.position?.start.offset ?? 0
  const nodeEnd = node.position?.end.offset ?? 0
  if (node.type === 'toml') {
    const listed = keys.find((key) => new RegExp(`^[ \\t]*${escapeRegExp(key.split('.').at(-1)!)}[ \\t]*=`, 'm').test(node.value))
    if (listed !== undefined) {
      report?.({ruleId: 'front-matter-toml', message: `TOML front matter is kept as written: its \`${listed}\` is not translated (use YAML front matter to translate it)`, start: nodeStart, end: nodeEnd, actual: listed})
    }
    return undefined
  }
  if (node.type !== 'yaml') return undefined
  const [start, end] = frontMatterRange(source, nodeStart, nodeEnd)
  const text = source.slice(start, end)
  const {parseDocument, isSeq} = yamlModule()
  const doc = parseDocument(text, {uniqueKeys: true})
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!
    report?.({ruleId: 'front-matter-invalid', message: `the front matter is not valid YAML (${error.code}) and is kept as written`, start: start + error.pos[0], end: start + Math.max(error.pos[0], error.pos[1]), actual: error.code})
    return undefined
  }
  const scalars: FrontMatterScalar[] = []
  const take = (value: YamlNode, path: Array<string | number>) => {
    const scalar = stringScalar(value)
    if (scalar) {
      const found = readScalar(scalar, path, source, start, lang)
      if (found.pieces.length > 0) scalars.push(found)
    } else if (value.range && !(yamlModule().isScalar(value) && typeof value.value !== 'string')) {
      // A number, boolean, date or null is data, not text; an alias or a mapping is text tolmach cannot reach.
      report?.({ruleId: 'front-matter-unsupported', message: `front matter \`${path.join('.')}\` is not a string and is kept as written`, start: start + value.range[0], end: start + value.range[1], actual: path.join('.')})
    }
  }
  for (const key of new Set(keys)) {
    const path = key.split('.')
    const value = doc.getIn(path, true) as YamlNode | undefined
    if (value === undefined || value === null) continue
    if (isSeq(value)) {
      value.items.forEach((item, index) => {
        if (item !== null && typeof item === 'object') take(item as YamlNode, [...path, index])
      })
    } else take(value, path)
  }
  scalars.sort((a, b) => a.start - b.start)
  return {start, end, scalars}
}

interface StringScalar {
  value: string
  style: ScalarStyle
  range: [number, number, number]
}

/** A scalar whose value is a string (an explicit `!!str` included); null, numbers, booleans, dates, aliases are not. */
function stringScalar(node: YamlNode): StringScalar | undefined {
  if (!yamlModule().isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined
  if (node.tag !== undefined && node.tag !== 'tag:yaml.org,2002:str') return undefined
  return {value: node.value, style: (node.type ?? 'PLAIN') as ScalarStyle, range: node.range}
}

/** A string scalar's sentences as drafts whose maps point into the document. */
function readScalar(scalar: StringScalar, path: Array<string | number>, source: string, offset: number, lang: Lang): FrontMatterScalar {
  const {value, style} = scalar
  const start = offset + scalar.range[0]
  const end = offset + scalar.range[1]
  // The value's own characters: inside the quotes, after a block header's line.
  const quoted = style === 'QUOTE_SINGLE' || style === 'QUOTE_DOUBLE'
  const block = style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED'
  const valueStart = block ? source.indexOf('\n', start) + 1 || end : quoted ? start + 1 : start
  const valueEnd = quoted ? end - 1 : end
  const spans = alignScalar(value, source, valueStart, valueEnd, style)
  const pieces: FrontMatterPiece[] = []
  if (hasLetter(value)) {
    for (const [from, to] of translatableRanges(value, segmentText(value, {lang}))) {
      pieces.push({from, to, draft: spans ? draftOf(value, from, to, spans) : wholeDraft(value, from, to, valueStart, valueEnd)})
    }
  }
  return {path, value, style, start, end, pieces}
}

function draftOf(value: string, from: number, to: number, spans: {from: number[]; to: number[]}): DraftSegment {
  const map: OffsetMap = []
  let delta = Number.NaN
  for (let i = from; i < to; i++) {
    const at = spans.from[i]!
    if (at - (i - from) !== delta) {
      map.push([i - from, at])
      delta = at - (i - from)
    }
  }
  const end = spans.to[to - 1]!
  map.push([to - from, end])
  return {text: value.slice(from, to), placeholders: [], map, start: spans.from[from]!, end}
}

/** When the value cannot be aligned with its source, the sentence stands for the whole value's text. */
function wholeDraft(value: string, from: number, to: number, start: number, end: number): DraftSegment {
  return {text: value.slice(from, to), placeholders: [], map: [[0, start], [to - from, end]], start, end}
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
