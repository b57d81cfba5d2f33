import {restoreMarkdown} from './markdown-restore.js'

const asciiPunctuation = /[!-/:-@[-`{-~]/

/**
 * Writes an image's alt text as label content: escaped like any inline
 * text, plus `]`, which would end the label early.
 */
export function escapeAlt(text: string): string {
  return restoreMarkdown(text, []).replace(/\]/g, '\\]')
}

/**
 * Writes a link or definition title between `open` (`"`, `'` or `(`): a
 * backslash before punctuation, the closing delimiter and a character
 * reference would change what the title says, so they are escaped.
 */
export function escapeTitle(text: string, open: string): string {
  const delimiters = open === '(' ? '()' : open
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const next = text[i + 1] ?? ''
    if (delimiters.includes(c)) out += `\\${c}`
    else if (c === '\\' && (next === '' || asciiPunctuation.test(next))) out += '\\\\'
    else if (c === '&' && /^#?[A-Za-z0-9]+;/.test(text.slice(i + 1, i + 40))) out += '\\&'
    else out += c
  }
  return out
}

/**
 * End of the label that starts at `open` (the index of its `[`): the
 * matching `]`, skipping escapes, nested brackets and code spans' backslashes
 * alike (as CommonMark does for link text).
 */
export function labelEnd(markdown: string, open: number): number {
  let depth = 0
  for (let i = open; i < markdown.length; i++) {
    const c = markdown[i]
    if (c === '\\') i++
    else if (c === '[') depth++
    else if (c === ']' && --depth === 0) return i
  }
  return -1
}

/** Collapses blank lines and trims: a translation must not end its block or start an indented one. */
export function tidyTarget(text: string): string {
  return text
    .trim()
    .replace(/[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/g, '\n')
}
