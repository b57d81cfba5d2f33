import {collapseWhitespace, createFinding, type Finding, mapOffset, type Placeholder, placeholderToken, type Segment, type Severity, splitPlaceholderText} from '@tolmach/core'
import {isLang} from '@tolmach/core'
import {restoreMarkdown} from './markdown-restore.js'
import {destination, rewriteAutolinks} from './rebuild-autolinks.js'
import {checkTokens} from './rebuild-check.js'
import {untranslatedReason} from './rebuild-untranslated.js'
import {tidyTarget} from './rebuild-escape.js'
import {type ExtraSlot, extraSlots} from './rebuild-extras.js'
import {continuationPrefix, indentLines, opensLine, stripPrefix} from './rebuild-lines.js'
import type {RebuildOptions, RebuildResult, RebuildRuleId, RebuildTranslation, RebuildUnit} from './rebuild-types.js'
import {type BlockCheck, isPhrasing, readingOf, unstableBlocks} from './rebuild-read-back.js'
import {segmentMarkdownBlocks} from './segment-markdown.js'
import type {RestoreMarkdownOptions} from './types.js'
// front matter: its values are written back as YAML, not Markdown
import {checkFrontMatterKeys, defaultFrontMatterKeys} from './front-matter.js'
import {rebuildFrontMatter} from './rebuild-front-matter.js'
import {replaceDestination, takeUrlUnits, urlProblem} from './rebuild-urls.js'

const findingSource = 'tolmach-rebuild'
// The XLIFF 1.2 state that says a target is a placeholder. Not `new` or
// XLIFF 2 `initial`: tolmach writes them on its copies of the source, and
// OmegaT fills targets without changing the state, so they say nothing; the
// target's text says whether it is translated (see untranslatedReason).
const untranslatedStates = new Set(['needs-translation'])

function checkArguments(source: unknown, translations: unknown, options: unknown): asserts options is RebuildOptions {
  if (typeof source !== 'string') throw new TypeError('rebuildMarkdown: `source` must be a string')
  if (!(translations instanceof Map)) throw new TypeError('rebuildMarkdown: `translations` must be a Map of segment id → text or unit')
  if (typeof options !== 'object' || options === null) throw new TypeError('rebuildMarkdown: `options` must be an object')
  const {lang, file, unitsFile, allowPartial, reportUntranslated} = options as Record<string, unknown>
  if (!isLang(lang)) throw new TypeError(`rebuildMarkdown: \`options.lang\` must be 'ru' or 'en', got ${String(lang)}`)
  if (file !== undefined && typeof file !== 'string') throw new TypeError('rebuildMarkdown: `options.file` must be a string')
  if (unitsFile !== undefined && typeof unitsFile !== 'string') throw new TypeError('rebuildMarkdown: `options.unitsFile` must be a string')
  if (allowPartial !== undefined && typeof allowPartial !== 'boolean') throw new TypeError('rebuildMarkdown: `options.allowPartial` must be a boolean')
  if (reportUntranslated !== undefined && typeof reportUntranslated !== 'boolean') throw new TypeError('rebuildMarkdown: `options.reportUntranslated` must be a boolean')
  checkFrontMatterKeys((options as Record<string, unknown>)['frontMatterKeys'], 'rebuildMarkdown')
}

function unitOf(entry: RebuildTranslation | undefined): RebuildUnit | undefined {
  if (entry === undefined) return undefined
  if (typeof entry === 'string') return {target: entry}
  if (typeof entry !== 'object' || entry === null) throw new TypeError('rebuildMarkdown: each translation must be a string or a unit object')
  return entry
}

/** The unit was exported with other markup (a link's URL, a code span) than the document has now. */
function markupChanged(unit: RebuildUnit, segment: Segment): boolean {
  if (!unit.sourcePlaceholders) return false
  // Ids and Markdown only: a file format may carry a pair cut at a sentence boundary as two isolated halves.
  const markup = (list: readonly Placeholder[]) => list.map((p) => `${p.id}:${p.markdown}`).join('\n')
  return markup(unit.sourcePlaceholders) !== markup(segment.placeholders)
}

/** Source offset of a placeholder's markup (split halves have none of their own). */
function placeholderStart(segment: Segment, p: Placeholder): number {
  return mapOffset(segment.map, p.offset)
}

/**
 * Rebuilds a document from its source and translations of its segments:
 * the source is segmented again exactly as for the export, and each
 * segment's source range is replaced by its translation with the
 * placeholders turned back into the Markdown they stand for. Everything
 * between segments (block syntax, code and HTML blocks, front matter,
 * tables' pipes, definitions) is copied from the source as written, so the
 * rebuilt document has the source's structure and layout.
 *
 * Content problems (no target, placeholders lost, duplicated, added or out
 * of order, unknown ids, a changed source) are findings; a segment without
 * a usable translation keeps its source text.
 */
export function rebuildMarkdown(
  source: string,
  translations: ReadonlyMap<string, RebuildTranslation>,
  options: RebuildOptions
): RebuildResult {
  checkArguments(source, translations, options)
  const {lang, file, unitsFile, allowPartial = false, reportUntranslated = false, frontMatterKeys = defaultFrontMatterKeys} = options
  const {segments, blocks: blockOf} = segmentMarkdownBlocks(source, file === undefined ? {lang, frontMatterKeys} : {lang, file, frontMatterKeys})
  const findings: Finding[] = []
  const report = (ruleId: RebuildRuleId, severity: Severity, message: string, at: {unit?: RebuildUnit; segment?: Segment}, extra: {actual?: string; expected?: string[]} = {}) => {
    const place = at.unit?.place
    findings.push(
      createFinding({
        ruleId,
        severity,
        message,
        source: findingSource,
        ...(place ? {file: unitsFile, place: {start: place, end: place}} : {file, place: at.segment?.position}),
        ...extra
      })
    )
  }

  // URL units (`export --urls`) localise links' destinations; they are no segments of their own.
  const {rest, urls, definitions} = takeUrlUnits(source, translations, segments, unitOf)
  const ids = new Set(segments.map((s) => s.id))
  for (const [id, entry] of rest) {
    if (!ids.has(id)) report('unit-unknown', 'warning', `unit ${id} matches no segment of the source document; its translation is not used`, {unit: unitOf(entry)}, {actual: id})
  }

  // Every problem that keeps a segment's source text is what --allow-partial allows.
  const missing: Severity = allowPartial ? 'warning' : 'error'
  const chosen = new Map<Segment, string>()
  let untranslated = 0
  for (const segment of segments) {
    const unit = unitOf(rest.get(segment.id))
    if (!unit) {
      report('unit-missing', missing, `segment ${segment.id} has no unit in the translation; the source text is kept`, {segment}, {expected: [segment.id]})
      continue
    }
    if (unit.source !== undefined && (collapseWhitespace(unit.source) !== collapseWhitespace(segment.text) || markupChanged(unit, segment))) {
      report('source-changed', 'warning', `the source of unit ${segment.id} no longer matches the document: it changed since the export`, {unit, segment}, {actual: unit.source, expected: [segment.text]})
    }
    if (unit.target === undefined || unit.target.trim() === '') {
      report('target-missing', missing, `unit ${segment.id} has no target; the source text is kept`, {unit, segment})
      continue
    }
    const problems = checkTokens(unit.target, segment.text, segment.placeholders)
    if (problems.length > 0) {
      for (const problem of problems) {
        report(problem.ruleId, missing, `unit ${segment.id}: ${problem.message}; the source text is kept`, {unit, segment}, {actual: problem.actual, ...(problem.expected ? {expected: problem.expected} : {})})
      }
      continue
    }
    if (unit.state !== undefined && untranslatedStates.has(unit.state)) {
      report('target-state', 'warning', `unit ${segment.id} has state="${unit.state}": its target is used, but it may not be translated`, {unit, segment}, {actual: unit.state})
    }
    const reason = reportUntranslated ? untranslatedReason(unit.target, segment.text, lang) : undefined
    if (reason !== undefined) {
      const why = reason === 'same' ? 'repeats its source' : `is in the source language (${lang})`
      report('target-untranslated', missing, `unit ${segment.id}: the target ${why}; it is not counted as translated`, {unit, segment}, {actual: reason})
      untranslated++
    }
    chosen.set(segment, tidyTarget(unit.target))
  }

  // front matter: a target YAML cannot hold as written in any style is refused (never met: double quotes hold anything)
  const frontMatter = rebuildFrontMatter(source, segments, chosen, frontMatterKeys, lang)
  for (const segment of frontMatter.refused) {
    report('front-matter-unsafe', missing, `unit ${segment.id}: the target cannot be written as YAML in the front matter; the source text is kept`, {unit: unitOf(translations.get(segment.id)), segment})
    chosen.delete(segment)
  }
  // A localised destination that is no usable address keeps the source's, as a placeholder problem keeps the source text.
  const localised = (id: string, unit: RebuildUnit, url: string, segment?: Segment): string | undefined => {
    if (unit.source !== undefined && unit.source !== url) {
      report('source-changed', 'warning', `the source of unit ${id} no longer matches the link's destination: it changed since the export`, {unit, segment}, {actual: unit.source, expected: [url]})
    }
    const target = unit.target?.trim()
    // No target, or the destination as it was: the link keeps its source destination.
    if (target === undefined || target === '' || target === url) return undefined
    const problem = urlProblem(target, url)
    if (problem === undefined) return target
    report('url-invalid', missing, `unit ${id}: the link destination ${target} cannot be used (${problem}); the source destination is kept`, {unit, segment}, {actual: target, expected: [url]})
    return undefined
  }
  const newUrls = new Map<Segment, Map<number, string>>()
  for (const {id, unit, segment, placeholderId, url} of urls) {
    const target = localised(id, unit, url, segment)
    if (target !== undefined) newUrls.set(segment, (newUrls.get(segment) ?? new Map()).set(placeholderId, target))
  }
  const newDefinitions: Replacement[] = []
  for (const {id, unit, definition} of definitions) {
    const target = localised(id, unit, definition.url)
    if (target !== undefined) newDefinitions.push({start: definition.start, end: definition.end, text: destination(target)})
  }

  const replacements = [...frontMatter.replacements, ...newDefinitions]
  const explicit = new Map<Segment, Explicit>()
  let spliced = splice(source, segments, chosen, newUrls, replacements, explicit)
  // Each rebuilt block is read back; one that reads otherwise is written more explicitly, level by level.
  const blocksOf = new Map<number, Segment[]>()
  segments.forEach((segment, k) => {
    if (isPhrasing(segment) && (chosen.has(segment) || newUrls.has(segment))) blocksOf.set(blockOf[k]!, [])
  })
  segments.forEach((segment, k) => {
    blocksOf.get(blockOf[k]!)?.push(segment)
  })
  // What each block must read as does not change between writings: computed once.
  const blocks = [...blocksOf.values()].map((members) => ({members, expected: members.map((m) => readingOf(chosen.get(m) ?? m.text, m.placeholders)).join('')}))
  const checksOf = (placed: Spliced['placed']): BlockCheck[] =>
    blocks.map(({members, expected}) => ({segments: members, start: placed.get(members[0]!)![0], end: placed.get(members.at(-1)!)![1], expected}))
  let unstable = unstableBlocks(spliced.markdown, checksOf(spliced.placed), lang, frontMatterKeys)
  for (const level of [1, 2, 3] as const) {
    if (unstable.length === 0) break
    for (const check of unstable) for (const segment of check.segments) explicit.set(segment, level)
    spliced = splice(source, segments, chosen, newUrls, replacements, explicit)
    unstable = unstableBlocks(spliced.markdown, checksOf(spliced.placed), lang, frontMatterKeys)
  }
  if (unstable.length > 0) {
    // No writing reads back: the usual one is kept (its text is all there) and the block is named.
    for (const check of unstable) {
      for (const segment of check.segments) explicit.delete(segment)
      const segment = check.segments.find((s) => chosen.has(s)) ?? check.segments[0]!
      report('markup-unstable', 'warning', `segment ${segment.id}: the rebuilt Markdown of its block does not read back as its translation (markup next to the text pairs or escapes differently); check it`, {unit: unitOf(rest.get(segment.id)), segment})
    }
    spliced = splice(source, segments, chosen, newUrls, replacements, explicit)
  }
  const markdown = spliced.markdown
  const translated = chosen.size - untranslated
  return {markdown, findings, stats: {segments: segments.length, translated, kept: segments.length - translated}}
}

interface Replacement {
  start: number
  end: number
  text: string
  segment?: Segment
}

type Explicit = NonNullable<RestoreMarkdownOptions['explicit']>

interface Spliced {
  markdown: string
  /** Where each block segment stands in the rebuilt document. */
  placed: Map<Segment, [number, number]>
}

/** Replaces segments' source ranges; alt texts and titles inside a segment's markup are replaced inside that markup. */
function splice(
  source: string,
  segments: readonly Segment[],
  chosen: ReadonlyMap<Segment, string>,
  newUrls: ReadonlyMap<Segment, ReadonlyMap<number, string>>,
  definitions: readonly Replacement[],
  explicit: ReadonlyMap<Segment, Explicit>
): Spliced {
  const slots = extraSlots(source, segments)
  const blocks = segments.filter((s) => !slots.has(s) && s.kind !== 'imageAlt' && s.kind !== 'linkTitle' && s.kind !== 'frontMatter')
  const inner = new Map<Segment, Replacement[]>()
  // Reference definitions and front matter values lie between segments: they are replaced where they are written.
  const top: Replacement[] = [...definitions]

  for (const [segment, slot] of slots) {
    const text = chosen.get(segment)
    if (text === undefined) continue
    const replacement = {start: slot.start, end: slot.end, text: slotText(slot, text)}
    const owner = blocks.find((b) => b.position.start.offset <= slot.start && slot.end <= b.position.end.offset)
    if (owner) inner.set(owner, [...(inner.get(owner) ?? []), replacement])
    else top.push(replacement)
  }
  for (const segment of blocks) {
    const text = chosen.get(segment)
    const own = inner.get(segment) ?? []
    const links = newUrls.get(segment)
    if (text === undefined && own.length === 0 && !links) continue
    const level = explicit.get(segment) ?? 0
    top.push({segment, start: segment.position.start.offset, end: segment.position.end.offset, text: restoreSegment(source, segment, text ?? segment.text, text !== undefined && text !== segment.text, own, level, links)})
  }
  top.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  const placed = new Map<Segment, [number, number]>()
  // Source offset → rebuilt offset, past the replacements written so far.
  const shifts: Array<[number, number]> = []
  for (const r of top) {
    if (r.start < at) continue
    out += source.slice(at, r.start)
    if (r.segment) placed.set(r.segment, [out.length, out.length + r.text.length])
    out += r.text
    at = r.end
    shifts.push([r.end, out.length - r.end])
  }
  let k = 0
  let shift = 0
  for (const segment of blocks) {
    if (placed.has(segment)) continue
    const start = segment.position.start.offset
    while (k < shifts.length && shifts[k]![0] <= start) shift = shifts[k++]![1]
    placed.set(segment, [start + shift, segment.position.end.offset + shift])
  }
  return {markdown: out + source.slice(at), placed}
}

function slotText(slot: ExtraSlot, text: string): string {
  return slot.write(text.replace(/\n/g, ' '))
}

/** The first source offset at or after `at` that holds a character of the segment's prose (placeholder tokens aside). */
function firstTextOffset(segment: Segment, at: number): number {
  let t = 0
  for (const part of splitPlaceholderText(segment.text, segment.placeholders)) {
    if (typeof part !== 'string') {
      t += placeholderToken(part).length
      continue
    }
    for (let k = 0; k < part.length; k++) {
      const offset = mapOffset(segment.map, t + k)
      if (offset >= at) return offset
    }
    t += part.length
  }
  return Number.POSITIVE_INFINITY
}

/** One block segment's Markdown: its placeholders' markup (with inner replacements), the text escaped, lines prefixed. */
function restoreSegment(source: string, segment: Segment, text: string, changed: boolean, inner: readonly Replacement[], explicit: Explicit, links?: ReadonlyMap<number, string>): string {
  const {kind} = segment
  const start = segment.position.start.offset
  const end = segment.position.end.offset
  const prefix = continuationPrefix(source, start, end, (at) => firstTextOffset(segment, at))
  const opens = new Map<number, Placeholder>()
  for (const p of segment.placeholders) if (p.type === 'open' && !p.split) opens.set(p.id, p)

  const placeholders = segment.placeholders.map((p) => {
    if (p.split) return p
    let markdown = p.markdown
    const at = placeholderStart(segment, p)
    const own = inner.filter((r) => at <= r.start && r.end <= at + p.markdown.length).sort((a, b) => b.start - a.start)
    for (const r of own) markdown = markdown.slice(0, r.start - at) + r.text + markdown.slice(r.end - at)
    const url = p.type === 'close' || p.node === 'image' ? links?.get(p.id) : undefined
    if (url !== undefined) markdown = replaceDestination(markdown, url, p.type === 'standalone')
    const open = p.type === 'close' ? opens.get(p.id) : undefined
    if (changed && open?.node === 'linkReference' && open.data?.['referenceType'] !== 'full') {
      // `[text]` and `[text][]` use the text as the reference: translated, it must name the label.
      const labelStart = placeholderStart(segment, open) + open.markdown.length
      markdown = `][${source.slice(labelStart, at)}]`
    }
    markdown = stripPrefix(markdown, prefix)
    return markdown === p.markdown ? p : {...p, markdown}
  })

  const autolinks = rewriteAutolinks(text, segment.text, placeholders, (open, close) => {
    const from = placeholderStart(segment, open)
    return stripPrefix(source.slice(from, placeholderStart(segment, close) + close.markdown.length), prefix)
  })
  const oneLine = kind === 'tableCell' || (kind === 'heading' && !/[\r\n]/.test(source.slice(start, end)))
  // A setext heading's text starts its line as a paragraph's does (an ATX heading's follows its `#`).
  const lineStart = kind !== 'tableCell' && opensLine(source, start)
  const restored = escapeUnderlines(
    restoreMarkdown(oneLine ? autolinks.text.replace(/\n/g, ' ') : autolinks.text, autolinks.placeholders, {lineStart, tableCell: kind === 'tableCell', explicit}),
    lineStart
  )
  // Segment texts end their lines with \n; a CRLF document gets its own line endings back.
  const eol = /\r\n/.test(source.slice(start, end)) || (!/[\r\n]/.test(source.slice(start, end)) && /\r\n/.test(source.slice(0, 4096)))
  const lines = eol ? restored.replace(/(?<!\r)\n/g, '\r\n') : restored
  if (kind === 'heading') return indentLines(escapeClosingHashes(lines), prefix)
  return oneLine ? lines : indentLines(lines, prefix)
}

/**
 * A line of only `=` or `-` under a line of text makes it a setext heading
 * (restoreMarkdown escapes `- ` but not `==` or `--`): escape its first character.
 */
function escapeUnderlines(markdown: string, lineStart: boolean): string {
  const underline = lineStart ? /(^|\n)([ \t]*)([=-])(?=\3*[ \t]*(?:\r?\n|$))/g : /(\n)([ \t]*)([=-])(?=\3*[ \t]*(?:\r?\n|$))/g
  return markdown.replace(underline, (_all, eol: string, space: string, char: string) => `${eol}${space}\\${char}`)
}

/** `# Issue #` would lose its last `#` as an ATX closing sequence: escape it. */
function escapeClosingHashes(markdown: string): string {
  return markdown.replace(/(^|[ \t])(#+)([ \t]*)$/, (_all, space: string, hashes: string, tail: string) => `${space}\\${hashes}${tail}`)
}
