import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {Root} from 'mdast'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {autolinkLiteral, autolinkLiteralFromMarkdown, prepareAutolinks} from './markdown-autolink.js'
import {checkDelimiterRuns, checkDepth} from './markdown-depth.js'

const escapeSequence = /\\([!-/:-@[-`{-~])/g
const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{0,31}));/g

/**
 * The document with escapes and character references resolved, roughly as
 * text values will read: autolink literals are found in text values, so
 * `a\@b.co` or `www&period;x.org` must count too. Every trigger found in the
 * source is still found here.
 */
function triggerText(markdown: string): string {
  if (!markdown.includes('\\') && !markdown.includes('&')) return markdown
  return markdown.replace(escapeSequence, '$1').replace(reference, (whole, decimal, hex, name) => {
    if (name !== undefined) return decodeNamedCharacterReference(name) || whole
    const code = Number.parseInt(decimal ?? hex, decimal === undefined ? 16 : 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
  })
}

/**
 * A line that could be a table's delimiter row (`| --- | :-: |`, `:-`):
 * only pipes, colons, dashes and blanks after container prefixes. A table
 * cannot occur without one, however many pipes the prose has.
 */
const delimiterRow = /^[ \t>]*[|:-][ \t|:-]*$/m

/**
 * What an e-mail autolink literal needs, as a superset of both routes to one:
 * micromark's (`atext@domain` with a dot followed by an alphanumeric) and the
 * mdast transform's (`[\w+.-]+@[\w-]+(\.[\w-]+)+`, also behind `mailto:` and `xmpp:`).
 */
const emailLike = /[\w+.-]@[\w.-]*\.[\w-]/

/**
 * The GFM constructs, in remark-gfm's order, each with the text that must be
 * in a document for the construct to occur at all. GFM costs more than
 * CommonMark itself (autolink literals look at every letter), so a document
 * only pays for the constructs it can contain: the tree is the same as
 * with remark-gfm (a test checks it), the parse is faster.
 */
// `includes` first: a plain substring search is far cheaper than a regex scan.
const constructs = [
  {
    trigger: (text: string) => text.includes('@') && emailLike.test(text),
    syntax: () => autolinkLiteral(true),
    mdast: autolinkLiteralFromMarkdown
  },
  {
    trigger: (text: string) => text.includes('://') || /www\./i.test(text),
    syntax: () => autolinkLiteral(false),
    mdast: autolinkLiteralFromMarkdown
  },
  {trigger: (text: string) => text.includes('[^'), syntax: gfmFootnote, mdast: gfmFootnoteFromMarkdown},
  {trigger: (text: string) => text.includes('~'), syntax: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown},
  // A delimiter row, with pipes or one column without (`:-`, `-:`, `:-:`).
  {
    trigger: (text: string) => (text.includes('|') || text.includes(':-') || text.includes('-:')) && delimiterRow.test(text),
    syntax: gfmTable,
    mdast: gfmTableFromMarkdown
  },
  {
    trigger: (text: string) => text.includes(']') && /\[[ \txX]\]/.test(text),
    syntax: gfmTaskListItem,
    mdast: gfmTaskListItemFromMarkdown
  }
] as const

const frontmatterStart = /^(?:---|\+\+\+)/

interface Parser {
  parse(markdown: string): Root
}

// One frozen processor per combination met, built on first use.
const processors = new Map<number, Parser>()

function createProcessor(key: number): Parser {
  let chosen: ReadonlyArray<(typeof constructs)[number]> = constructs.filter((_, index) => key & (2 << index))
  // The full autolink extension includes the URL-only one.
  if (key & 2) chosen = chosen.filter((c) => c !== constructs[1])
  return unified()
    .use(remarkParse)
    .use(function extensions() {
      const data = this.data()
      data.micromarkExtensions = chosen.map((c) => c.syntax())
      // The depth check first: the transforms after it walk the tree recursively.
      data.fromMarkdownExtensions = [{transforms: [checkDepth]}, ...chosen.map((c) => c.mdast())]
      if (key & 1) remarkFrontmatter.call(this, ['yaml', 'toml'])
    })
    .freeze()
}

/**
 * Parses Markdown into mdast with the constructs tolmach supports: CommonMark,
 * GFM (tables, strikethrough, autolink literals, footnotes, task lists) and
 * YAML/TOML front matter. Parse only: no transforms run, positions are the source's.
 */
export function parseMarkdown(markdown: string): Root {
  // Throws MarkdownDepthError (positioned in `markdown`) past maxMarkdownDepth levels.
  checkDelimiterRuns(markdown)
  let key = frontmatterStart.test(markdown) ? 1 : 0
  const probe = triggerText(markdown)
  constructs.forEach((construct, index) => {
    if (construct.trigger(probe)) key |= 2 << index
  })
  prepareAutolinks(markdown, (key & 2) !== 0, (key & 6) !== 0)
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(key)
    processors.set(key, processor)
  }
  return processor.parse(markdown)
}
