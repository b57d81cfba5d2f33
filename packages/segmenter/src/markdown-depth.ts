import {createLineIndex, formatPlace, offsetToPoint, type Point, TolmachError} from '@tolmach/core'
import type {Nodes, Root} from 'mdast'

/**
 * How deeply Markdown may nest (block quotes in block quotes, lists in lists,
 * emphasis in emphasis, counted as levels of the syntax tree below the root).
 * Every walk over the tree, ours and the mdast utilities' (autolink literal
 * transform, mdast-util-to-markdown), is recursive; past a few thousand
 * levels they overflow the stack. No real document comes near this: markdown-it
 * stops at 100 levels by default.
 */
export const maxMarkdownDepth = 1000

/** A document nested deeper than `maxMarkdownDepth`, refused with the place where it goes too deep. */
export class MarkdownDepthError extends TolmachError {
  readonly point: Point
  readonly limit: number
  constructor(point: Point, limit: number, file?: string) {
    super(
      'markdown-too-deep',
      `${formatPlace(file, point)}: Markdown nested more than ${limit} levels deep (block quotes, lists or emphasis); tolmach does not read it`,
      file === undefined ? {} : {file}
    )
    this.name = 'MarkdownDepthError'
    this.point = point
    this.limit = limit
  }

  /**
   * The same error for `file`, when the text parsed starts at `from` there
   * (after a byte order mark, or a piece of a larger document).
   */
  at(file: string | undefined, from: Point): MarkdownDepthError {
    const {line, column, offset} = this.point
    const point = {line: from.line + line - 1, column: line === 1 ? from.column + column - 1 : column, offset: from.offset + offset}
    return new MarkdownDepthError(point, this.limit, file)
  }
}

/**
 * Throws `MarkdownDepthError` at the first node (in document order) deeper
 * than `limit`. Iterative, so it is safe on any depth.
 */
export function checkDepth(tree: Root, limit = maxMarkdownDepth): void {
  const stack: Array<[Nodes, number]> = [[tree, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > limit) {
      const start = node.position?.start
      throw new MarkdownDepthError({line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0}, limit)
    }
    if ('children' in node) {
      const children = node.children as Nodes[]
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1])
    }
  }
}

const whitespace = /\s/u
const punctuation = /[\p{P}\p{S}]/u

/**
 * Refuses, before micromark reads it, a paragraph whose emphasis would nest
 * past `limit` through two long runs of one marker (`***…x***…`): each run
 * of 2 × `limit` characters or more, the first able to open and the second
 * to close (CommonMark's flanking), pair into as many levels of strong
 * emphasis. micromark matches such runs two characters at a time, in time
 * quadratic in their length (20 s of CPU for two runs of 12,000), only for
 * the tree to be refused afterwards. The place is the one `checkDepth` gives
 * a paragraph at the top level: where the level past the limit starts.
 */
export function checkDelimiterRuns(markdown: string, limit = maxMarkdownDepth): void {
  const long = new RegExp(`([*_])\\1{${2 * limit - 1},}`, 'g')
  let previous: {char: string; end: number; opens: boolean; start: number} | undefined
  for (const match of markdown.matchAll(long)) {
    const start = match.index
    const end = start + match[0].length
    const before = markdown[start - 1] ?? ' '
    const after = markdown[end] ?? ' '
    const opens = flanking(after, before)
    const closes = flanking(before, after)
    if (previous && previous.char === match[0][0] && previous.opens && closes && !/\n[ \t]*(?:\r?\n|$)/.test(markdown.slice(previous.end, start))) {
      const offset = previous.start + 2 * (limit - 1)
      throw new MarkdownDepthError(offsetToPoint(createLineIndex(markdown), offset), limit)
    }
    previous = {char: match[0][0]!, end, opens, start}
  }
}

/** Whether a run with `inside` on its inner side and `outside` on the other is flanking on that side (CommonMark 6.2). */
function flanking(inside: string, outside: string): boolean {
  if (whitespace.test(inside)) return false
  return !punctuation.test(inside) || whitespace.test(outside) || punctuation.test(outside)
}
