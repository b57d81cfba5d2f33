/**
 * Splits a large Markdown document into pieces that parse the same as the
 * whole, so a 50 MB file is segmented a few megabytes at a time instead of
 * holding one giant syntax tree. A cut is made only at a blank line followed
 * by a line that starts in column 1, outside fenced code, front matter and
 * the HTML blocks that may hold blank lines: there a new top-level block
 * begins whatever came before. Reference and footnote definitions apply
 * document-wide, so each piece gets copies of the definitions it mentions,
 * appended after its own text (where they shift no offsets).
 */
export interface MarkdownChunk {
  /** The piece's own text followed by borrowed definitions. */
  text: string
  /** Length of the piece's own text: segments starting at or after it come from borrowed definitions. */
  length: number
  /** Offset of the piece in the document. */
  offset: number
  /** 1-based line of the piece's first line in the document. */
  line: number
}

// A piece must not start with what a parser would take for front matter.
const frontMatterOpen = /^(---|\+\+\+)\s*$/
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
const htmlOpen = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i
const definition = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/

export function chunkMarkdown(text: string, targetSize: number): MarkdownChunk[] {
  if (text.length <= targetSize) return [{text, length: text.length, offset: 0, line: 1}]
  const cuts: Array<{offset: number; line: number}> = [{offset: 0, line: 1}]
  const definitions = new Map<string, string>()
  let fence: string | undefined
  let htmlEnd: string | undefined
  let previousBlank = false
  let lineNo = 1
  let pos = 0
  let frontMatter = /^(---|\+\+\+)\r?\n/.exec(text)?.[1]
  if (frontMatter) {
    pos = text.indexOf('\n') + 1
    lineNo = 2
  }
  while (pos < text.length) {
    let next = text.indexOf('\n', pos)
    if (next === -1) next = text.length
    const line = text.slice(pos, next).replace(/\r$/, '')
    const blank = line.trim() === ''
    if (frontMatter) {
      if (line === frontMatter) frontMatter = undefined
    } else if (fence) {
      const close = fenceOpen.exec(line)
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) fence = undefined
    } else if (htmlEnd) {
      if (line.includes(htmlEnd)) htmlEnd = undefined
    } else {
      if (previousBlank && !blank && !/^\s/.test(line) && !frontMatterOpen.test(line) && pos - cuts[cuts.length - 1]!.offset >= targetSize) {
        cuts.push({offset: pos, line: lineNo})
      }
      const open = fenceOpen.exec(line)
      const html = htmlOpen.exec(line)
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) fence = open[1]
      else if (html) htmlEnd = line.includes(`</${html[1]!.toLowerCase()}`) ? undefined : `</${html[1]!.toLowerCase()}`
      else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) htmlEnd = '-->'
      else {
        const def = definition.exec(line)
        const label = def && normalizeLabel(def[1]!)
        if (label && !definitions.has(label)) definitions.set(label, line)
      }
    }
    previousBlank = blank
    pos = next + 1
    lineNo++
  }
  return cuts.map((cut, i) => {
    const end = cuts[i + 1]?.offset ?? text.length
    const own = text.slice(cut.offset, end)
    return {text: own + borrowedDefinitions(own, definitions), length: own.length, offset: cut.offset, line: cut.line}
  })
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

function borrowedDefinitions(own: string, definitions: Map<string, string>): string {
  if (definitions.size === 0) return ''
  const lower = own.toLowerCase()
  const lines: string[] = []
  for (const [label, line] of definitions) {
    // A definition this piece already holds, or one it never mentions, is not borrowed.
    if (lower.includes(`[${label}]`) && !own.includes(line)) lines.push(line)
  }
  return lines.length > 0 ? `\n\n${lines.join('\n')}\n` : ''
}
