import type {Lang, Segment} from '@tolmach/core'
import {type FrontMatter, type FrontMatterScalar, readFrontMatter} from './front-matter.js'
import {readsAs, renderings} from './front-matter-write.js'
import {parseMarkdown} from './markdown-parse.js'

/** A source range and the text that replaces it. */
export interface FrontMatterReplacement {
  start: number
  end: number
  text: string
}

export interface FrontMatterRebuild {
  replacements: FrontMatterReplacement[]
  /** Segments whose translation could not be written as YAML: their source text is kept. */
  refused: Segment[]
}

/**
 * Writes translated front matter values back. Each translated scalar is
 * replaced whole (quotes, block header and all) by its new value in the
 * source's style when that reads back as the value, else in double quotes
 * with escapes; every candidate is checked by parsing the front matter with
 * it, so the result is always YAML whose value is the translation, and
 * every other byte of the front matter is the source's.
 */
export function rebuildFrontMatter(markdown: string, segments: readonly Segment[], chosen: ReadonlyMap<Segment, string>, keys: readonly string[], lang: Lang): FrontMatterRebuild {
  const own = segments.filter((s) => s.kind === 'frontMatter')
  const result: FrontMatterRebuild = {replacements: [], refused: []}
  if (own.length === 0) return result
  const shift = markdown.charCodeAt(0) === 0xfeff ? 1 : 0
  const source = shift ? markdown.slice(1) : markdown
  const frontMatter = readFrontMatter(parseMarkdown(source), source, keys, lang)
  const scalars = frontMatter?.scalars ?? []
  if (!frontMatter || scalars.reduce((n, s) => n + s.pieces.length, 0) !== own.length) {
    throw new Error('rebuildMarkdown: the front matter read again does not give the segments it gave')
  }
  const eol = /\r\n/.test(source.slice(frontMatter.start, frontMatter.end)) ? '\r\n' : '\n'
  let next = 0
  const accepted: Array<{scalar: FrontMatterScalar; text: string; value: string}> = []
  for (const scalar of scalars) {
    const mine = own.slice(next, next + scalar.pieces.length)
    next += scalar.pieces.length
    const value = newValue(scalar, mine, chosen)
    if (value === scalar.value) continue
    const text = writeScalar(source, frontMatter, scalar, value, eol)
    if (text === undefined) result.refused.push(...mine.filter((s) => chosen.has(s)))
    else accepted.push({scalar, text, value})
  }
  // Each value was checked alone; the front matter with all of them must read right too.
  const whole = applyAll(source, frontMatter, accepted)
  if (!accepted.every(({scalar, value}) => readsAs(whole, scalar.path, value))) {
    // Not met so far; should it ever be, the source is kept rather than risked.
    for (const {scalar} of accepted) result.refused.push(...segmentsOf(own, scalars, scalar).filter((s) => chosen.has(s)))
    return {replacements: [], refused: result.refused}
  }
  for (const {scalar, text} of accepted) result.replacements.push({start: scalar.start + shift, end: scalar.end + shift, text})
  return result
}

function segmentsOf(own: readonly Segment[], scalars: readonly FrontMatterScalar[], scalar: FrontMatterScalar): Segment[] {
  let from = 0
  for (const s of scalars) {
    if (s === scalar) return own.slice(from, from + s.pieces.length)
    from += s.pieces.length
  }
  return []
}

/** The scalar's value with each sentence replaced by its chosen translation. */
function newValue(scalar: FrontMatterScalar, segments: readonly Segment[], chosen: ReadonlyMap<Segment, string>): string {
  const multiline = scalar.value.includes('\n')
  let out = ''
  let at = 0
  scalar.pieces.forEach((piece, k) => {
    const target = chosen.get(segments[k]!)
    out += scalar.value.slice(at, piece.from)
    // A value written on one line reads a translator's line break as a space, as titles do.
    out += target === undefined ? scalar.value.slice(piece.from, piece.to) : multiline ? target : target.replace(/\r?\n/g, ' ')
    at = piece.to
  })
  return out + scalar.value.slice(at)
}

/** The first rendering that, put in place of the scalar, makes the front matter read `value` there. */
function writeScalar(source: string, frontMatter: FrontMatter, scalar: FrontMatterScalar, value: string, eol: string): string | undefined {
  const written = source.slice(scalar.start, scalar.end)
  const before = source.slice(frontMatter.start, scalar.start)
  const after = source.slice(scalar.end, frontMatter.end)
  return renderings(value, {style: scalar.style, written, eol}).find((text) => readsAs(before + text + after, scalar.path, value))
}

function applyAll(source: string, frontMatter: FrontMatter, accepted: ReadonlyArray<{scalar: FrontMatterScalar; text: string}>): string {
  let out = ''
  let at = frontMatter.start
  for (const {scalar, text} of accepted) {
    out += source.slice(at, scalar.start) + text
    at = scalar.end
  }
  return out + source.slice(at, frontMatter.end)
}
