import {formatPlace, type Point, TolmachError} from '@tolmach/core'
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
