import type {BlockKind, LineIndex, OffsetMap, Segment} from '@tolmach/core'
import {createFinding, createLineIndex, isLang, offsetsToPosition} from '@tolmach/core'
import {checkFrontMatterKeys, defaultFrontMatterKeys, readFrontMatter} from './front-matter.js'
import {SourceSpans} from './markdown-align.js'
import {walkBlocks} from './markdown-blocks.js'
import {cutBlock, translatableRanges} from './markdown-cut.js'
import {type DraftSegment, emitPiece} from './markdown-emit.js'
import {flattenInline} from './markdown-inline.js'
import {hasLetter} from './markdown-letter.js'
import {MarkdownDepthError} from './markdown-depth.js'
import {parseMarkdown} from './markdown-parse.js'
import {createIdGenerator} from './segment-id.js'
import {segmentText} from './segment-text.js'
import type {SegmentMarkdownOptions} from './types.js'

/**
 * createLineIndex's result, found with `indexOf` (a native scan) when the
 * document has no carriage return, the case it shares with createLineIndex.
 */
function lineIndex(text: string): LineIndex {
  if (text.includes('\r')) return createLineIndex(text)
  const lineStarts = [0]
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  return {lineStarts, length: text.length}
}

/** An alt text or title as one segment: short, and never cut into sentences. */
function wholeValue(value: string, spans: SourceSpans, source: string): DraftSegment {
  const map: OffsetMap = []
  let delta = Number.NaN
  for (let i = 0; i < value.length; i++) {
    const at = spans.at(i, source)
    if (at - i !== delta) {
      map.push([i, at])
      delta = at - i
    }
  }
  const start = spans.length > 0 ? spans.from[0]! : 0
  const end = spans.length > 0 ? spans.to[spans.length - 1]! : start
  map.push([value.length, end])
  return {text: value, placeholders: [], map, start, end}
}

function checkOptions(markdown: unknown, options: unknown): asserts options is SegmentMarkdownOptions {
  if (typeof markdown !== 'string') throw new TypeError('segmentMarkdown: `markdown` must be a string')
  if (typeof options !== 'object' || options === null) throw new TypeError('segmentMarkdown: `options` must be an object')
  const {lang, file} = options as Record<string, unknown>
  if (!isLang(lang)) throw new TypeError(`segmentMarkdown: \`options.lang\` must be 'ru' or 'en', got ${String(lang)}`)
  if (file !== undefined && typeof file !== 'string') throw new TypeError('segmentMarkdown: `options.file` must be a string')
  const {frontMatterKeys, onFinding} = options as Record<string, unknown>
  checkFrontMatterKeys(frontMatterKeys, 'segmentMarkdown')
  if (onFinding !== undefined && typeof onFinding !== 'function') throw new TypeError('segmentMarkdown: `options.onFinding` must be a function')
}

/**
 * Sentence segments of a Markdown document, found through its AST: headings,
 * paragraphs, list items, table cells, block quotes, image alt texts and link
 * titles that contain at least one letter, and the values of the YAML front
 * matter's translatable keys (`options.frontMatterKeys`). Inline markup
 * becomes numbered placeholders; everything else (code, HTML blocks, the
 * rest of the front matter, definitions' URLs, letterless blocks) is left to
 * the source.
 */
export function segmentMarkdown(markdown: string, options: SegmentMarkdownOptions): Segment[] {
  return segmentMarkdownBlocks(markdown, options).segments
}

/**
 * `segmentMarkdown`, plus for each segment the index of the block of
 * phrasing content it was cut from (front matter and titles have their own
 * indices), so a rebuild can compare a block's sentences as one text
 * whatever the sentence boundaries of a translation.
 */
export function segmentMarkdownBlocks(markdown: string, options: SegmentMarkdownOptions): {segments: Segment[]; blocks: number[]} {
  checkOptions(markdown, options)
  const {lang, file, frontMatterKeys = defaultFrontMatterKeys, onFinding} = options
  // micromark skips a byte order mark and counts offsets after it: work on
  // the text after it, and shift every offset back into `markdown` at the end.
  const shift = markdown.charCodeAt(0) === 0xfeff ? 1 : 0
  const source = shift ? markdown.slice(1) : markdown
  let tree: ReturnType<typeof parseMarkdown>
  try {
    tree = parseMarkdown(source)
  } catch (error) {
    throw error instanceof MarkdownDepthError ? error.at(file, {line: 1, column: 1 + shift, offset: shift}) : error
  }
  let lines: LineIndex | undefined
  const nextId = createIdGenerator()
  const segments: Segment[] = []
  const blocks: number[] = []
  let block = 0
  const add = (kind: BlockKind, draft: DraftSegment) => {
    blocks.push(block)
    lines ??= lineIndex(markdown)
    if (shift) {
      draft.start += shift
      draft.end += shift
      for (const anchor of draft.map) anchor[1] += shift
    }
    const segment: Segment = {
      id: nextId(kind, draft.text, draft.placeholders),
      index: segments.length,
      kind,
      lang,
      text: draft.text,
      placeholders: draft.placeholders,
      position: offsetsToPosition(lines, draft.start, draft.end),
      map: draft.map
    }
    if (file !== undefined) segment.file = file
    segments.push(segment)
  }

  const frontMatter = readFrontMatter(tree, source, frontMatterKeys, lang, (problem) => {
    lines ??= lineIndex(markdown)
    const place = offsetsToPosition(lines, problem.start + shift, problem.end + shift)
    onFinding?.(createFinding({ruleId: problem.ruleId, severity: 'warning', message: problem.message, source: 'tolmach-segmenter', file, place, actual: problem.actual}))
  })
  for (const scalar of frontMatter?.scalars ?? []) {
    for (const piece of scalar.pieces) add('frontMatter', piece.draft)
    block++
  }

  // One span buffer for the whole document: each block is done with it before the next.
  const spans = new SourceSpans(1024)
  walkBlocks(tree, source, (unit) => {
    block++
    if (unit.type === 'title') {
      if (hasLetter(unit.value)) add('linkTitle', wholeValue(unit.value, unit.spans, source))
      return
    }
    const phrasing = flattenInline(unit.children, source, spans, unit.start, unit.end)
    const figures = unit.kind === 'tableCell' && !hasLetter(phrasing.plain) ? numericCell(phrasing.plain) : undefined
    if (figures || hasLetter(phrasing.plain)) {
      const ranges = figures ?? translatableRanges(phrasing.plain, segmentText(phrasing.plain, {lang}))
      const stack: number[] = []
      for (const piece of cutBlock(phrasing.events, phrasing.plain.length, ranges)) {
        add(unit.kind, emitPiece(phrasing, piece, stack, source))
      }
    }
    block++
    for (const extra of phrasing.extras) {
      if (hasLetter(extra.value)) add(extra.kind, wholeValue(extra.value, extra.spans, source))
    }
  })
  return {segments, blocks}
}

/**
 * A table cell of figures (`12,5`, `36,2 %`) is one unit: decimal commas,
 * units and number formats are localised. A cell of markup or code only has
 * no figure in its plain text and stays out.
 */
function numericCell(plain: string): Array<[number, number]> | undefined {
  if (!/\p{Nd}/u.test(plain)) return undefined
  const start = plain.search(/\S/)
  const end = plain.trimEnd().length
  return [[start, end]]
}
